import { text } from '../../diagnostics/types.js';
import { defineModelRule } from '../rule.js';

/**
 * One finding for a form laid out in the older indicator system, or with a
 * region's own 一级 labels, when no profile says so: which system it
 * follows and how to select it. The taxonomy rules then judge the form by
 * that system, so it never gets a cascade of findings that contradict each
 * other (成本指标 "missing" and "misplaced" at once).
 */
export const indicatorSystem = defineModelRule({
  id: 'indicator-system',
  severity: 'warning',
  docs: {
    title: text('申报表按旧版指标体系或地区名称填写，未在配置中说明', 'The form follows the older indicator system or regional labels, and no profile says so'),
    description: text(
      '绩效指标体系有两种写法：现行体系（2021 年起，财预〔2021〕101号）有成本、产出、效益、满意度四个一级指标；旧版体系（不少地区的表格仍在使用）把成本指标作为产出指标下的二级指标，把服务对象满意度指标放在效益指标下。有的地区还给一级指标起了自己的名称（如 项目完成指标 即 产出指标、项目效益指标 即 效益指标）。declare 认出这样的表格时，只在“绩效指标”处报告这一条，说明它按哪种体系填写、怎样在 declare.config.yaml 中选择（profile: legacy，或 profile 下的 labels），并按该体系检查其余规则，不会同时报告“缺少成本指标”和“成本指标位置不对”这样互相矛盾的问题。配置写明 profile 后不再提示；写 profile: current 则按现行体系逐条报告需要调整的地方。',
      'There are two indicator systems: the current one (since 2021) has four 一级 (成本, 产出, 效益, 满意度); the older one, still printed by many regions, puts 成本指标 as a 二级 under 产出指标 and satisfaction under 效益指标. Some regions also name the 一级 their own way (项目完成指标 for 产出指标). When declare recognises such a form it reports this one finding at 绩效指标, naming the system and how to select it in declare.config.yaml (profile: legacy, or labels under profile), and judges the rest by that system, so the form never gets findings that contradict each other. With a profile set the finding goes away; profile: current reports each place to change instead.',
    ),
    examples: {
      bad: '绩效指标:\n  项目完成指标:\n    数量指标:\n      - 培训人次: ≥300 人次\n    成本指标:\n      - 人均培训成本: ≤0.15 万元/人次\n  项目效益指标:\n    服务对象满意度指标:\n      - 参训人员满意度: ≥90%',
      good: '# declare.config.yaml\nprofile:\n  system: legacy\n  labels:\n    项目完成指标: 产出指标\n    项目效益指标: 效益指标',
    },
  },
  needs: ['indicators'],
  check({ decl, profile, report }) {
    const { reading } = profile;
    const regional = reading.regional.filter((r) => !r.configured).map((r) => ({ written: r.written, canonical: r.canonical }));
    // A chosen profile settles the system; a region's labels it does not list are still worth one word.
    const legacy = !profile.explicit && reading.follows === 'legacy';
    if (!legacy && regional.length === 0) return;
    const groups = decl.indicators.groups;
    const marks = reading.legacyMarks.map((m) => ({ what: m.what, level1: m.level1, level2: m.level2 }));
    report({
      path: decl.indicators.path,
      part: 'key',
      messageId: legacy ? 'legacy' : 'regional',
      data: { marks: legacy ? marks : [], regional, system: profile.system.id },
      notes: [
        ...(legacy ? reading.legacyMarks : []).map((m) => ({ path: groups[m.at[0]]!.groups[m.at[1]]!.path, part: 'key' as const, messageId: 'mark' as const, data: { what: m.what, level1: m.level1, level2: m.level2 } })),
        ...groups
          .filter((g) => regional.some((r) => r.written === g.name))
          .map((g) => ({ path: g.path, part: 'key' as const, messageId: 'label' as const, data: { written: g.name, canonical: regional.find((r) => r.written === g.name)!.canonical } })),
      ],
    });
  },
});
