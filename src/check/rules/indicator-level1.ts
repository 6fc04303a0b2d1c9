import { text } from '../../diagnostics/types.js';
import { LEVEL1, level1Of } from '../../model/taxonomy.js';
import { didYouMean } from '../../util/suggest.js';
import { canonicalLevel1 } from '../../analysis/indicator-system.js';
import { defineModelRule } from '../rule.js';

export const indicatorLevel1 = defineModelRule({
  id: 'indicator-level1',
  severity: 'error',
  docs: {
    title: text('未知的一级指标', 'Unknown 一级指标'),
    description: text(
      '绩效指标的一级指标只有四个：成本指标、产出指标、效益指标、满意度指标（财政部绩效指标体系）。其他名称都不是一级指标；如果写的是一个二级指标（如 数量指标），会提示它应放在哪个一级指标下。',
      'There are four 一级指标: 成本指标, 产出指标, 效益指标, 满意度指标. A 二级 label at this level is pointed to its 一级.',
    ),
    examples: { bad: '绩效指标:\n  数量指标:\n    - 培训次数: ≥4 次', good: '绩效指标:\n  产出指标:\n    数量指标:\n      - 培训次数: ≥4 次' },
  },
  needs: ['indicators'],
  check({ decl, profile, report }) {
    for (const g of decl.indicators.groups) {
      // A 一级 of the system, or a label the profile (or a recognised regional form) maps to one.
      if (canonicalLevel1(g.name, profile.system)) continue;
      const parent = level1Of(g.name);
      if (parent) {
        report({ path: g.path, part: 'key', messageId: 'is-level2', data: { name: g.name, parent } });
        continue;
      }
      const guess = didYouMean(g.name, LEVEL1);
      report({
        path: g.path,
        part: 'key',
        messageId: 'unknown',
        data: { name: g.name, ...(guess && { guess }) },
        ...(guess && { suggestions: [{ messageId: 'suggest-level1', data: { level1: guess }, edits: [{ path: g.path, part: 'key', text: guess }] }] }),
      });
    }
  },
});
