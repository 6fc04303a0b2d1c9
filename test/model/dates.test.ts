import { describe, expect, it } from 'vitest';
import { compareDates, daysInMonth, parseDate } from '../../src/model/dates.js';

describe('parseDate', () => {
  it.each<[string, number, number, number]>([
    ['2025-01-01', 2025, 1, 1],
    ['2025-12-31', 2025, 12, 31],
    ['2024-02-29', 2024, 2, 29],
    ['2000-02-29', 2000, 2, 29],
    ['2025/1/1', 2025, 1, 1],
    ['2025/01/01', 2025, 1, 1],
    ['2025/12/31', 2025, 12, 31],
    [' 2025-06-30 ', 2025, 6, 30],
  ])('%s', (s, year, month, day) => {
    expect(parseDate(s)).toEqual({ ok: true, date: { year, month, day } });
  });

  it.each(['2025-02-29', '1900-02-29', '2100-02-29', '2025-04-31', '2025-06-31', '2025-13-01', '2025-00-10', '2025-01-00', '2025-01-32', '2025/2/29', '2025/13/1', '2025/1/32'])(
    '%s does not exist',
    (s) => {
      expect(parseDate(s)).toEqual({ ok: false, problem: 'impossible' });
    },
  );

  it.each(['2025年1月1日', '2025-1-1', '2025-01-1', '25-01-01', '2025.01.01', '2025/001/1', '20250101', '2025-01-01T00:00', '', '年底'])('%j is not a date format', (s) => {
    expect(parseDate(s)).toEqual({ ok: false, problem: 'format' });
  });
});

describe('calendar', () => {
  it('leap years: divisible by 4, except centuries, except every 400 years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
  });

  it('month lengths', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2025, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });

  it('compareDates orders by year, then month, then day (not as text)', () => {
    const d = (s: string) => {
      const p = parseDate(s);
      if (!p.ok) throw new Error(s);
      return p.date;
    };
    expect(compareDates(d('2025/9/1'), d('2025/10/1'))).toBeLessThan(0);
    expect(compareDates(d('2025-12-31'), d('2026-01-01'))).toBeLessThan(0);
    expect(compareDates(d('2025-06-02'), d('2025-06-01'))).toBeGreaterThan(0);
    expect(compareDates(d('2025/6/1'), d('2025-06-01'))).toBe(0);
  });
});
