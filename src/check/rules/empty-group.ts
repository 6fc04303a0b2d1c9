import { text } from '../../diagnostics/types.js';
import type { Rule } from '../rule.js';

export const emptyGroup: Rule = {
  id: 'empty-group',
  severity: 'error',
  title: text('一级或二级指标下没有任何指标', 'Empty indicator group'),
  description: text(
    '写出来的一级指标下至少要有一个二级指标，二级指标下至少要有一个三级指标。空的分组在表上会是一行没有内容的标题，多半是漏填或缩进错了（三级指标没有比二级指标多缩进）。',
    'A 一级 needs at least one 二级, a 二级 at least one 三级. An empty group is usually a forgotten entry or a wrong indentation.',
  ),
  examples: { bad: '产出指标:\n  数量指标:\n  质量指标:\n    - 验收合格率: =100%', good: '产出指标:\n  数量指标:\n    - 培训次数: ≥4 次\n  质量指标:\n    - 验收合格率: =100%' },
  check({ decl, report }) {
    for (const l1 of decl.indicators) {
      if (l1.groups.length === 0) {
        report({ path: l1.path, part: 'key', message: text(`一级指标「${l1.name}」下没有任何二级指标。请补充，或删除这一行。`, `"${l1.name}" has no 二级指标; add some or remove it.`) });
      }
      for (const l2 of l1.groups) {
        if (l2.items.length > 0) continue;
        report({
          path: l2.path,
          part: 'key',
          message: text(
            `「${l1.name} › ${l2.name}」下没有任何三级指标。请补充（每行“- 名称: 指标值”，比「${l2.name}」多缩进两格），或删除这一行。`,
            `"${l1.name} › ${l2.name}" has no indicators; add "- name: value" lines indented under it, or remove it.`,
          ),
        });
      }
    }
  },
};
