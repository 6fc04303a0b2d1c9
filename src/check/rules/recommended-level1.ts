import { text } from '../../diagnostics/types.js';
import { RECOMMENDED_LEVEL1 } from '../../model/taxonomy.js';
import { level1Present } from '../level1-present.js';
import type { Rule } from '../rule.js';

export const recommendedLevel1: Rule = {
  id: 'recommended-level1',
  severity: 'warning',
  title: text('没有成本指标或满意度指标', 'No 成本指标 or 满意度指标'),
  description: text(
    '现行的绩效指标体系（2021 年起）由成本、产出、效益、满意度四类一级指标组成。缺少成本指标或满意度指标的申报表在审核中常被退回，建议补充；确实无法设置时可以忽略此提醒。',
    'The current framework (since 2021) has four 一级指标: 成本, 产出, 效益, 满意度. Forms without 成本指标 or 满意度指标 are often sent back; add them where possible.',
  ),
  examples: {
    bad: '绩效指标:\n  产出指标: …\n  效益指标: …',
    good: '绩效指标:\n  成本指标:\n    经济成本指标:\n      - 预算刚性约束: 不超预算\n  产出指标: …\n  效益指标: …\n  满意度指标:\n    服务对象满意度指标:\n      - 服务对象满意度: ≥90%',
  },
  check({ decl, report }) {
    // Present though misplaced counts: the placement rules say where it belongs.
    const present = level1Present(decl);
    for (const l1 of RECOMMENDED_LEVEL1) {
      if (present.has(l1)) continue;
      report({
        path: ['绩效指标'],
        part: 'key',
        message: text(`绩效指标中没有「${l1}」。现行指标体系包含成本、产出、效益、满意度四类，建议补充${l1}。`, `绩效指标 has no "${l1}"; the current framework expects it.`),
      });
    }
  },
};
