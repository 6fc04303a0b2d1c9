import { text } from '../../diagnostics/types.js';
import { isLevel1, LEVEL2_BY_LEVEL1, level1Of } from '../../model/taxonomy.js';
import { didYouMean } from '../../util/suggest.js';
import type { Rule } from '../rule.js';

export const nonstandardLevel2: Rule = {
  id: 'nonstandard-level2',
  severity: 'warning',
  title: text('非标准的二级指标名称', 'Non-standard 二级指标 label'),
  description: text(
    '二级指标应使用指标体系中的标准名称（如产出指标下的 数量指标、质量指标、时效指标）。实际获批的表中也出现过“支撑服务”这样的自拟名称，所以只提醒不报错；若本地口径允许，可在 declare.config.yaml 中补充。',
    'Use the framework\'s 二级 labels. Approved forms contain home-made ones such as 支撑服务, so this is only a warning; add local labels in declare.config.yaml.',
  ),
  examples: { bad: '产出指标:\n  支撑服务:\n    - 各类报告编制服务: ≥2 次', good: '产出指标:\n  数量指标:\n    - 各类报告编制服务: ≥2 次' },
  check({ decl, options, report }) {
    for (const l1 of decl.indicators) {
      if (!isLevel1(l1.name)) continue;
      const standard: readonly string[] = LEVEL2_BY_LEVEL1[l1.name];
      for (const l2 of l1.groups) {
        if (level1Of(l2.name) || options.extraLevel2.includes(l2.name)) continue;
        if (l1.name === '产出指标' && l2.name === '成本指标') continue; // legacy-cost-placement says more
        if (isLevel1(l2.name)) {
          // 满意度指标 under 效益指标 (the older system): a 一级 written one level too deep, not an unknown label.
          report({
            path: l2.path,
            part: 'key',
            message: text(
              `「${l2.name}」是一级指标，不是「${l1.name}」下的二级指标（旧版指标体系的写法）。请把这一组移出「${l1.name}」，写成与它并列的「${l2.name}:」，其下用标准二级指标分组（${LEVEL2_BY_LEVEL1[l2.name].join('、')}）。`,
              `"${l2.name}" is a 一级指标, not a 二级 under "${l1.name}" (the older indicator system). Move the group out and make it a 一级 of its own, grouped by ${LEVEL2_BY_LEVEL1[l2.name].join(', ')}.`,
            ),
          });
          continue;
        }
        const guess = didYouMean(l2.name, standard);
        report({
          path: l2.path,
          part: 'key',
          message: text(
            `「${l2.name}」不是「${l1.name}」下的标准二级指标（${standard.join('、')}）。${guess ? `您是不是想写「${guess}」？` : '请改用标准名称，把其中的指标归入相应分组。'}`,
            `"${l2.name}" is not a standard 二级 label under "${l1.name}" (${standard.join(', ')}).${guess ? ` Did you mean "${guess}"?` : ''}`,
          ),
        });
      }
    }
  },
};
