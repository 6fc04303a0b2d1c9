import { declaration, indicatorPos, indicators, INDICATORS, posOf, withItems } from '../helpers/fixture.js';
import { ruleTester } from '../helpers/rule-tester.js';

const { 产出指标, 效益指标 } = INDICATORS;

/** An older county form: 成本指标 under 产出指标, satisfaction under 效益指标, no 一级 成本指标 or 满意度指标. */
const OLDER = declaration({
  indicators: indicators({
    产出指标: { ...产出指标, 成本指标: [['每公里改造成本', '≤28 万元/公里']] },
    效益指标: { ...效益指标, 服务对象满意度指标: [['沿线群众满意度', '≥90%']] },
  }),
});
/** A form with a region's 一级 labels in the older layout. */
const REGIONAL = declaration({
  indicators: indicators({
    项目完成指标: { ...产出指标, 成本指标: [['人均培训成本', '≤1500 元/人']] },
    项目效益指标: { ...效益指标, 服务对象满意度指标: [['参训人员满意度', '≥90%']] },
  }),
});
/** Regional labels, current layout otherwise. */
const LABELS_ONLY = declaration({ indicators: indicators({ ...INDICATORS, 项目完成指标: 产出指标, 产出指标: null }).replace('  产出指标:\n', '') });
/** 满意度指标 › 满意度指标, as older forms nest it. */
const NESTED = declaration({ indicators: withItems('满意度指标', '满意度指标', [['群众满意度', '≥90%']], { ...INDICATORS, 满意度指标: {} }) });

const LEGACY_PROFILE = { profile: { system: 'legacy' as const } };

ruleTester('indicator-system', {
  valid: [
    { name: 'a current form', code: declaration(), otherRules: [] },
    { name: 'an older form under profile: legacy', code: OLDER, options: LEGACY_PROFILE, otherRules: [] },
    { name: 'regional labels registered in the profile', code: REGIONAL, options: { profile: { system: 'legacy', labels: { 项目完成指标: '产出指标', 项目效益指标: '效益指标' } } }, otherRules: [] },
    // A current form with one stray group is not an older form: the placement rule reports the group.
    {
      name: 'a current form with a stray 成本指标 under 产出指标',
      code: declaration({ indicators: withItems('产出指标', '成本指标', [['公务用车次均成本', '≤1000 元/次']]) }),
      otherRules: ['legacy-cost-placement'],
    },
  ],
  invalid: [
    {
      name: 'an older form: one finding at 绩效指标, naming each place and the profile to select; nothing contradicts it',
      code: OLDER,
      errors: [
        {
          ...posOf(OLDER, '绩效指标:'),
          path: ['绩效指标'],
          messageId: 'legacy',
          message: ['旧版指标体系', '「成本指标」是「产出指标」下的二级指标', '「服务对象满意度指标」在「效益指标」下', 'profile: legacy', '--profile legacy'],
          notes: [{ ...indicatorPos(OLDER, '产出指标', '成本指标') }, { ...indicatorPos(OLDER, '效益指标', '服务对象满意度指标') }],
        },
      ],
      otherRules: [],
    },
    {
      name: 'regional labels in the older layout: one finding with the whole profile to write',
      code: REGIONAL,
      errors: [{ ...posOf(REGIONAL, '绩效指标:'), messageId: 'legacy', message: 'profile: { system: legacy, labels: { 项目完成指标: 产出指标, 项目效益指标: 效益指标 } }' }],
      otherRules: [],
    },
    {
      name: 'regional labels, current layout',
      code: LABELS_ONLY,
      errors: [{ ...posOf(LABELS_ONLY, '绩效指标:'), messageId: 'regional', data: { regional: [{ written: '项目完成指标', canonical: '产出指标' }] }, notes: [{ ...indicatorPos(LABELS_ONLY, '项目完成指标') }] }],
      otherRules: [],
    },
    {
      name: 'regional labels the chosen profile does not list are still named',
      code: REGIONAL,
      options: LEGACY_PROFILE,
      errors: [{ line: posOf(REGIONAL, '绩效指标:').line, messageId: 'regional', message: 'profile: { system: legacy, labels:' }],
      otherRules: [],
    },
    { name: '满意度指标 › 满意度指标', code: NESTED, errors: [{ line: posOf(NESTED, '绩效指标:').line, messageId: 'legacy', message: '「满意度指标」下又分「满意度指标」' }], otherRules: [] },
  ],
});
