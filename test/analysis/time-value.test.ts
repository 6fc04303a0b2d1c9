import { describe, expect, it } from 'vitest';
import { formatDecimal } from '../../src/analysis/decimal.js';
import { formatDay, parseTimeValue, type TimeValue } from '../../src/analysis/time-value.js';

function show(v: TimeValue | undefined): string {
  if (!v) return 'none';
  switch (v.kind) {
    case 'deadline':
      return `by ${formatDay(v.by)}${v.yearImplied ? ' (year implied)' : ''}`;
    case 'date':
      return `date ${formatDay(v.from)}..${formatDay(v.to)}${v.yearImplied ? ' (year implied)' : ''}`;
    case 'period':
      return `period ${formatDay(v.from)}..${formatDay(v.to)}`;
    case 'duration':
      return `${v.within ? 'within ' : ''}${formatDecimal(v.amount)} ${v.unit}`;
    case 'impossible':
      return `impossible: ${v.why}`;
  }
}

describe('time values of 时效指标', () => {
  it.each([
    // The examples
    ['2025年12月31日前', 'by 2025-12-31'],
    ['2025年12月底前', 'by 2025-12-31'],
    ['12月底前', 'by 2025-12-31 (year implied)'],
    ['12月底到位', 'by 2025-12-31 (year implied)'],
    ['2025.07-2026.01', 'period 2025-07-01..2026-01-31'],
    ['2023.07-2024.01', 'period 2023-07-01..2024-01-31'],
    ['1年内', 'within 1 年'],
    ['1年', '1 年'],
    ['≤30(天)', 'within 30 天'],
    // Other usual forms
    ['2025-12-31前', 'by 2025-12-31'],
    ['2025/6/30前完成', 'by 2025-06-30'],
    ['截至2025年12月31日', 'by 2025-12-31'],
    ['年底前', 'by 2025-12-31 (year implied)'],
    ['年内', 'by 2025-12-31 (year implied)'],
    ['2025年底前完成', 'by 2025-12-31'],
    ['2025年6月', 'date 2025-06-01..2025-06-30'],
    ['6月30日前', 'by 2025-06-30 (year implied)'],
    ['十二月底前', 'by 2025-12-31 (year implied)'],
    ['2025年第三季度', 'date 2025-07-01..2025-09-30'],
    ['第四季度前', 'by 2025-12-31 (year implied)'],
    ['上半年完成', 'by 2025-06-30 (year implied)'],
    ['2025年1月-12月', 'period 2025-01-01..2025-12-31'],
    ['1-6月', 'period 2025-01-01..2025-06-30'],
    ['2025年3月至2025年6月', 'period 2025-03-01..2025-06-30'],
    ['2025年1月1日-2025年12月31日', 'period 2025-01-01..2025-12-31'],
    ['12月中旬', 'date 2025-12-11..2025-12-20 (year implied)'],
    ['30个工作日内', 'within 30 个工作日'],
    ['3个月内', 'within 3 个月'],
    ['２０２５年１２月底前', 'by 2025-12-31'],
    // Not dates
    ['2025年2月30日前', 'impossible: no-such-date'],
    ['13月底前', 'impossible: no-such-date'],
    ['2026.01-2025.07', 'impossible: reversed'],
    ['提升', 'none'],
    ['及时', 'none'],
    ['按时完成', 'none'],
    ['≥20次', 'none'],
    ['12月开展培训', 'none'],
  ])('%s → %s', (written, expected) => {
    expect(show(parseTimeValue(written, 2025))).toBe(expected);
  });
});

describe('what is not a time value', () => {
  it.each(['2991.00(次)', '2025.5(万元)', '1200.00(个)', '3000次', '12.5小时'])('%s', (written) => {
    const v = parseTimeValue(written, 2025);
    expect(v === undefined || v.kind === 'duration').toBe(true);
  });
});
