import { text } from '../../diagnostics/types.js';
import { allIndicators } from '../../model/declaration.js';
import { isCostName, isCountName, isMoneyUnit, isPercentUnit, isRateName, isSatisfactionName } from '../indicator-names.js';
import { defineModelRule, type Report } from '../rule.js';

type Problem = Omit<Report<'unit-mismatch'>, 'path'>;

/** What is wrong with this name/unit pair, if anything. */
export function unitProblem(name: string, unit: string): Problem | undefined {
  if (isCountName(name) && isPercentUnit(unit)) return { messageId: 'count-in-percent', data: { name, unit: unit === '百分比' ? '%' : unit } };
  if ((isRateName(name) || isSatisfactionName(name)) && !isPercentUnit(unit)) return { messageId: 'rate-not-percent', data: { name, unit } };
  if (isCostName(name) && !isMoneyUnit(unit) && !isPercentUnit(unit)) return { messageId: 'cost-not-money', data: { name, unit } };
  return undefined;
}

export const unitMismatch = defineModelRule({
  id: 'unit-mismatch',
  severity: 'warning',
  docs: {
    title: text('计量单位与指标名称矛盾', 'Unit contradicts the indicator name'),
    description: text(
      '指标名称已经说明了要计量什么：“…次数”“…人数”是数量，不能以 % 计；“…率”和“…满意度”是比率，应以 % 计（“频率”除外，如 ≥2(周次)）；“…成本”“…费”应以金额（元、万元/次）或费率（%）计。矛盾多半是复制相邻一行时没改单位，真实获批的表中也出现过（“检查督导次数 =100%”）。',
      'The name says what is measured: counts (…次数, …人数) are not in %; rates (…率, except 频率) and satisfaction are in %; costs (…成本, …费) are money or a rate. A mismatch is usually a copied row whose unit was not changed.',
    ),
    examples: { bad: '- 网上专项管理检查督导次数: =100%\n- 网民满意度: ≥90 分', good: '- 网上专项管理检查督导次数: ≥12 次\n- 网民满意度: ≥90%' },
  },
  needs: ['indicators'],
  check({ decl, report }) {
    for (const ind of allIndicators(decl)) {
      const v = ind.value;
      if (v.kind !== 'quantity' && v.kind !== 'bare-quantity') continue;
      const problem = unitProblem(ind.name, v.unit);
      if (problem) report({ ...problem, path: ind.path } as Report<'unit-mismatch'>);
    }
  },
});
