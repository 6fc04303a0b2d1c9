import { text } from '../../diagnostics/types.js';
import { PROJECT_NATURES } from '../../model/taxonomy.js';
import { didYouMean } from '../../util/suggest.js';
import type { Rule } from '../rule.js';

export const projectNature: Rule = {
  id: 'project-nature',
  severity: 'warning',
  title: text('项目性质不是常见取值', 'Unusual 项目性质'),
  description: text(
    '项目性质是自由文本，但常见取值是：一次性项目、经常性项目、阶段性项目，以及旧口径的 经常性专项业务费、其他经常性项目、专项资金、其他一次性项目、结转项目。其他写法多半是笔误，因此提醒；本地口径不同的单位可以在 declare.config.yaml 中补充允许的取值。',
    '项目性质 is free text, but the known values are listed above; anything else is probably a typo. Units with a different local vocabulary can add values in declare.config.yaml.',
  ),
  examples: { bad: '项目性质: 经常性专项', good: '项目性质: 经常性专项业务费' },
  check({ decl, options, report }) {
    const known = [...PROJECT_NATURES, ...options.extraNatures];
    if (known.includes(decl.nature)) return;
    const guess = didYouMean(decl.nature, known);
    report({
      path: ['项目性质'],
      message: text(
        `项目性质“${decl.nature}”不是常见取值（${PROJECT_NATURES.join('、')}）。${guess ? `您是不是想写“${guess}”？` : '如果这是本地口径，可在 declare.config.yaml 中补充。'}`,
        `项目性质 "${decl.nature}" is not a known value.${guess ? ` Did you mean "${guess}"?` : ' Add local values in declare.config.yaml.'}`,
      ),
    });
  },
};
