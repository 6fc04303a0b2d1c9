import { declaration, posOf } from '../helpers/fixture.js';
import { ruleTester, type Case } from '../helpers/rule-tester.js';

type Which = '计划开始日期' | '计划完成日期';
const dates = (start: string, end: string, year = start.slice(0, 4)) => declaration({ head: { 年度: year, 计划开始日期: start, 计划完成日期: end } });

function bad(name: string, which: Which, written: string, message: string | string[]): Case {
  const code = declaration({ head: { [which]: written } });
  return { name, code, errors: [{ ...posOf(code, `${which}:`, written), path: [which], message: [`${which}“${written}”`, ...[message].flat()] }], otherRules: [] };
}

const IMPOSSIBLE = '不是真实存在的日期';
const FORMAT = ['格式不对', 'YYYY-MM-DD'];
const BOTH = dates('2025-02-30', '2025年12月31日');

ruleTester('date-format', {
  valid: [
    { name: 'YYYY-MM-DD', code: declaration(), otherRules: [] },
    { name: '2024-02-29 (leap year)', code: dates('2024-02-29', '2024-12-31'), otherRules: [] },
    { name: '2000-02-29 (divisible by 400)', code: dates('2000-02-29', '2000-12-31'), otherRules: [] },
    { name: 'YYYY/M/D as older forms write it', code: dates('2025/1/1', '2025/12/31'), otherRules: [] },
    { name: 'YYYY/MM/DD', code: dates('2025/01/01', '2025/06/30'), otherRules: [] },
    { name: 'quoted date', code: dates("'2025-01-01'", '"2025-12-31"', '2025'), otherRules: [] },
    { name: 'the last day of a 30-day month', code: dates('2025-04-30', '2025-11-30'), otherRules: [] },
    { name: 'the first year allowed: 1949', code: dates('1949-10-01', '1949-12-31'), otherRules: [] },
    { name: 'the last year allowed: 2100', code: dates('2100-01-01', '2100-12-31'), otherRules: [] },
  ],
  invalid: [
    bad('2025-02-29 does not exist', '计划完成日期', '2025-02-29', IMPOSSIBLE),
    bad('2025-04-31 does not exist', '计划完成日期', '2025-04-31', IMPOSSIBLE),
    bad('month 13', '计划完成日期', '2025-13-01', IMPOSSIBLE),
    bad('day 0', '计划开始日期', '2025-01-00', IMPOSSIBLE),
    bad('1900 was not a leap year', '计划开始日期', '1900-02-29', IMPOSSIBLE),
    bad('impossible in slash form', '计划完成日期', '2025/2/29', IMPOSSIBLE),
    bad('2025年1月1日', '计划开始日期', '2025年1月1日', FORMAT),
    bad('unpadded ISO 2025-1-1', '计划开始日期', '2025-1-1', FORMAT),
    bad('dots', '计划开始日期', '2025.01.01', FORMAT),
    bad('two-digit year', '计划开始日期', '25-01-01', FORMAT),
    bad('words', '计划完成日期', '年底', FORMAT),
    // Real calendar dates, but no plan is made for them: a typing slip in the year.
    bad('a year before 1949', '计划开始日期', '0205-01-01', ['年份不在 1949–2100 年之间', '打错']),
    bad('a year after 2100', '计划完成日期', '2205-12-31', '1949–2100'),
    {
      name: 'both dates wrong: two findings, in order',
      code: BOTH,
      errors: [
        { ...posOf(BOTH, '计划开始日期', '2025-02-30'), path: ['计划开始日期'], message: IMPOSSIBLE },
        { ...posOf(BOTH, '计划完成日期', '2025年'), path: ['计划完成日期'], message: '格式不对' },
      ],
      // Neither date-order nor year-in-range judges unreadable dates.
      otherRules: [],
    },
  ],
});
