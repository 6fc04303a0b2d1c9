import { text } from '../../diagnostics/types.js';
import { quantIndicators } from '../../analysis/from-model.js';
import { judge } from '../../analysis/goal-consistency.js';
import { extractGoalQuantities, type GoalQuantity } from '../../analysis/goal-quantities.js';
import { isMultiYear, type Field } from '../../model/declaration.js';
import { defineModelRule } from '../rule.js';

/**
 * Reviewers (第三方评审) send a form back when its goal promises one figure and
 * its indicators measure another: the goal is what the money is for, the
 * indicators are how it will be judged. The figures are read out of the goal
 * text (analysis/goal-quantities.ts) and matched to the indicator about the
 * same thing (analysis/indicator-match.ts); how a match is chosen, and why a
 * loosely related indicator never hides a real difference, is explained in
 * analysis/goal-consistency.ts.
 */
export const goalIndicatorMismatch = defineModelRule({
  id: 'goal-indicator-mismatch',
  severity: 'warning',
  docs: {
    title: text('绩效目标写明的数量与绩效指标不一致', 'A figure stated in the goal does not match the indicators'),
    description: text(
      '评审专家会逐一核对：年度总体目标（单年度项目也包括项目总目标）中写明的每个数量（带单位的数字或百分比，包括“不少于”“以上”“超过”“达到”“1-2个”这类写法）都应有一个三级指标衡量它，而且数值和计量单位一致。本规则从目标文字中读出这些数量，按名称中相同的词语和同类计量单位找到对应的指标，报告三种情况：数值不一致（目标“培训 300 人”，指标 ≥280(人)）、单位不一致（目标“6批次”，指标“6次”），以及没有任何指标衡量的数量。提示指向目标文字中的那几个字，并在对应指标处加注。年份、日期、序号（第3批、目标 1.）不算数量；跨年度项目的项目总目标写的是整个周期，不与年度指标比较。对应关系是按名称推断的：提示会说明依据，如果两者其实不是一回事，按提示补充指标即可。',
      'Reviewers check that every figure a goal states (a number with a unit or a percentage, with wording such as 不少于, 以上, 超过, 达到, 1-2个) is measured by an indicator with the same figure and unit. This rule reads the figures out of 年度总体目标 (and 项目总目标 of a single-year project), finds the indicator about the same thing by shared words and unit family, and reports a different figure (goal 300 人, indicator ≥280(人)), a different unit (goal 6批次, indicator 6次), and a figure no indicator measures. It points at the words in the goal text, with a note at the indicator. Years, dates and ordinals are not figures; a multi-year project\'s 项目总目标 covers all years and is not compared with the yearly indicators.',
    ),
    examples: {
      bad: '绩效目标:\n  年度总体目标: 开展基层干部培训，培训 300 人。\n绩效指标:\n  产出指标:\n    数量指标:\n      - 基层干部培训人数: ≥280 人',
      good: '绩效目标:\n  年度总体目标: 开展基层干部培训，培训 300 人。\n绩效指标:\n  产出指标:\n    数量指标:\n      - 基层干部培训人数: ≥300 人',
    },
  },
  needs: ['goals', 'indicators'],
  uses: ['start', 'end'],
  check({ decl, report }) {
    const indicators = quantIndicators(decl);
    const multiYear = decl.start !== undefined && decl.end !== undefined && isMultiYear({ start: decl.start, end: decl.end });
    const texts: [string, Field<string>][] = [['年度总体目标', decl.goals.annual]];
    if (decl.goals.overall && !multiYear) texts.unshift(['项目总目标', decl.goals.overall]);

    for (const [goal, field] of texts) {
      // Figures listed together (1400C、3900G、300T) with no indicator are one finding.
      const unmatched = new Map<number, GoalQuantity[]>();
      for (const q of extractGoalQuantities(field.value)) {
        const f = judge(q, indicators);
        const at = { path: field.path, within: { start: q.start, end: q.end } };
        switch (f.kind) {
          case 'agrees':
            break;
          case 'unmatched':
            unmatched.set(q.group, [...(unmatched.get(q.group) ?? []), q]);
            break;
          default: {
            const ind = f.match.indicator;
            const data = { goal, stated: q.text, indicator: ind.name, value: ind.written };
            const note = { path: ind.ref.path, messageId: f.match.strong ? 'indicator' : 'nearest', data: { goal, stated: q.text } } as const;
            if (!f.match.strong) {
              report({ ...at, messageId: 'nearest-differs', data: { ...data, what: f.kind === 'unit-differs' ? 'unit' : 'number' }, notes: [note] });
            } else if (f.kind === 'unit-differs') {
              report({ ...at, messageId: 'unit-differs', data: { ...data, goalUnit: q.unit.written, indicatorUnit: ind.unit.written }, notes: [note] });
            } else {
              report({ ...at, messageId: 'number-differs', data, notes: [note] });
            }
          }
        }
      }
      for (const group of unmatched.values()) {
        const first = group[0]!;
        const last = group[group.length - 1]!;
        const stated = field.value.slice(first.start, last.end);
        report({ path: field.path, within: { start: first.start, end: last.end }, messageId: 'unmatched', data: { goal, stated, count: group.length } });
      }
    }
  },
});
