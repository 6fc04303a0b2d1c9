import { text } from '../../diagnostics/types.js';
import { allIndicators } from '../../model/declaration.js';
import { numericValue } from '../../model/indicator-value.js';
import { isGrowthName, isPercentUnit } from '../indicator-names.js';
import { defineModelRule } from '../rule.js';

export const percentOver100 = defineModelRule({
  id: 'percent-over-100',
  severity: 'warning',
  docs: {
    title: text('百分比超过 100%', 'Percentage above 100%'),
    description: text(
      '完成率、覆盖率、满意度这类比例不可能超过 100%。超过 100% 多半是单位写错（如把次数写成了 %）。增长率、同比增加率这类名称例外，它们可以超过 100%。',
      'Shares such as completion rates or satisfaction cannot exceed 100%; growth rates (增长率, 同比增加率) may.',
    ),
    examples: { bad: '- 培训覆盖率: ≥120%', good: '- 培训覆盖率: =100%\n- 案件数同比增长率: ≥120%' },
  },
  needs: ['indicators'],
  check({ decl, report }) {
    for (const ind of allIndicators(decl)) {
      const v = ind.value;
      if ((v.kind !== 'quantity' && v.kind !== 'bare-quantity') || !isPercentUnit(v.unit) || isGrowthName(ind.name)) continue;
      // 120‰ is 12%: per-mille values exceed 100% only above 1000.
      const perMille = v.unit === '‰';
      const n = numericValue(v)!;
      if (!(n > (perMille ? 1000 : 100))) continue;
      report({ path: ind.path, messageId: 'over-100', data: { name: ind.name, shown: `${v.number}${perMille ? '‰' : '%'}` } });
    }
  },
});
