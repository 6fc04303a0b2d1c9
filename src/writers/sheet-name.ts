/** Excel's limit on a sheet name, in UTF-16 code units (as Excel counts). */
export const SHEET_NAME_MAX = 31;
/** Excel keeps this name for its change history: no sheet may take it. */
const RESERVED = ['History'];
const ELLIPSIS = '…';

/**
 * Excel's sheet-name rules: at most 31 characters, none of []:*?/\ , not
 * starting or ending with an apostrophe, not blank, not "History", and
 * unique in the workbook. Forbidden characters become `_`; a longer name is
 * cut to 30 characters and marked with `…`; a name already taken gets a
 * number, `(2)`, `(3)`…, shortened further to make room for it. Names are
 * compared as Excel does, ignoring case (and, to be safe, full- and
 * half-width forms), against `taken` and the reserved names.
 */
export function sheetName(wanted: string, taken: ReadonlySet<string> = new Set()): string {
  return pick(wanted, new Set([...taken, ...RESERVED].map(sheetKey)));
}

/**
 * Names for many sheets at once, in order: each as sheetName gives it,
 * unique among themselves and distinct from `reserved` (e.g. a summary's 汇总 sheet).
 */
export function sheetNames(wanted: readonly string[], reserved: readonly string[] = []): string[] {
  const used = new Set([...reserved, ...RESERVED].map(sheetKey));
  const counters = new Map<string, number>();
  return wanted.map((w) => {
    const name = pick(w, used, counters);
    used.add(sheetKey(name));
    return name;
  });
}

/** `counters` remembers the last number tried per name, so thousands of clashing names take linear time. */
function pick(wanted: string, used: ReadonlySet<string>, counters = new Map<string, number>()): string {
  const clean = wanted
    .replace(/[\p{Cc}]/gu, ' ')
    .replace(/[[\]:*?/\\]/g, '_')
    .trim();
  const base = trimApostrophes(clean) || 'Sheet';
  const first = shorten(base, SHEET_NAME_MAX);
  if (!used.has(sheetKey(first))) return first;
  const key = sheetKey(first);
  for (let i = counters.get(key) ?? 2; ; i++) {
    const suffix = `(${i})`;
    const name = shorten(base, SHEET_NAME_MAX - suffix.length) + suffix;
    if (!used.has(sheetKey(name))) {
      counters.set(key, i + 1);
      return name;
    }
  }
}

/** How Excel tells sheet names apart: case-insensitively. */
export function sheetKey(name: string): string {
  return name.normalize('NFKC').toLowerCase();
}

/** Cut to at most `max` UTF-16 units, never inside a surrogate pair, marking a cut with `…`. */
function shorten(s: string, max: number): string {
  if (s.length <= max) return s;
  let out = '';
  for (const ch of s) {
    if (out.length + ch.length > max - ELLIPSIS.length) break;
    out += ch;
  }
  return trimApostrophes(out.trimEnd()) + ELLIPSIS;
}

function trimApostrophes(s: string): string {
  return s.replace(/^'+|'+$/g, '').trim();
}
