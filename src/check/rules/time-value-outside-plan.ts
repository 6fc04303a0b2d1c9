import { text } from '../../diagnostics/types.js';
import { earliestDay, formatDay, latestDay, parseTimeValue } from '../../analysis/time-value.js';
import { compareDates } from '../../model/dates.js';
import { allIndicators } from '../../model/declaration.js';
import { defineModelRule } from '../rule.js';

/**
 * A deadline, date or period in a 时效指标 checked against the plan: a
 * deadline after 计划完成日期 cannot be judged within the project, and a
 * date before 计划开始日期 is before it began. A date written without a year
 * (`12月底前`) is read in the declaration's 年度.
 */
export const timeValueOutsidePlan = defineModelRule({
  id: 'time-value-outside-plan',
  severity: 'warning',
  docs: {
    title: text('时效指标的时间超出了计划的起止日期', 'A time value lies outside the planned dates'),
    description: text(
      '时效指标常写成日期、月份、期间或期限：2025年12月31日前、12月底前、2025年第三季度、2025.07-2026.01。这些写法都接受，按原样印出；能读出日期时，与计划开始日期、计划完成日期比较：期限或期间的结束晚于计划完成日期（项目结束后才到期，无法在项目期内考核），或开始早于计划开始日期，都会提醒。没有写年份的（12月底前）按申报年度理解。时长（1年内、≤30(天)）不与日期比较。',
      'Time values of 时效指标 are often dates, months, periods or deadlines (2025年12月31日前, 12月底前, 2025年第三季度, 2025.07-2026.01): all accepted and printed as written. When a date can be read it is compared with 计划开始日期 and 计划完成日期: a deadline or period ending after the planned end (it cannot be judged within the project), or starting before the planned start, is reported. A date without a year (12月底前) is read in the declaration\'s 年度. Durations (1年内, ≤30(天)) are not compared.',
    ),
    examples: {
      bad: '计划完成日期: 2025-12-31\n…\n时效指标:\n  - 二期功能上线时间: 2025.07-2026.01',
      good: '计划完成日期: 2025-12-31\n…\n时效指标:\n  - 二期功能上线时间: 2025.07-2025.12',
    },
  },
  needs: ['indicators', 'start', 'end'],
  uses: ['year'],
  check({ decl, report }) {
    if (!decl.start.parsed.ok || !decl.end.parsed.ok) return;
    const start = decl.start.parsed.date;
    const end = decl.end.parsed.date;
    const year = decl.year?.value ?? start.year;
    for (const ind of allIndicators(decl)) {
      if (ind.value.kind !== 'time') continue;
      const written = ind.value.text;
      const t = parseTimeValue(written, year);
      if (!t) continue;
      const last = latestDay(t);
      const first = earliestDay(t);
      if (last && compareDates(last, end) > 0) {
        report({
          path: ind.path,
          messageId: 'after-end',
          data: { name: ind.name, value: written, day: formatDay(last), end: decl.end.written },
          notes: [{ path: decl.end.path, messageId: 'plan-end' }],
        });
      } else if (first && compareDates(first, start) < 0) {
        report({
          path: ind.path,
          messageId: 'before-start',
          data: { name: ind.name, value: written, day: formatDay(first), start: decl.start.written },
          notes: [{ path: decl.start.path, messageId: 'plan-start' }],
        });
      }
    }
  },
});
