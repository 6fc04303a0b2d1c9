import { text } from '../../diagnostics/types.js';
import { defineModelRule } from '../rule.js';
import { certainPart, costCheck, sumReport, totalReport } from './cost-findings.js';

/**
 * The certain half of the cost arithmetic: what the cost indicators fix
 * (`=130万元`, `≥20万元`) already exceeds the money requested, so the form
 * contradicts itself whatever happens. The other half, at the stated
 * figures, is cost-plan-exceeds-budget.
 */
export const costExceedsBudget = defineModelRule({
  id: 'cost-exceeds-budget',
  severity: 'error',
  docs: {
    title: text('成本指标确定的金额超过了申请的资金', 'The costs the indicators fix exceed the money requested'),
    description: text(
      '成本指标中写成“=”或“≥”的金额（如 普法宣传费 =130 万元）是至少要花的钱。它们之和（或一个这样写的总成本）超过年度资金申请总额（跨年度项目为项目资金总额）时，表格自相矛盾，因此报错。提示列出参与相加的每一项和算式，元、万元、亿元精确换算，不用浮点数。写成“≤”的成本是上限，不计入这里的和；按目标值计算超出时由 cost-plan-exceeds-budget 提醒。',
      'Costs written with = or ≥ (普法宣传费 =130 万元) are at least what will be spent. When their sum (or such a total cost) exceeds 年度资金申请总额 (项目资金总额 for a multi-year project), the form contradicts itself: an error. The message shows every term and the sum, converting 元, 万元 and 亿元 exactly. Costs written with ≤ are ceilings and are not added here; cost-plan-exceeds-budget checks the figures as targets.',
    ),
    examples: {
      bad: '年度资金申请总额:\n  当年财政拨款: 2,000,000.00\n…\n成本指标:\n  经济成本指标:\n    - 普法宣传费: =130 万元\n    - 网络安全专项检查费: =112 万元',
      good: '年度资金申请总额:\n  当年财政拨款: 2,500,000.00\n…\n成本指标:\n  经济成本指标:\n    - 普法宣传费: =130 万元\n    - 网络安全专项检查费: =112 万元',
    },
  },
  needs: ['funds', 'indicators'],
  uses: ['start', 'end'],
  check({ decl, report }) {
    const c = costCheck(decl);
    if (!c) return;
    for (const f of c.findings) {
      if (f.kind === 'sum-exceeds' && f.certain) report(sumReport(decl, c, certainPart(c.plan)));
      else if (f.kind === 'total-exceeds' && f.certain) report(totalReport(decl, c, f));
    }
  },
});
