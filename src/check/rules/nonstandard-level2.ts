import { text } from '../../diagnostics/types.js';
import { z } from 'zod';
import { level1Of } from '../../model/taxonomy.js';
import { didYouMean } from '../../util/suggest.js';
import { canonicalLevel1, canonicalLevel2 } from '../../analysis/indicator-system.js';
import { defineModelRule } from '../rule.js';

export const nonstandardLevel2 = defineModelRule({
  id: 'nonstandard-level2',
  severity: 'warning',
  docs: {
    title: text('非标准的二级指标名称', 'Non-standard 二级指标 label'),
    description: text(
      '二级指标应使用指标体系中的标准名称（如产出指标下的 数量指标、质量指标、时效指标）。实际获批的表中也出现过“支撑服务”这样的自拟名称，所以只提醒不报错；若本地口径允许，可在 declare.config.yaml 中补充。',
      'Use the framework\'s 二级 labels. Approved forms contain home-made ones such as 支撑服务, so this is only a warning; add local labels in declare.config.yaml.',
    ),
    examples: { bad: '产出指标:\n  支撑服务:\n    - 各类报告编制服务: ≥2 次', good: '产出指标:\n  数量指标:\n    - 各类报告编制服务: ≥2 次' },
  },
  needs: ['indicators'],
  /** `allow`: the unit's own 二级 labels (also settable as `allow: { 二级指标: [...] }`). */
  options: z.strictObject({ allow: z.array(z.string().trim().min(1)).default([]) }),
  check({ decl, options, profile, report }) {
    const system = profile.system;
    for (const l1 of decl.indicators.groups) {
      const c1 = canonicalLevel1(l1.name, system);
      if (!c1) continue;
      // The labels of the file's system: the older one has 成本指标 under 产出指标, 满意度指标 under 满意度指标.
      const standard: readonly string[] = system.level2[c1];
      for (const l2 of l1.groups) {
        const c2 = canonicalLevel2(l2.name, system);
        if (standard.includes(c2) || level1Of(c2) || options.allow.includes(l2.name)) continue;
        if (c1 === '产出指标' && c2 === '成本指标') continue; // legacy-cost-placement says more
        const guess = didYouMean(l2.name, standard);
        report({
          path: l2.path,
          part: 'key',
          messageId: 'nonstandard',
          data: { level2: l2.name, level1: l1.name, standard, ...(guess && { guess }) },
          ...(guess && { suggestions: [{ messageId: 'suggest-level2', data: { level2: guess }, edits: [{ path: l2.path, part: 'key', text: guess }] }] }),
        });
      }
    }
  },
});
