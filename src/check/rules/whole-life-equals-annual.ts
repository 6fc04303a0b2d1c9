import { text } from '../../diagnostics/types.js';
import { multiYearSpan } from '../../model/declaration.js';
import { annualColumn, columnTotal, totalOf, wholeLifeColumn, amountFormatter } from '../fund-columns.js';
import { defineModelRule } from '../rule.js';

export const wholeLifeEqualsAnnual = defineModelRule({
  id: 'whole-life-equals-annual',
  severity: 'warning',
  docs: {
    title: text('跨年度项目的项目资金总额等于一年的申请额', 'Multi-year project: whole-life total equals one year'),
    description: text(
      '跨年度项目的“项目资金总额”是整个项目周期（各年合计）的资金。它与本年度的申请额完全相同，通常说明只填了当年的数。若项目确实只在本年度安排资金，可以忽略此提醒。',
      "For a multi-year project 项目资金总额 covers all years. Equal to this year's request usually means only this year was entered; ignore if the project really is funded in one year only.",
    ),
    examples: {
      bad: '计划开始日期: 2025-01-01\n计划完成日期: 2029-12-31\n项目资金:\n  项目资金总额:\n    财政资金: 10,740,000.00\n    其他资金: 0\n  年度资金申请总额:\n    当年财政拨款: 10,740,000.00\n    上年结转资金: 0\n    其他资金: 0',
      good: '计划开始日期: 2025-01-01\n计划完成日期: 2029-12-31\n项目资金:\n  项目资金总额:\n    财政资金: 53,700,000.00\n    其他资金: 0\n  年度资金申请总额:\n    当年财政拨款: 10,740,000.00\n    上年结转资金: 0\n    其他资金: 0',
    },
  },
  needs: ['start', 'end', 'funds'],
  check({ decl, report }) {
    const fmt = amountFormatter(decl.funds);
    const span = multiYearSpan(decl);
    if (!span) return;
    const annual = annualColumn(decl);
    const whole = wholeLifeColumn(decl);
    if (!annual || !whole) return;
    const w = columnTotal(whole);
    if (w.fen !== totalOf(annual) || w.fen === 0n) return;
    report({ path: w.path, part: w.part, messageId: 'equal', data: { ...span, total: fmt(w.fen) } });
  },
});
