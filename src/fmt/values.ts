/**
 * How the formatter writes the values whose spelling it may change. Each
 * function returns the new spelling, or the input unchanged when it cannot
 * be sure of the meaning: a value that does not parse is left exactly as the
 * author wrote it, for validate to report.
 */

/** How amounts are written: `2,810,000.00` (the form's style, default), `2810000.00`, or as written. */
export type AmountStyle = 'grouped' | 'plain' | 'keep';

export const AMOUNT_STYLES: readonly AmountStyle[] = ['grouped', 'plain', 'keep'];

const PLAIN = /^(\d+)(?:\.(\d+))?$/;
const GROUPED = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/;

/**
 * An amount as an exact decimal: integer digits without leading zeros and
 * separators, and decimals without trailing zeros; undefined when `written`
 * is not a plain non-negative decimal number. Two spellings mean the same
 * amount exactly when their keys are equal (`2,810,000.00` = `2810000`).
 */
export function amountKey(written: string): string | undefined {
  const m = PLAIN.exec(written) ?? GROUPED.exec(written);
  if (!m) return undefined;
  const int = m[1]!.replaceAll(',', '').replace(/^0+(?=\d)/, '');
  const frac = (m[2] ?? '').replace(/0+$/, '');
  return frac === '' ? int : `${int}.${frac}`;
}

/**
 * `2810000` → `2,810,000.00`: at least two decimals (more only where the
 * author wrote non-zero digits there, as in 万元 amounts), thousands
 * separators unless `plain`.
 */
export function formatAmount(written: string, style: AmountStyle): string {
  if (style === 'keep') return written;
  const key = amountKey(written);
  if (key === undefined) return written;
  const [int, frac = ''] = key.split('.') as [string, string?];
  const grouped = style === 'grouped' ? int.replace(/\B(?=(\d{3})+$)/g, ',') : int;
  return `${grouped}.${frac.padEnd(2, '0')}`;
}

// Longest spellings first, so `>=` is not read as `>` followed by `=`.
const OPERATOR_SPELLINGS: readonly (readonly [string, string])[] = [
  ['>=', '≥'],
  ['<=', '≤'],
  ['＞＝', '≥'],
  ['＜＝', '≤'],
  ['==', '='],
  ['≧', '≥'],
  ['≦', '≤'],
  ['＝', '='],
  ['＞', '>'],
  ['＜', '<'],
];

/**
 * `>=20 次` → `≥20 次`: the operator in its official spelling (≥ ≤ = > <),
 * everything after it exactly as written. Only an operator followed by a
 * number is touched, so free text that happens to start with `＝` stays.
 */
export function normalizeOperator(value: string): string {
  const lead = /^\s*/.exec(value)![0];
  const rest = value.slice(lead.length);
  for (const [spelling, official] of OPERATOR_SPELLINGS) {
    if (rest.startsWith(spelling) && /^\s*[\d.]/.test(rest.slice(spelling.length))) return lead + official + rest.slice(spelling.length);
  }
  return value;
}
