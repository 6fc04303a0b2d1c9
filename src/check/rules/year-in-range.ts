import { text } from '../../diagnostics/types.js';
import { FIRST_YEAR, isPlausibleYear, LAST_YEAR } from '../../model/dates.js';
import { yearSpan } from '../../model/declaration.js';
import { defineModelRule } from '../rule.js';

export const yearInRange = defineModelRule({
  id: 'year-in-range',
  severity: 'error',
  docs: {
    title: text('申报年度不合理或不在项目计划期内', 'Year implausible or outside the project dates'),
    description: text(
      '申报年度（表头的“（2025年度）”）必须落在计划开始日期和计划完成日期之间：一个 2024 年已结束的项目不能申报 2025 年度的资金。常见原因是复制去年的文件后只改了年度或只改了日期。年度本身也须在 1949–2100 之间。',
      'The declared 年度 must lie within the planned dates. Usually last year\'s file was copied and only one of them was updated. The year itself lies within 1949–2100.',
    ),
    examples: { bad: '年度: 2026\n计划开始日期: 2025-01-01\n计划完成日期: 2025-12-31', good: '年度: 2026\n计划开始日期: 2026-01-01\n计划完成日期: 2026-12-31' },
  },
  needs: ['year'],
  uses: ['start', 'end'],
  check({ decl, report }) {
    const year = decl.year.value;
    if (!isPlausibleYear(year)) {
      report({ path: decl.year.path, messageId: 'implausible', data: { year, first: FIRST_YEAR, last: LAST_YEAR } });
      return;
    }
    const { start, end } = decl;
    const span = start && end && yearSpan({ start, end });
    if (!span || (year >= span.from && year <= span.to)) return;
    report({ path: decl.year.path, messageId: 'outside', data: { year, start: start.written, end: end.written } });
  },
});
