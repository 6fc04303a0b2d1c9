import { text } from '../../diagnostics/types.js';
import { z } from 'zod';
import { PROJECT_NATURES } from '../../model/taxonomy.js';
import { didYouMean } from '../../util/suggest.js';
import { defineModelRule } from '../rule.js';

export const projectNature = defineModelRule({
  id: 'project-nature',
  severity: 'warning',
  docs: {
    title: text('项目性质不是常见取值', 'Unusual 项目性质'),
    description: text(
      '项目性质是自由文本，但常见取值是：一次性项目、经常性项目、阶段性项目，以及旧口径的 经常性专项业务费、其他经常性项目、专项资金、其他一次性项目、结转项目。其他写法多半是笔误，因此提醒；本地口径不同的单位可以在 declare.config.yaml 中补充允许的取值。',
      '项目性质 is free text, but the known values are listed above; anything else is probably a typo. Units with a different local vocabulary can add values in declare.config.yaml.',
    ),
    examples: { bad: '项目性质: 经常性专项', good: '项目性质: 经常性专项业务费' },
  },
  needs: ['nature'],
  /** `allow`: the unit's own 项目性质 values (also settable as `allow: { 项目性质: [...] }`). */
  options: z.strictObject({ allow: z.array(z.string().trim().min(1)).default([]) }),
  check({ decl, options, report }) {
    const { value, path } = decl.nature;
    const known = [...PROJECT_NATURES, ...options.allow];
    if (known.includes(value)) return;
    const guess = didYouMean(value, known);
    report({
      path,
      messageId: 'unusual',
      data: { value, ...(guess && { guess }) },
      ...(guess && { suggestions: [{ messageId: 'suggest-nature', data: { value: guess }, edits: [{ path, text: guess }] }] }),
    });
  },
});
