import { text } from '../../diagnostics/types.js';
import { annualColumn, columnTotal, wholeLifeColumn, amountFormatter } from '../fund-columns.js';
import { defineModelRule } from '../rule.js';

export const fundAnnualExceedsTotal = defineModelRule({
  id: 'fund-annual-exceeds-total',
  severity: 'error',
  docs: {
    title: text('年度资金申请总额超过项目资金总额', 'Annual funding exceeds the whole-life total'),
    description: text(
      '一年申请的资金不可能超过整个项目周期的资金：年度资金申请总额必须小于或等于项目资金总额。常见原因是两栏填反，或项目资金总额只填了往年的数。',
      "One year's request cannot exceed the whole project's funding: 年度资金申请总额 must not exceed 项目资金总额. Often the two columns are swapped.",
    ),
    examples: {
      bad: '项目资金总额:\n  财政资金: 1,000,000.00\n  其他资金: 0\n年度资金申请总额:\n  当年财政拨款: 2,000,000.00\n  上年结转资金: 0\n  其他资金: 0',
      good: '项目资金总额:\n  财政资金: 5,000,000.00\n  其他资金: 0\n年度资金申请总额:\n  当年财政拨款: 2,000,000.00\n  上年结转资金: 0\n  其他资金: 0',
    },
  },
  needs: ['funds'],
  check({ decl, report }) {
    const fmt = amountFormatter(decl.funds);
    const annual = annualColumn(decl);
    const whole = wholeLifeColumn(decl);
    if (!annual || !whole) return;
    const a = columnTotal(annual);
    const w = columnTotal(whole);
    if (a.fen <= w.fen) return;
    report({
      path: a.path,
      part: a.part,
      messageId: 'exceeds',
      data: { annual: fmt(a.fen), wholeLife: fmt(w.fen) },
      notes: [{ path: w.path, part: w.part, messageId: 'whole-life-total', data: { wholeLife: fmt(w.fen) } }],
    });
  },
});
