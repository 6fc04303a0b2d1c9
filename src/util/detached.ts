/**
 * A copy of `s` that does not keep alive the text it was cut from. V8 may
 * represent a substring as a view into its parent (a "sliced string"), so a
 * 实施单位 kept from a YAML file would otherwise hold the whole file's text in
 * memory: the summary keeps a few such strings per project between its two
 * passes, and with thousands of projects that was most of its heap.
 * The copy is equal to `s`, code unit for code unit (also lone surrogates).
 */
export function detached(s: string): string;
export function detached(s: string | undefined): string | undefined;
export function detached(s: string | undefined): string | undefined {
  // V8 copies substrings shorter than 13 code units anyway.
  return s === undefined || s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
