import type { ReadCell } from '../table.js';
import type { MoneyUnit } from './labels.js';

/**
 * A cell's text on one line: a producer's wrapping (and a line break someone
 * typed into a name cell) is layout, not content. Latin words keep a space.
 */
export function oneLine(s: string): string {
  return s
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .reduce((a, b) => (a === '' ? b : /[A-Za-z0-9%)]$/.test(a) && /^[A-Za-z0-9(]/.test(b) ? `${a} ${b}` : a + b), '');
}

/** Decimals an amount may have: 2 in 元 (the 分), 6 in 万元 (still the 分). */
const DECIMALS: Record<MoneyUnit, number> = { 元: 2, 万元: 6 };

/**
 * An amount as the form shows it, as text for the declaration. A number
 * cell gives its exact decimal (a float such as 2810000.0000000005 from a
 * formula is rounded to the 分, never further); text is taken as printed,
 * without a currency sign or a trailing 元. Empty cells give undefined.
 */
export function amountText(cell: ReadCell, unit: MoneyUnit): string | undefined {
  if (cell.number !== undefined) return numberAmount(cell.number, DECIMALS[unit]);
  const t = oneLine(cell.text)
    .replace(/^[¥￥]\s*/, '')
    .replace(/(?<!万)元$/, '')
    .trim();
  return t === '' ? undefined : t;
}

function numberAmount(n: number, decimals: number): string {
  const scale = 10 ** decimals;
  const scaled = Math.round(n * scale);
  // Not a whole number of 分: keep every digit, for validate to report.
  if (Math.abs(n * scale - scaled) > 1e-6 * Math.max(1, Math.abs(n * scale))) return String(n);
  const neg = scaled < 0 ? '-' : '';
  const digits = String(Math.abs(scaled)).padStart(decimals + 1, '0');
  const int = digits.slice(0, -decimals);
  const frac = digits.slice(-decimals).replace(/0+$/, '').padEnd(2, '0');
  return `${neg}${int}.${frac}`;
}

/**
 * `281.5` 万元 → `2815000.00` 元, exactly (decimal shifting, no floating
 * point); undefined when the result would need more than two decimals or
 * the text is not a plain number.
 */
export function wanToYuan(written: string): string | undefined {
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(written.trim());
  if (!m) return undefined;
  const int = m[1]!.replaceAll(',', '');
  const frac = (m[2] ?? '').padEnd(4, '0');
  const yuanInt = (int + frac.slice(0, 4)).replace(/^0+(?=\d)/, '');
  const cents = frac.slice(4);
  if (cents.replace(/0+$/, '').length > 2) return undefined;
  return `${yuanInt}.${cents.padEnd(2, '0').slice(0, 2)}`;
}
