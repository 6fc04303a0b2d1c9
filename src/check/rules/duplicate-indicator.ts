import { text } from '../../diagnostics/types.js';
import { allIndicators, type Indicator } from '../../model/declaration.js';
import { nameKey } from '../../model/names.js';
import { defineModelRule } from '../rule.js';

export const duplicateIndicator = defineModelRule({
  id: 'duplicate-indicator',
  severity: 'warning',
  docs: {
    title: text('同一张表中三级指标重名', 'Duplicate 三级指标'),
    description: text(
      '同一张申报表里两个三级指标同名（即使在不同的分组下），通常是复制粘贴留下的：评审时无法区分，也会重复计分。请删除其一，或改成能区分的名称。',
      'Two 三级指标 with the same name in one form (even in different groups) are usually a copy-paste leftover. Remove one or rename it.',
    ),
    examples: {
      bad: '社会效益指标:\n  - 车辆安全保障天数: =365 天\n可持续影响指标:\n  - 车辆安全保障天数: =365 天',
      good: '社会效益指标:\n  - 车辆安全保障天数: =365 天\n可持续影响指标:\n  - 机关服务保障能力: 持续提升',
    },
  },
  needs: ['indicators'],
  check({ decl, report }) {
    const first = new Map<string, Indicator>();
    for (const ind of allIndicators(decl)) {
      const key = nameKey(ind.name);
      const prev = first.get(key);
      if (!prev) {
        first.set(key, ind);
        continue;
      }
      report({
        path: ind.path,
        part: 'key',
        messageId: 'duplicate',
        data: { name: ind.name, level1: prev.level1, level2: prev.level2 },
        notes: [{ path: prev.path, part: 'key', messageId: 'first-used' }],
      });
    }
  },
});
