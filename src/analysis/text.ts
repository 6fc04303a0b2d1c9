/**
 * Text helpers for comparing what people wrote. Every function keeps string
 * offsets unchanged (one UTF-16 unit in, one out), so a position found in the
 * folded text is a position in the text as written.
 */

/** Full-width ASCII (０-９, Ａ-Ｚ, ％, ．…) to ASCII, the ideographic space to a space. Same length. */
export function foldWidth(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCodePoint(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

export function isCjk(ch: string): boolean {
  return CJK.test(ch);
}

/**
 * The "words" of a name or phrase for fuzzy comparison: overlapping pairs of
 * Chinese characters (Chinese has no spaces; bigrams are the standard unit for
 * matching it) and whole Latin/number tokens. `stop` phrases are cut out first.
 */
export function bigrams(s: string, stop: readonly string[] = []): Set<string> {
  let t = foldWidth(s).toLowerCase();
  for (const w of stop) t = t.replaceAll(w, ' ');
  const out = new Set<string>();
  const chars = [...t];
  for (let i = 0; i < chars.length; i++) {
    const a = chars[i]!;
    if (isCjk(a)) {
      const b = chars[i + 1];
      if (b !== undefined && isCjk(b)) out.add(a + b);
    }
  }
  for (const m of t.matchAll(/[a-z][a-z0-9]*/g)) out.add(m[0]);
  return out;
}

export function intersection<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): T[] {
  return [...a].filter((x) => b.has(x));
}

/**
 * The text two goals or names are compared by: width folded, NFC, no
 * whitespace, no punctuation. Two texts that differ only in how they were
 * typed or wrapped compare equal.
 */
export function comparable(s: string): string {
  return foldWidth(s)
    .normalize('NFC')
    .replace(/[\s\u200b-\u200f\u2060\ufeff]/g, '')
    .replace(/[，,。.；;：:、！!？?“”"‘’'（）()《》〈〉【】\[\]\-—–~～·…]/g, '');
}
