import { text } from '../../diagnostics/types.js';
import { multiYearSpan } from '../../model/declaration.js';
import { defineModelRule } from '../rule.js';

export const multiYearFields = defineModelRule({
  id: 'multi-year-fields',
  severity: 'error',
  docs: {
    title: text('跨年度项目缺少项目资金总额或项目总目标', 'Multi-year project without whole-life funds or overall goal'),
    description: text(
      '计划开始和完成日期不在同一年的项目是跨年度项目，申报表必须同时填写整个周期的“项目资金总额”（财政资金、其他资金）和“项目总目标”，表上印作“项目总目标（2025年-2029年）”。单年度项目这两项可以不填。',
      'A project whose dates span several years must give the whole-life 项目资金总额 and the 项目总目标; single-year projects may omit both.',
    ),
    examples: {
      bad: '计划开始日期: 2025-01-01\n计划完成日期: 2027-12-31\n项目资金:\n  年度资金申请总额: { 当年财政拨款: 100, 上年结转资金: 0, 其他资金: 0 }\n绩效目标:\n  年度总体目标: ……',
      good: '计划开始日期: 2025-01-01\n计划完成日期: 2027-12-31\n项目资金:\n  项目资金总额: { 财政资金: 300, 其他资金: 0 }\n  年度资金申请总额: { 当年财政拨款: 100, 上年结转资金: 0, 其他资金: 0 }\n绩效目标:\n  项目总目标: ……\n  年度总体目标: ……',
    },
  },
  needs: ['start', 'end', 'funds', 'goals'],
  check({ decl, report }) {
    const span = multiYearSpan(decl);
    if (!span) return;
    if (!decl.funds.wholeLife) report({ path: decl.funds.path, part: 'key', messageId: 'no-whole-life', data: span });
    if (decl.goals.overall === undefined || decl.goals.overall.value.trim() === '') report({ path: decl.goals.path, part: 'key', messageId: 'no-overall-goal', data: span });
  },
});
