/**
 * Reading a number the way its author sees it. Amounts and indicator values
 * share this one lexer, so a number is read the same way wherever it occurs.
 *
 * The lexer takes the longest run of characters a reader would take for one
 * number — digits of either width, comma and dot of either width, spaces
 * between digits, an exponent, a hex prefix, a fraction bar — and then accepts
 * it only when it is written in ASCII with exactly one reading (`1,000.5`,
 * `1000.5`, `.5`). Anything else is a `NumberFlaw`: the first offending
 * character, where it is, and the number as it should have been written. A
 * flawed run is never read as a shorter number (`1，000` is not 1).
 *
 * Invisible characters (zero-width space, BOM, controls) inside the run are
 * skipped here: the reader does not see them either, and the
 * `invisible-character` rule reports each one at its position.
 */

export type FlawKind =
  /** ５０: full-width digits typed with a Chinese input method. */
  | 'full-width-digit'
  /** 1，000 */
  | 'full-width-comma'
  /** 99．5, 99。5, 99·5 */
  | 'full-width-dot'
  /** 1 000, 1　000 (U+3000), 1\u00a0000 */
  | 'space'
  /** 1,00 or 1,0000: a comma that does not separate thousands. */
  | 'grouping'
  /** 1.2.3 */
  | 'decimal-points'
  /** 1. (a dot with no decimals after it) */
  | 'trailing-dot'
  /** .5 where the format wants 0.5 (amounts) */
  | 'leading-dot'
  /** 1e3 */
  | 'exponent'
  /** 0x10, 0o17, 0b101 */
  | 'radix'
  /** 1/2 */
  | 'fraction'
  /** -5 */
  | 'negative'
  /** +5 */
  | 'plus';

export interface NumberFlaw {
  readonly kind: FlawKind;
  /** Offset of the offending character in the string read. */
  readonly at: number;
  /** The offending character(s) as written, e.g. `，` or `0x`. */
  readonly char: string;
  /**
   * The number as it should be written, in plain ASCII: two spellings when
   * either is right (`1,000` / `1000`), none when the intent cannot be known
   * (`1.2.3`) or there is nothing to correct to (a negative target).
   */
  readonly corrected: readonly string[];
}

export interface NumberToken {
  /** Offsets of the run in the string read (end exclusive). */
  readonly start: number;
  readonly end: number;
  /** The run without invisible characters: what the reader sees. */
  readonly seen: string;
  /** Present when the run is not one plain ASCII number. */
  readonly flaw?: NumberFlaw;
}

/**
 * Characters a reader does not see: zero-width and other default-ignorable
 * characters (the same set the layout leaves out when it prints), C0/C1
 * controls other than tab and line breaks, and the line/paragraph separators.
 */
export const INVISIBLE = /(?![\t\n\r])[\p{Default_Ignorable_Code_Point}\p{Cc}\u2028\u2029]/u;
const INVISIBLE_G = new RegExp(INVISIBLE.source, 'gu');

export function withoutInvisible(s: string): string {
  return INVISIBLE.test(s) ? s.replace(INVISIBLE_G, '') : s;
}

const WIDE_DIGIT = /[０-９]/;
const ANY_DIGIT = /[0-9０-９]/;
const COMMAS = ',，';
const DOTS = '.．。·';
const SIGNS_MINUS = '-−－﹣';
const SIGNS_PLUS = '+＋';
/** Spaces a reader may see between digits: ASCII, tab, no-break, thin, ideographic (U+3000) … */
const SPACE = /[\p{Zs}\t]/u;

/** The plain form: digits, optional thousands commas, optional decimals; or `.5`. */
const PLAIN = /^(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$|^\.\d+$/;

/** True when a number starts at `i`: a digit of either width, or a sign or dot directly before one. */
export function startsNumber(s: string, i: number): boolean {
  const c = s[i];
  if (c === undefined) return false;
  if (ANY_DIGIT.test(c)) return true;
  if (SIGNS_MINUS.includes(c) || SIGNS_PLUS.includes(c) || c === '.' || c === '．') {
    const j = skipInvisible(s, i + 1);
    return j < s.length && ANY_DIGIT.test(s[j]!);
  }
  return false;
}

function skipInvisible(s: string, i: number): number {
  while (i < s.length && INVISIBLE.test(s[i]!)) i++;
  return i;
}

function nextDigitAfter(s: string, i: number): boolean {
  const j = skipInvisible(s, i);
  return j < s.length && ANY_DIGIT.test(s[j]!);
}

/** A digit after optional spaces: `1, 000` and `1 / 2` are still one number to a reader. */
function digitAfterSpaces(s: string, i: number): number {
  let j = i;
  while (j < s.length && (SPACE.test(s[j]!) || INVISIBLE.test(s[j]!))) j++;
  return j < s.length && ANY_DIGIT.test(s[j]!) ? j : -1;
}

/**
 * Read the number that starts at `from` (see `startsNumber`). Always returns a
 * run; `flaw` says whether it is one plain ASCII number.
 */
export function scanNumber(s: string, from: number): NumberToken {
  let i = from;
  let sign: { kind: 'negative' | 'plus'; at: number } | undefined;
  const c0 = s[i]!;
  if (SIGNS_MINUS.includes(c0) || SIGNS_PLUS.includes(c0)) {
    sign = { kind: SIGNS_MINUS.includes(c0) ? 'negative' : 'plus', at: i };
    i = skipInvisible(s, i + 1);
  }
  const bodyStart = i;

  // 0x10, 0o17, 0b101: a prefix no one writes on a form, but spreadsheets and YAML do.
  const radix = /^0([xXoObB])/.exec(s.slice(i, i + 2));
  if (radix) {
    const base = { x: 16, o: 8, b: 2 }[radix[1]!.toLowerCase() as 'x' | 'o' | 'b'];
    const digitRe = base === 16 ? /[0-9a-fA-F]/ : base === 8 ? /[0-7]/ : /[01]/;
    let j = i + 2;
    while (j < s.length && digitRe.test(s[j]!)) j++;
    if (j > i + 2) {
      const digits = s.slice(i + 2, j);
      const value = BigInt(`0${radix[1]!.toLowerCase()}${digits}`).toString();
      return token(s, from, j, { kind: 'radix', at: i, char: s.slice(i, i + 2), corrected: value.length <= 30 ? [value] : [] });
    }
  }

  const flaws: { kind: FlawKind; at: number }[] = [];
  let exponentAt = -1;
  let slashAt = -1;
  while (i < s.length) {
    const c = s[i]!;
    if (ANY_DIGIT.test(c)) {
      if (WIDE_DIGIT.test(c)) flaws.push({ kind: 'full-width-digit', at: i });
      i++;
    } else if (INVISIBLE.test(c)) {
      if (!nextDigitAfter(s, i) && !(COMMAS + DOTS).includes(s[skipInvisible(s, i)] ?? '')) break;
      i++;
    } else if ((COMMAS + DOTS).includes(c) && i > bodyStart && digitAfterSpaces(s, i + 1) >= 0) {
      if (c === '，') flaws.push({ kind: 'full-width-comma', at: i });
      else if (c !== ',' && c !== '.') flaws.push({ kind: 'full-width-dot', at: i });
      const j = digitAfterSpaces(s, i + 1);
      if (!nextDigitAfter(s, i + 1)) flaws.push({ kind: 'space', at: i + 1 });
      i = j;
    } else if ((c === '.' || c === '．') && i === bodyStart && nextDigitAfter(s, i + 1)) {
      if (c === '．') flaws.push({ kind: 'full-width-dot', at: i });
      i++;
    } else if (SPACE.test(c) && i > bodyStart) {
      // `1 000`, `1 ,000`, `1 / 2`: a space inside what is still one number to a reader.
      let j = i;
      while (j < s.length && (SPACE.test(s[j]!) || INVISIBLE.test(s[j]!))) j++;
      const next = s[j] ?? '';
      if (!ANY_DIGIT.test(next) && !((COMMAS + DOTS + '/／').includes(next) && digitAfterSpaces(s, j + 1) >= 0)) break;
      flaws.push({ kind: 'space', at: i });
      i = j;
    } else if ((c === 'e' || c === 'E') && exponentAt < 0 && slashAt < 0 && i > bodyStart && /^[eE][+-]?[0-9]/.test(s.slice(i, i + 3))) {
      exponentAt = i;
      i += s[i + 1] === '+' || s[i + 1] === '-' ? 2 : 1;
    } else if ((c === '/' || c === '／') && slashAt < 0 && exponentAt < 0 && i > bodyStart && digitAfterSpaces(s, i + 1) >= 0) {
      slashAt = i;
      i = digitAfterSpaces(s, i + 1);
    } else break;
  }
  // `1.` : a dot after the digits with nothing after it (a `。` there ends a sentence, not a number).
  if ((s[i] === '.' || s[i] === '．') && i > bodyStart && !ANY_DIGIT.test(s[i + 1] ?? '')) {
    flaws.push({ kind: 'trailing-dot', at: i });
    i++;
  }
  const end = i;
  const seen = withoutInvisible(s.slice(bodyStart, end));
  const ascii = toAscii(seen);

  // The first thing a reader would trip over is named; the correction covers every flaw at once.
  const first = (kind: FlawKind, at: number, char: string, corrected: readonly string[]) => token(s, from, end, { kind, at, char, corrected });
  if (sign) return first(sign.kind, sign.at, s[sign.at]!, sign.kind === 'plus' ? readings(ascii) : []);
  if (exponentAt >= 0) return first('exponent', exponentAt, s[exponentAt]!, expand(ascii));
  if (slashAt >= 0) return first('fraction', slashAt, s[slashAt]!, fraction(ascii));
  const f = flaws[0];
  if (f) return first(f.kind, f.at, s[f.at]!, f.kind === 'trailing-dot' ? readings(ascii.slice(0, -1)) : readings(ascii));
  if (!PLAIN.test(seen)) {
    const dots = seen.split('.').length - 1;
    const at = dots > 1 ? from + s.slice(from).indexOf('.', s.slice(from).indexOf('.') + 1) : from + s.slice(from).indexOf(',');
    return first(dots > 1 ? 'decimal-points' : 'grouping', at, s[at] ?? '', dots > 1 ? [] : readings(ascii));
  }
  return { start: from, end, seen };
}

function token(s: string, start: number, end: number, flaw: NumberFlaw): NumberToken {
  return { start, end, seen: withoutInvisible(s.slice(start, end)), flaw };
}

/**
 * Full-width digits, commas and dots as ASCII. A run of spaces between digits
 * becomes a comma (`1 000` is 1,000 in the French style); one beside a
 * separator is dropped.
 */
function toAscii(s: string): string {
  let out = '';
  for (const c of s) {
    if (WIDE_DIGIT.test(c)) out += String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48);
    else if (c === '，') out += ',';
    else if (c === '．' || c === '。' || c === '·') out += '.';
    else if (c === '／') out += '/';
    else if (SPACE.test(c)) out += ' ';
    else out += c;
  }
  return out.replace(/(\d) +(?=\d)/g, '$1,').replace(/ +/g, '');
}

/**
 * The plain spellings of an ASCII number whose separators may be wrong: when
 * the digits before the point group into threes as written (`1,000`, `1 000`),
 * both `1,000` and `1000`; otherwise the digits without separators, unless
 * the commas make the intent unclear (`1,5` could be 15 or 1.5).
 */
function readings(ascii: string): string[] {
  const [int = '', frac, ...more] = ascii.split('.');
  if (more.length > 0 || int === '' || !/^[\d,]*$/.test(int) || (frac !== undefined && !/^\d+$/.test(frac))) return [];
  const tail = frac !== undefined ? `.${frac}` : '';
  if (!int.includes(',')) return [`${int}${tail}`];
  if (!/^\d{1,3}(?:,\d{3})+$/.test(int)) return [];
  return [`${int}${tail}`, `${int.replaceAll(',', '')}${tail}`];
}

/** `1.5e3` → `1500`, exactly; nothing when the result would be absurdly long. */
function expand(ascii: string): string[] {
  const m = /^(\d*)(?:\.(\d*))?[eE]([+-]?\d+)$/.exec(ascii.replaceAll(',', ''));
  if (!m) return [];
  const exp = Number(m[3]);
  if (!Number.isSafeInteger(exp) || Math.abs(exp) > 24) return [];
  const intPart = m[1] ?? '';
  const fracPart = m[2] ?? '';
  const digits = intPart + fracPart;
  const point = intPart.length + exp;
  let out: string;
  if (point <= 0) out = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return [trimNumber(out)];
}

/** `1/2` → `0.5`, `3/4` → `0.75`: only fractions with a short exact decimal. */
function fraction(ascii: string): string[] {
  const m = /^(\d+)\/(\d+)$/.exec(ascii);
  if (!m) return [];
  const p = BigInt(m[1]!);
  const q = BigInt(m[2]!);
  if (q === 0n) return [];
  for (let places = 0; places <= 4; places++) {
    const scaled = p * 10n ** BigInt(places);
    if (scaled % q === 0n) {
      const v = (scaled / q).toString().padStart(places + 1, '0');
      return [trimNumber(places ? `${v.slice(0, -places)}.${v.slice(-places)}` : v)];
    }
  }
  return [];
}

function trimNumber(s: string): string {
  let out = s.replace(/^0+(?=\d)/, '');
  if (out.includes('.')) out = out.replace(/0+$/, '').replace(/\.$/, '');
  return out === '' ? '0' : out;
}

/** Names of the characters a flaw can be about, for messages. */
export function describeChar(c: string): { zh: string; en: string } {
  const cp = c.codePointAt(0) ?? 0;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  if (WIDE_DIGIT.test(c)) return { zh: `全角数字“${c}”`, en: `the full-width digit "${c}"` };
  switch (c) {
    case '，':
      return { zh: '全角逗号“，”', en: 'the full-width comma "，"' };
    case '．':
      return { zh: '全角句点“．”', en: 'the full-width dot "．"' };
    case '。':
      return { zh: '中文句号“。”', en: 'the ideographic full stop "。"' };
    case '·':
      return { zh: '间隔号“·”', en: 'the middle dot "·"' };
    case ' ':
      return { zh: '空格', en: 'a space' };
    case '\u3000':
      return { zh: '全角空格（U+3000）', en: 'an ideographic space (U+3000)' };
    case '\t':
      return { zh: '制表符（Tab）', en: 'a tab' };
    case ',':
      return { zh: '逗号“,”', en: 'the comma ","' };
    case '.':
      return { zh: '小数点“.”', en: 'the dot "."' };
    case 'e':
    case 'E':
      return { zh: `指数记号“${c}”`, en: `the exponent "${c}"` };
    case '/':
    case '／':
      return { zh: `分数线“${c}”`, en: `the fraction bar "${c}"` };
    case '-':
    case '−':
    case '－':
    case '﹣':
      return { zh: `负号“${c}”`, en: `the minus sign "${c}"` };
    case '+':
    case '＋':
      return { zh: `正号“${c}”`, en: `the plus sign "${c}"` };
  }
  if (/^0[xXoObB]$/.test(c)) return { zh: `进制前缀“${c}”`, en: `the radix prefix "${c}"` };
  if (SPACE.test(c)) return { zh: `空白字符（${hex}）`, en: `a space character (${hex})` };
  return { zh: `“${c}”（${hex}）`, en: `"${c}" (${hex})` };
}
