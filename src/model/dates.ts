export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export type ParsedDate = { readonly ok: true; readonly date: CalendarDate } | { readonly ok: false; readonly problem: 'format' | 'impossible' | 'out-of-range' };

/**
 * Years a declaration can be about: from the founding of the PRC to the end of
 * the century. Anything outside is a typing slip (`0205`, `20250`), not a plan.
 */
export const FIRST_YEAR = 1949;
export const LAST_YEAR = 2100;

export function isPlausibleYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const SLASH = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;

/** `YYYY-MM-DD` or, as many existing forms write it, `YYYY/M/D`; real calendar dates only. */
export function parseDate(s: string): ParsedDate {
  const m = ISO.exec(s.trim()) ?? SLASH.exec(s.trim());
  if (!m) return { ok: false, problem: 'format' };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return { ok: false, problem: 'impossible' };
  if (!isPlausibleYear(year)) return { ok: false, problem: 'out-of-range' };
  return { ok: true, date: { year, month, day } };
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
