import { text } from '../../diagnostics/types.js';
import { isLevel1, level1Of } from '../../model/taxonomy.js';
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
  check({ decl, report }) {
    for (const l1 of decl.indicators.groups) {
      if (!isLevel1(l1.name)) continue;
      for (const l2 of l1.groups) {
        const home = level1Of(l2.name);
        if (!home || home === l1.name) continue;
        report({ path: l2.path, part: 'key', messageId: 'misplaced', data: { level2: l2.name, home, level1: l1.name } });
      }
    }
  },
});
