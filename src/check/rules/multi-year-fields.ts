import { text } from '../../diagnostics/types.js';
import { isMultiYear } from '../../model/declaration.js';
import type { Rule } from '../rule.js';

export const multiYearFields: Rule = {
  id: 'multi-year-fields',
  severity: 'error',
  title: text('跨年度项目缺少项目资金总额或项目总目标', 'Multi-year project without whole-life funds or overall goal'),
  description: text(
    '计划开始和完成日期不在同一年的项目是跨年度项目，申报表必须同时填写整个周期的“项目资金总额”（财政资金、其他资金）和“项目总目标”，表上印作“项目总目标（2025年-2029年）”。单年度项目这两项可以不填。',
    'A project whose dates span several years must give the whole-life 项目资金总额 and the 项目总目标; single-year projects may omit both.',
  ),
  examples: {
    bad: '计划开始日期: 2025-01-01\n计划完成日期: 2027-12-31\n项目资金:\n  年度资金申请总额: { 当年财政拨款: 100, 上年结转资金: 0, 其他资金: 0 }\n绩效目标:\n  年度总体目标: ……',
    good: '计划开始日期: 2025-01-01\n计划完成日期: 2027-12-31\n项目资金:\n  项目资金总额: { 财政资金: 300, 其他资金: 0 }\n  年度资金申请总额: { 当年财政拨款: 100, 上年结转资金: 0, 其他资金: 0 }\n绩效目标:\n  项目总目标: ……\n  年度总体目标: ……',
  },
  check({ decl, report }) {
    if (!isMultiYear(decl)) return;
    const years = `${decl.start.written.slice(0, 4)}—${decl.end.written.slice(0, 4)}`;
    if (!decl.funds.wholeLife) {
      report({
        path: ['项目资金'],
        part: 'key',
        message: text(
          `这是跨年度项目（${years}年），必须填写“项目资金总额”（整个周期的财政资金和其他资金）。`,
          `This project spans ${years}: give 项目资金总额 (the whole-life 财政资金 and 其他资金).`,
        ),
      });
    }
    if (decl.goals.overall === undefined || decl.goals.overall.trim() === '') {
      report({
        path: ['绩效目标'],
        part: 'key',
        message: text(`这是跨年度项目（${years}年），必须填写“项目总目标”（整个周期的目标）。`, `This project spans ${years}: give 项目总目标 (the goal for the whole period).`),
      });
    }
  },
};
