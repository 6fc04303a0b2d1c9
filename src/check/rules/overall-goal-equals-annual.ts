import { text } from '../../diagnostics/types.js';
import { overallCopiesAnnual } from '../../analysis/copies.js';
import { multiYearSpan } from '../../model/declaration.js';
import { defineModelRule } from '../rule.js';

/** A multi-year project whose 项目总目标 is a copy of its 年度总体目标 (as whole-life-equals-annual is for the money). */
export const overallGoalEqualsAnnual = defineModelRule({
  id: 'overall-goal-equals-annual',
  severity: 'warning',
  docs: {
    title: text('跨年度项目的项目总目标与年度总体目标相同', 'Multi-year project: the overall goal is a copy of the annual one'),
    description: text(
      '跨年度项目的项目总目标写整个实施周期要达到的目标，年度总体目标写本年度完成的部分。两者一字不差（不计空格、换行、全角半角和标点），通常是把一处复制到了另一处，评审会要求分别填写。单年度项目两者可以相同，不报告。',
      "A multi-year project's 项目总目标 covers the whole period and its 年度总体目标 this year's part. The same text in both (ignoring spacing, line breaks, width and punctuation) is usually a copy; reviewers ask for each. Single-year projects may repeat it.",
    ),
    examples: {
      bad: '计划开始日期: 2025-01-01\n计划完成日期: 2027-12-31\n绩效目标:\n  项目总目标: 建成全市统一的政务数据共享平台。\n  年度总体目标: 建成全市统一的政务数据共享平台。',
      good: '计划开始日期: 2025-01-01\n计划完成日期: 2027-12-31\n绩效目标:\n  项目总目标: 建成全市统一的政务数据共享平台。\n  年度总体目标: 完成平台一期建设，接入 20 个部门的数据。',
    },
  },
  needs: ['goals', 'start', 'end'],
  check({ decl, report }) {
    const span = multiYearSpan(decl);
    const overall = decl.goals.overall;
    if (!span || !overall || !overallCopiesAnnual(overall.value, decl.goals.annual.value)) return;
    report({ path: overall.path, messageId: 'copy', data: { from: span.from, to: span.to }, notes: [{ path: decl.goals.annual.path, messageId: 'annual' }] });
  },
});
