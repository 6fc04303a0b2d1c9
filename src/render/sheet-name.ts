/**
 * Excel's sheet-name rules: at most 31 characters, none of []:*?/\ , not
 * blank, and unique in the workbook (compared case-insensitively).
 */
export function sheetName(wanted: string, taken: ReadonlySet<string> = new Set()): string {
  const base = [...wanted.replace(/[[\]:*?/\\]/g, '_').replace(/^'+|'+$/g, '').trim()].slice(0, 31).join('') || 'Sheet';
  const lower = new Set([...taken].map((s) => s.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = `(${i})`;
    const name = [...base].slice(0, 31 - suffix.length).join('') + suffix;
    if (!lower.has(name.toLowerCase())) return name;
  }
}
