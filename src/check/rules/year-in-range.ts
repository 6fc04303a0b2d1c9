import { text } from '../../diagnostics/types.js';
import type { Rule } from '../rule.js';

export const yearInRange: Rule = {
  id: 'year-in-range',
  severity: 'error',
  title: text('申报年度不在项目计划期内', 'Year outside the project dates'),
  description: text(
    '申报年度（表头的“（2025年度）”）必须落在计划开始日期和计划完成日期之间：一个 2024 年已结束的项目不能申报 2025 年度的资金。常见原因是复制去年的文件后只改了年度或只改了日期。',
    'The declared 年度 must lie within the planned dates. Usually last year\'s file was copied and only one of them was updated.',
  ),
  examples: { bad: '年度: 2026\n计划开始日期: 2025-01-01\n计划完成日期: 2025-12-31', good: '年度: 2026\n计划开始日期: 2026-01-01\n计划完成日期: 2026-12-31' },
  check({ decl, report }) {
    const { start, end, year } = decl;
    if (!start.parsed.ok || !end.parsed.ok) return;
    const from = start.parsed.date.year;
    const to = end.parsed.date.year;
    if (year >= from && year <= to) return;
    report({
      path: ['年度'],
      message: text(
        `申报年度 ${year} 不在项目计划期 ${start.written} 至 ${end.written} 之内。请核对年度或计划日期。`,
        `The year ${year} is outside the project period ${start.written} – ${end.written}. Check the year or the dates.`,
      ),
    });
  },
};
