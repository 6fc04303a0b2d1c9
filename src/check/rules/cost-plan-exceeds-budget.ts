import { text } from '../../diagnostics/types.js';
import { defineModelRule } from '../rule.js';
import { costCheck, sumData, sumReport, termNotes, totalReport } from './cost-findings.js';

/**
 * The cost arithmetic of the Shanghai 2025 指引 at the stated figures:
 * 单位成本 × the matching 数量 + 分项成本 must fit the money requested, a
 * 总成本 must not exceed it, and the 分项成本 must not add up to more than
 * the 总成本. A `≤` cost is a ceiling, so exceeding it on paper is a plan
 * that does not fit its budget (a warning); what is certain is
 * cost-exceeds-budget.
 */
export const costPlanExceedsBudget = defineModelRule({
  id: 'cost-plan-exceeds-budget',
  severity: 'warning',
  docs: {
    title: text('按目标值计算，成本超过了申请的资金', 'At their targets, the costs exceed the money requested'),
    description: text(
      '成本指标应与预算金额相匹配（上海市 2025 年《项目支出核心绩效目标和指标设置及取值指引》要求分别设置总成本、单位成本和分项成本）。本规则按成本指标的目标值计算：单位成本（万元/次、元/人 …）乘以对应的数量指标（按计量单位和名称中相同的词语找到，如 引导评价成本 ≤1.10(万元/次) 对应 引导次数 ≥100(次)），加上各项费用（分项成本），与年度资金申请总额（跨年度项目为项目资金总额）比较；总成本不应超过申请的资金，各项成本之和也不应超过总成本。元、万元、亿元精确换算，提示中列出完整算式，如 1.10万元/次 × 100.00次 + 40.00万元 + 35.00万元 + 3.00万元/篇 × 10.00篇 = 215万元。找不到对应数量的单位成本和费率（%）不参与计算。',
      'Costs should match the budget (the Shanghai 2025 guidance asks for 总成本, 单位成本 and 分项成本). At the stated figures, unit costs (万元/次, 元/人 …) times the quantity they belong to (found by unit and shared words: 引导评价成本 ≤1.10(万元/次) with 引导次数 ≥100(次)) plus the other costs must not exceed 年度资金申请总额 (项目资金总额 for a multi-year project); a total cost must not exceed it either, and the parts must not exceed the total cost. 元, 万元 and 亿元 convert exactly; the message shows the whole computation. Unit costs with no matching quantity and rates (%) are left out.',
    ),
    examples: {
      bad: '年度资金申请总额:\n  当年财政拨款: 2,000,000.00\n…\n成本指标:\n  经济成本指标:\n    - 培训人均成本: ≤5,000 元/人\n    - 场地租赁费: ≤20 万元\n产出指标:\n  数量指标:\n    - 培训人数: ≥500 人',
      good: '年度资金申请总额:\n  当年财政拨款: 2,000,000.00\n…\n成本指标:\n  经济成本指标:\n    - 培训人均成本: ≤3,000 元/人\n    - 场地租赁费: ≤20 万元\n产出指标:\n  数量指标:\n    - 培训人数: ≥500 人',
    },
  },
  needs: ['funds', 'indicators'],
  uses: ['start', 'end'],
  check({ decl, report }) {
    const c = costCheck(decl);
    if (!c) return;
    for (const f of c.findings) {
      if (f.kind === 'sum-exceeds' && !f.certain) report(sumReport(decl, c, c.plan));
      else if (f.kind === 'total-exceeds' && !f.certain) report(totalReport(decl, c, f));
      else if (f.kind === 'parts-exceed-total') {
        const { terms, total } = sumData(c, c.plan, c.plan.plannedYuan);
        report({ path: f.total.ref.path, messageId: 'parts-over-total', data: { terms, total, indicator: f.total.name, value: f.total.written }, notes: termNotes(c.plan) });
      }
    }
  },
});
