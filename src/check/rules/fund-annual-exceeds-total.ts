import { text } from '../../diagnostics/types.js';
import { formatYuan } from '../../model/money.js';
import { annualColumn, totalOf, wholeLifeColumn } from '../fund-columns.js';
import type { Rule } from '../rule.js';

export const fundAnnualExceedsTotal: Rule = {
  id: 'fund-annual-exceeds-total',
  severity: 'error',
  title: text('年度资金申请总额超过项目资金总额', 'Annual funding exceeds the whole-life total'),
  description: text(
    '一年申请的资金不可能超过整个项目周期的资金：年度资金申请总额必须小于或等于项目资金总额。常见原因是两栏填反，或项目资金总额只填了往年的数。',
    "One year's request cannot exceed the whole project's funding: 年度资金申请总额 must not exceed 项目资金总额. Often the two columns are swapped.",
  ),
  examples: {
    bad: '项目资金总额:\n  财政资金: 1,000,000.00\n  其他资金: 0\n年度资金申请总额:\n  当年财政拨款: 2,000,000.00\n  上年结转资金: 0\n  其他资金: 0',
    good: '项目资金总额:\n  财政资金: 5,000,000.00\n  其他资金: 0\n年度资金申请总额:\n  当年财政拨款: 2,000,000.00\n  上年结转资金: 0\n  其他资金: 0',
  },
  check({ decl, report }) {
    const annual = annualColumn(decl);
    const whole = wholeLifeColumn(decl);
    if (!annual || !whole) return;
    const a = totalOf(annual);
    const w = totalOf(whole);
    if (a <= w) return;
    report({
      path: annual.stated?.amount.path ?? decl.funds.annual.path,
      part: annual.stated ? 'value' : 'key',
      message: text(
        `年度资金申请总额 ${formatYuan(a)} 超过了项目资金总额 ${formatYuan(w)}。一年的申请不能超过整个项目周期的资金，请核对两栏是否填反。`,
        `The annual request ${formatYuan(a)} exceeds the whole-life total ${formatYuan(w)}. Check whether the two columns are swapped.`,
      ),
      notes: [{ path: whole.stated?.amount.path ?? decl.funds.wholeLife!.path, part: whole.stated ? 'value' : 'key', message: text(`项目资金总额 ${formatYuan(w)}`, `whole-life total ${formatYuan(w)}`) }],
    });
  },
};
