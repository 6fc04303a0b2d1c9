import { text } from '../../diagnostics/types.js';
import { annualColumn } from '../fund-columns.js';
import { defineModelRule } from '../rule.js';
import { sumMismatch } from './fund-sum-mismatch.js';

export const fundAnnualSum = defineModelRule({
  id: 'fund-annual-sum',
  severity: 'error',
  docs: {
    title: text('年度资金申请总额合计与各项之和不符', 'Annual funding total does not add up'),
    description: text(
      '填写了“年度资金申请总额 › 合计”时，它必须等于 当年财政拨款 + 上年结转资金 + 其他资金，精确到分。提示中会列出写的合计、算出的合计和参与相加的每一行。不填合计时由 declare 计算。',
      'When 年度资金申请总额 › 合计 is given it must equal 当年财政拨款 + 上年结转资金 + 其他资金, exact to the 分. The message lists the stated and computed totals and each line added. Leave 合计 out to have it computed.',
    ),
    examples: {
      bad: '年度资金申请总额:\n  合计: 2,810,000.00\n  当年财政拨款: 2,800,000.00\n  上年结转资金: 0\n  其他资金: 0',
      good: '年度资金申请总额:\n  合计: 2,810,000.00\n  当年财政拨款: 2,800,000.00\n  上年结转资金: 10,000.00\n  其他资金: 0',
    },
  },
  needs: ['funds'],
  check({ decl, report }) {
    const c = annualColumn(decl);
    const r = c && sumMismatch(c, decl.funds);
    if (r) report(r);
  },
});
