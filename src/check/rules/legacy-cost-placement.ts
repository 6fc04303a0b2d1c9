import { text } from '../../diagnostics/types.js';
import { canonicalLevel1, canonicalLevel2 } from '../../analysis/indicator-system.js';
import { defineModelRule } from '../rule.js';

export const legacyCostPlacement = defineModelRule({
  id: 'legacy-cost-placement',
  severity: 'warning',
  docs: {
    title: text('成本指标放在产出指标下（旧版指标体系的写法）', '成本指标 under 产出指标 (the older indicator system)'),
    description: text(
      '旧版指标体系（2021 年以前通行，一些地区的表格仍在沿用）把“成本指标”作为产出指标下的二级指标。现行体系中成本指标是一级指标，下分 经济成本指标、社会成本指标、生态环境成本指标。沿用旧模板的表格请把这一组移出产出指标。',
      'The older indicator system (common before 2021, still on some regional forms) put 成本指标 as a 二级 under 产出指标. It is now a 一级 with 经济成本指标, 社会成本指标 and 生态环境成本指标 below it.',
    ),
    examples: {
      bad: '产出指标:\n  成本指标:\n    - 公务用车次均成本: ≤1000 元/次',
      good: '成本指标:\n  经济成本指标:\n    - 公务用车次均成本: ≤1000 元/次',
    },
  },
  needs: ['indicators'],
  check({ decl, profile, report }) {
    // Judged by the older system (chosen, or recognised: indicator-system says so once), the place is right.
    if (profile.system.id === 'legacy') return;
    for (const l1 of decl.indicators.groups) {
      if (canonicalLevel1(l1.name, profile.system) !== '产出指标') continue;
      for (const l2 of l1.groups) if (canonicalLevel2(l2.name, profile.system) === '成本指标') report({ path: l2.path, part: 'key', messageId: 'legacy' });
    }
  },
});
