import { text } from '../../diagnostics/types.js';
import { compareDates } from '../../model/dates.js';
import type { Rule } from '../rule.js';

export const dateOrder: Rule = {
  id: 'date-order',
  severity: 'error',
  title: text('计划开始日期晚于计划完成日期', 'Start date after end date'),
  description: text('计划开始日期不能晚于计划完成日期。常见原因是两个日期填反，或年份写错。', 'The start date cannot be after the end date; often the two are swapped or a year is mistyped.'),
  examples: { bad: '计划开始日期: 2025-12-31\n计划完成日期: 2025-01-01', good: '计划开始日期: 2025-01-01\n计划完成日期: 2025-12-31' },
  check({ decl, report }) {
    const { start, end } = decl;
    if (!start.parsed.ok || !end.parsed.ok || compareDates(start.parsed.date, end.parsed.date) <= 0) return;
    report({
      path: start.path,
      message: text(`计划开始日期 ${start.written} 晚于计划完成日期 ${end.written}。请检查两个日期是否填反。`, `The start date ${start.written} is after the end date ${end.written}; are they swapped?`),
      notes: [{ path: end.path, message: text(`计划完成日期 ${end.written}`, `end date ${end.written}`) }],
    });
  },
};
