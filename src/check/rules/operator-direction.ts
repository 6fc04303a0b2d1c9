import { text } from '../../diagnostics/types.js';
import { allIndicators } from '../../model/declaration.js';
import { isCostName, isHigherBetterName } from '../indicator-names.js';
import { defineModelRule } from '../rule.js';

export const operatorDirection = defineModelRule({
  id: 'operator-direction',
  severity: 'warning',
  docs: {
    title: text('比较符号方向与指标性质相反', 'Operator points the wrong way'),
    description: text(
      '满意度、合格率、运行率、及时率这类指标越高越好，目标应写 ≥ 或 =，写成 ≤90% 等于说“满意度不超过 90% 即达标”。成本和费用指标是上限，应写 ≤ 或 =，写成 ≥ 等于鼓励多花钱。',
      'Satisfaction and rates such as 合格率 or 运行率 are "higher is better": use ≥ or =, not ≤. Costs are ceilings: use ≤ or =, not ≥.',
    ),
    examples: { bad: '- 网民满意度: ≤90%\n- 公务用车次均成本: ≥1000 元/次', good: '- 网民满意度: ≥90%\n- 公务用车次均成本: ≤1000 元/次' },
  },
  needs: ['indicators'],
  check({ decl, report }) {
    for (const ind of allIndicators(decl)) {
      const v = ind.value;
      if (v.kind !== 'quantity') continue;
      const data = { name: ind.name, op: v.op, number: v.number, unit: v.unit };
      if ((v.op === '≤' || v.op === '<') && isHigherBetterName(ind.name)) {
        report({ path: ind.path, messageId: 'higher-is-better', data });
      } else if ((v.op === '≥' || v.op === '>') && (ind.level1 === '成本指标' || isCostName(ind.name)) && !isHigherBetterName(ind.name)) {
        // A 预算执行率 under 成本指标 is a rate to reach, not a ceiling.
        report({ path: ind.path, messageId: 'cost-ceiling', data });
      }
    }
  },
});
