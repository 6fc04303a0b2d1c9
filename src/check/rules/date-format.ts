import { text } from '../../diagnostics/types.js';
import { FIRST_YEAR, LAST_YEAR } from '../../model/dates.js';
import type { Rule } from '../rule.js';

export const dateFormat: Rule = {
  id: 'date-format',
  severity: 'error',
  title: text('日期格式错误或日期不存在', 'Malformed or impossible date'),
  description: text(
    '计划开始日期和计划完成日期写成 YYYY-MM-DD（如 2025-01-01），也可以按许多旧表的习惯写成 YYYY/M/D（2025/1/1）。日期必须真实存在：2025-02-29、2025-04-31 都会报错；年份须在 1949–2100 之间（0205-01-01、20250-01-01 这类笔误会报错）。表上按原样印出。',
    'Dates are YYYY-MM-DD (2025-01-01) or, as many older forms write them, YYYY/M/D. They must exist: 2025-02-29 and 2025-04-31 are errors, and the year lies within 1949–2100. They are printed as written.',
  ),
  examples: { bad: '计划开始日期: 2025年1月1日\n计划完成日期: 2025-02-30', good: '计划开始日期: 2025-01-01\n计划完成日期: 2025-12-31' },
  check({ decl, report }) {
    for (const [label, d] of [['计划开始日期', decl.start], ['计划完成日期', decl.end]] as const) {
      if (d.parsed.ok) continue;
      report({
        path: d.path,
        message:
          d.parsed.problem === 'format'
            ? text(`${label}“${d.written}”格式不对，请写成 YYYY-MM-DD（如 2025-01-01）。`, `${label} "${d.written}" is not a date; write YYYY-MM-DD (2025-01-01).`)
            : d.parsed.problem === 'out-of-range'
              ? text(
                  `${label}“${d.written}”的年份不在 ${FIRST_YEAR}–${LAST_YEAR} 年之间，多半是年份打错了，请核对。`,
                  `${label} "${d.written}" has a year outside ${FIRST_YEAR}–${LAST_YEAR}; probably a typing slip. Check it.`,
                )
              : text(`${label}“${d.written}”不是真实存在的日期，请核对月份和日。`, `${label} "${d.written}" does not exist; check the month and day.`),
      });
    }
  },
};
