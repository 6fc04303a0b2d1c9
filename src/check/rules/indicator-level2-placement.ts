import { text } from '../../diagnostics/types.js';
import { level1Of } from '../../model/taxonomy.js';
import { canonicalLevel1, canonicalLevel2 } from '../../analysis/indicator-system.js';
import { defineModelRule } from '../rule.js';

export const indicatorLevel2Placement = defineModelRule({
  id: 'indicator-level2-placement',
  severity: 'error',
  docs: {
    title: text('二级指标放错了一级指标', '二级指标 under the wrong 一级指标'),
    description: text(
      '每个标准二级指标只属于一个一级指标：数量、质量、时效指标属于产出指标；经济、社会、生态效益指标和可持续影响指标属于效益指标；经济、社会、生态环境成本指标属于成本指标；服务对象满意度指标属于满意度指标。放错位置会让汇总统计出错。',
      'Each standard 二级指标 belongs to exactly one 一级指标 (数量/质量/时效 → 产出; 经济/社会/生态效益, 可持续影响 → 效益; 经济/社会/生态环境成本 → 成本; 服务对象满意度 → 满意度).',
    ),
    examples: {
      bad: '效益指标:\n  数量指标:\n    - 培训次数: ≥4 次',
      good: '产出指标:\n  数量指标:\n    - 培训次数: ≥4 次',
    },
  },
  needs: ['indicators'],
  check({ decl, profile, report }) {
    const system = profile.system;
    for (const l1 of decl.indicators.groups) {
      const c1 = canonicalLevel1(l1.name, system);
      if (!c1) continue;
      for (const l2 of l1.groups) {
        const c2 = canonicalLevel2(l2.name, system);
        // Judged by the file's system: the older one allows 服务对象满意度指标 under 效益指标.
        if (system.level2[c1].includes(c2)) continue;
        const home = level1Of(c2);
        if (!home || home === c1) continue;
        report({ path: l2.path, part: 'key', messageId: 'misplaced', data: { level2: l2.name, home, level1: l1.name } });
      }
    }
  },
});
