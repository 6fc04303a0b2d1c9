import { text } from '../../diagnostics/types.js';
import { RECOMMENDED_LEVEL1 } from '../../model/taxonomy.js';
import { categoriesPresent } from '../../analysis/indicator-system.js';
import { defineModelRule } from '../rule.js';

export const recommendedLevel1 = defineModelRule({
  id: 'recommended-level1',
  severity: 'warning',
  docs: {
    title: text('没有成本指标或满意度指标', 'No 成本指标 or 满意度指标'),
    description: text(
      '现行的绩效指标体系（2021 年起）由成本、产出、效益、满意度四类一级指标组成。缺少成本指标或满意度指标的申报表在审核中常被退回，建议补充；确实无法设置时可以忽略此提醒。',
      'The current framework (since 2021) has four 一级指标: 成本, 产出, 效益, 满意度. Forms without 成本指标 or 满意度指标 are often sent back; add them where possible.',
    ),
    examples: {
      bad: '绩效指标:\n  产出指标: …\n  效益指标: …',
      good: '绩效指标:\n  成本指标:\n    经济成本指标:\n      - 预算刚性约束: 不超预算\n  产出指标: …\n  效益指标: …\n  满意度指标:\n    服务对象满意度指标:\n      - 服务对象满意度: ≥90%',
    },
  },
  needs: ['indicators'],
  check({ decl, profile, report }) {
    // Present wherever the file's system puts it, under whatever label the profile maps: a category
    // that is there, even misplaced, is the placement rules' to report, never "missing".
    const present = categoriesPresent(decl.indicators.groups, profile.system);
    for (const level1 of RECOMMENDED_LEVEL1) if (!present.has(level1)) report({ path: decl.indicators.path, part: 'key', messageId: 'missing', data: { level1 } });
  },
});
