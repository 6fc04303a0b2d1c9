import { declaration, posOf } from '../helpers/fixture.js';
import { ruleTester, type Case } from '../helpers/rule-tester.js';

const dates = (start: string, end: string) => declaration({ head: { 计划开始日期: start, 计划完成日期: end } });

function swapped(name: string, start: string, end: string): Case {
  const code = dates(start, end);
  return {
    name,
    code,
    errors: [
      {
        ...posOf(code, '计划开始日期', start),
        path: ['计划开始日期'],
        message: [`计划开始日期 ${start} 晚于计划完成日期 ${end}`, '填反'],
        notes: [{ ...posOf(code, '计划完成日期', end), message: `计划完成日期 ${end}` }],
      },
    ],
    otherRules: [],
  };
}

ruleTester('date-order', {
  valid: [
    { name: 'start before end', code: declaration(), otherRules: [] },
    { name: 'same day', code: dates('2025-06-01', '2025-06-01'), otherRules: [] },
    // As text "2025/9/1" > "2025/10/1"; as dates it is earlier.
    { name: 'slash dates compared as dates, not text', code: dates('2025/9/1', '2025/10/1'), otherRules: [] },
    { name: 'mixed notations', code: dates('2025/1/31', '2025-02-01'), otherRules: [] },
    { name: 'an impossible date is not compared', code: dates('2025-12-31', '2025-02-30'), otherRules: ['date-format'] },
  ],
  invalid: [
    swapped('swapped dates', '2025-12-31', '2025-01-01'),
    swapped('one day late', '2025-06-02', '2025-06-01'),
    swapped('slash notation', '2025/10/1', '2025/9/30'),
    swapped('mixed notations', '2025/12/1', '2025-11-30'),
  ],
});
