import { text } from '../../diagnostics/types.js';
import { defineLoadRule } from '../rule.js';

/** Reported by the loader (src/load/) while reading the file. */
export const yamlDuplicateKey = defineLoadRule({
  id: 'yaml-duplicate-key',
  severity: 'error',
  docs: {
    title: text('同一层级出现重复的键', 'Duplicate key'),
    description: text(
      '同一个映射里不能有两个相同的键。YAML 只会保留其中一个，另一个的内容就悄悄丢失了（例如两个“数量指标:”分组，前一组的指标会全部消失）。请把重复的键合并。',
      'A mapping cannot hold the same key twice: YAML keeps only one and silently drops the other (two 数量指标: groups lose the first group). Merge them.',
    ),
    examples: {
      bad: '产出指标:\n  数量指标:\n    - 培训次数: ≥4 次\n  数量指标:\n    - 培训人数: ≥500 人',
      good: '产出指标:\n  数量指标:\n    - 培训次数: ≥4 次\n    - 培训人数: ≥500 人',
    },
  },
});
