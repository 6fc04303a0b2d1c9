import { text } from '../../diagnostics/types.js';
import { FIRST_YEAR, LAST_YEAR } from '../../model/dates.js';
import { defineModelRule } from '../rule.js';

export const dateFormat = defineModelRule({
  id: 'date-format',
  severity: 'error',
  docs: {
    title: text('日期格式错误或日期不存在', 'Malformed or impossible date'),
    description: text(
      '计划开始日期和计划完成日期写成 YYYY-MM-DD（如 2025-01-01），也可以按许多旧表的习惯写成 YYYY/M/D（2025/1/1）。日期必须真实存在：2025-02-29、2025-04-31 都会报错；年份须在 1949–2100 之间（0205-01-01、20250-01-01 这类笔误会报错）。表上按原样印出。',
      'Dates are YYYY-MM-DD (2025-01-01) or, as many older forms write them, YYYY/M/D. They must exist: 2025-02-29 and 2025-04-31 are errors, and the year lies within 1949–2100. They are printed as written.',
    ),
    examples: { bad: '计划开始日期: 2025年1月1日\n计划完成日期: 2025-02-30', good: '计划开始日期: 2025-01-01\n计划完成日期: 2025-12-31' },
  },
  uses: ['start', 'end'],
  check({ decl, report }) {
    for (const [field, d] of [['计划开始日期', decl.start], ['计划完成日期', decl.end]] as const) {
      if (!d || d.parsed.ok) continue;
      if (d.parsed.problem === 'out-of-range') report({ path: d.path, messageId: 'out-of-range', data: { field, written: d.written, first: FIRST_YEAR, last: LAST_YEAR } });
      else report({ path: d.path, messageId: d.parsed.problem, data: { field, written: d.written } });
    }
  },
});
