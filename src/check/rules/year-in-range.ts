import { text } from '../../diagnostics/types.js';
import { FIRST_YEAR, isPlausibleYear, LAST_YEAR } from '../../model/dates.js';
import type { Rule } from '../rule.js';

export const yearInRange: Rule = {
  id: 'year-in-range',
  severity: 'error',
  title: text('申报年度不合理或不在项目计划期内', 'Year implausible or outside the project dates'),
  description: text(
    '申报年度（表头的“（2025年度）”）必须落在计划开始日期和计划完成日期之间：一个 2024 年已结束的项目不能申报 2025 年度的资金。常见原因是复制去年的文件后只改了年度或只改了日期。年度本身也须在 1949–2100 之间。',
    'The declared 年度 must lie within the planned dates. Usually last year\'s file was copied and only one of them was updated. The year itself lies within 1949–2100.',
  ),
  examples: { bad: '年度: 2026\n计划开始日期: 2025-01-01\n计划完成日期: 2025-12-31', good: '年度: 2026\n计划开始日期: 2026-01-01\n计划完成日期: 2026-12-31' },
  check({ decl, report }) {
    const { start, end, year } = decl;
    if (!isPlausibleYear(year)) {
      report({
        path: ['年度'],
        message: text(
          `申报年度 ${year} 不是合理的年份：年度应在 ${FIRST_YEAR}–${LAST_YEAR} 之间（如 2025）。多半是年份打错了，请核对。`,
          `The year ${year} is not plausible: 年度 lies within ${FIRST_YEAR}–${LAST_YEAR} (e.g. 2025). Probably a typing slip.`,
        ),
      });
      return;
    }
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
