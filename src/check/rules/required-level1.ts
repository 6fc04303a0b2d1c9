import { text } from '../../diagnostics/types.js';
import { REQUIRED_LEVEL1 } from '../../model/taxonomy.js';
import { categoriesPresent } from '../../analysis/indicator-system.js';
import { defineModelRule } from '../rule.js';

export const requiredLevel1 = defineModelRule({
  id: 'required-level1',
  severity: 'error',
  docs: {
    title: text('缺少产出指标或效益指标', 'Missing 产出指标 or 效益指标'),
    description: text(
      '每份绩效目标都必须说明项目做什么（产出指标）和带来什么（效益指标），没有这两类指标的申报表不完整。',
      'Every form must state what the project produces (产出指标) and what it achieves (效益指标).',
    ),
    examples: { bad: '绩效指标:\n  产出指标:\n    数量指标:\n      - 培训次数: ≥4 次', good: '绩效指标:\n  产出指标:\n    数量指标:\n      - 培训次数: ≥4 次\n  效益指标:\n    社会效益指标:\n      - 网络安全意识: 提升' },
  },
  needs: ['indicators'],
  check({ decl, profile, report }) {
    // Present wherever the file's system puts it, under whatever label the profile maps: a category
    // that is there, even misplaced, is the placement rules' to report, never "missing".
    const present = categoriesPresent(decl.indicators.groups, profile.system);
    for (const level1 of REQUIRED_LEVEL1) if (!present.has(level1)) report({ path: decl.indicators.path, part: 'key', messageId: 'missing', data: { level1 } });
  },
});
