import { text } from '../../diagnostics/types.js';
import { defineModelRule } from '../rule.js';

export const emptyGroup = defineModelRule({
  id: 'empty-group',
  severity: 'error',
  docs: {
    title: text('一级或二级指标下没有任何指标', 'Empty indicator group'),
    description: text(
      '写出来的一级指标下至少要有一个二级指标，二级指标下至少要有一个三级指标。空的分组在表上会是一行没有内容的标题，多半是漏填或缩进错了（三级指标没有比二级指标多缩进）。',
      'A 一级 needs at least one 二级, a 二级 at least one 三级. An empty group is usually a forgotten entry or a wrong indentation.',
    ),
    examples: { bad: '产出指标:\n  数量指标:\n  质量指标:\n    - 验收合格率: =100%', good: '产出指标:\n  数量指标:\n    - 培训次数: ≥4 次\n  质量指标:\n    - 验收合格率: =100%' },
  },
  needs: ['indicators'],
  check({ decl, report }) {
    for (const l1 of decl.indicators.groups) {
      if (l1.groups.length === 0) report({ path: l1.path, part: 'key', messageId: 'no-level2', data: { level1: l1.name } });
      for (const l2 of l1.groups) {
        if (l2.items.length > 0) continue;
        report({ path: l2.path, part: 'key', messageId: 'no-level3', data: { level1: l1.name, level2: l2.name } });
      }
    }
  },
});
