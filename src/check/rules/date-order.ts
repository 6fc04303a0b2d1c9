import { text } from '../../diagnostics/types.js';
import { compareDates } from '../../model/dates.js';
import { defineModelRule } from '../rule.js';

export const dateOrder = defineModelRule({
  id: 'date-order',
  severity: 'error',
  docs: {
    title: text('计划开始日期晚于计划完成日期', 'Start date after end date'),
    description: text('计划开始日期不能晚于计划完成日期。常见原因是两个日期填反，或年份写错。', 'The start date cannot be after the end date; often the two are swapped or a year is mistyped.'),
    examples: { bad: '计划开始日期: 2025-12-31\n计划完成日期: 2025-01-01', good: '计划开始日期: 2025-01-01\n计划完成日期: 2025-12-31' },
  },
  needs: ['start', 'end'],
  check({ decl, report }) {
    const { start, end } = decl;
    if (!start.parsed.ok || !end.parsed.ok || compareDates(start.parsed.date, end.parsed.date) <= 0) return;
    report({
      path: start.path,
      messageId: 'start-after-end',
      data: { start: start.written, end: end.written },
      notes: [{ path: end.path, messageId: 'end-date', data: { end: end.written } }],
    });
  },
});
