import { describe, expect, it } from 'vitest';
import { dateFormatOf, isDateFormat, serialToDate } from '../../src/import/xlsx/number-formats.js';

describe('spreadsheet dates', () => {
  it('tells date formats from number formats', () => {
    for (const f of ['yyyy/m/d', 'yyyy-mm-dd', 'yyyy"年"m"月"d"日"', '[$-804]yyyy"年"m"月"d"日";@', 'm/d/yy h:mm']) expect(isDateFormat(f), f).toBe(true);
    for (const f of ['General', '0.00', '#,##0.00', '0%', '"合计"0.00', '[Red]0.00']) expect(isDateFormat(f), f).toBe(false);
  });

  it('reads serial days in the 1900 system (with its 29 February 1900) and the 1904 system', () => {
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    expect(iso(serialToDate(1, false))).toBe('1900-01-01');
    expect(iso(serialToDate(59, false))).toBe('1900-02-28');
    expect(iso(serialToDate(61, false))).toBe('1900-03-01');
    expect(iso(serialToDate(45658, false))).toBe('2025-01-01');
    expect(iso(serialToDate(45658.75, false))).toBe('2025-01-01');
    expect(iso(serialToDate(44196, true))).toBe('2025-01-01');
  });

  it('writes a date as its format shows it', () => {
    const d = { year: 2025, month: 1, day: 5 };
    expect(dateFormatOf(d, 'yyyy"年"m"月"d"日"')).toBe('2025年1月5日');
    expect(dateFormatOf(d, 'yyyy/m/d')).toBe('2025/1/5');
    expect(dateFormatOf(d, 'yyyy/mm/dd')).toBe('2025/01/05');
    expect(dateFormatOf(d, 'yyyy-mm-dd')).toBe('2025-01-05');
    expect(dateFormatOf(d, undefined)).toBe('2025-01-05');
  });
});
