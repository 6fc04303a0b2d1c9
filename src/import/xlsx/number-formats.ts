/**
 * Excel stores a date as a number of days and tells it apart only by the
 * cell's number format. A format is a date format when it has date or time
 * codes (y, m, d, h, s) outside quoted text, escapes and [colour] brackets.
 */
export function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[ymdhs]/i.test(bare) && !/^General$/i.test(bare);
}

/** Day `serial` of the 1900 (or 1904) date system → a UTC date. */
export function serialToDate(serial: number, date1904: boolean): Date {
  // Excel's 1900 system counts a 29 February 1900 that never was: day 60. Serials after it are one day too many.
  const days = date1904 ? serial + 1462 : serial < 60 ? serial + 1 : serial;
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(days) * 86_400_000);
}

/** A date as the format shows it: 2025年1月1日, 2025/1/1, 2025/01/01, else 2025-01-01. */
export function dateFormatOf(date: { year: number; month: number; day: number }, format: string | undefined): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const f = format ?? '';
  if (f.includes('年')) return `${date.year}年${date.month}月${date.day}日`;
  if (/y+[/\\]+m/i.test(f.replace(/"/g, ''))) {
    return /mm/i.test(f) ? `${date.year}/${pad(date.month)}/${pad(date.day)}` : `${date.year}/${date.month}/${date.day}`;
  }
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}
