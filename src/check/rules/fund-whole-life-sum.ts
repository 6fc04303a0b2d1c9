import { text } from '../../diagnostics/types.js';
import { wholeLifeColumn } from '../fund-columns.js';
import { defineModelRule } from '../rule.js';
import { sumMismatch } from './fund-sum-mismatch.js';

export const fundWholeLifeSum = defineModelRule({
  id: 'fund-whole-life-sum',
  severity: 'error',
  docs: {
    title: text('项目资金总额合计与各项之和不符', 'Whole-life funding total does not add up'),
    description: text(
      '填写了“项目资金总额 › 合计”时，它必须等于 财政资金 + 其他资金，精确到分。提示中会列出写的合计、算出的合计和参与相加的每一行。',
      'When 项目资金总额 › 合计 is given it must equal 财政资金 + 其他资金, exact to the 分.',
    ),
    examples: {
      bad: '项目资金总额:\n  合计: 10,740,000.00\n  财政资金: 10,000,000.00\n  其他资金: 0',
      good: '项目资金总额:\n  合计: 10,740,000.00\n  财政资金: 10,740,000.00\n  其他资金: 0',
    },
  },
  needs: ['funds'],
  check({ decl, report }) {
    const c = wholeLifeColumn(decl);
    const r = c && sumMismatch(c, decl.funds);
    if (r) report(r);
  },
});
