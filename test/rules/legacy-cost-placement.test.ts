import { declaration, indicatorPos, INDICATORS, withItems } from '../helpers/fixture.js';
import { ruleTester } from '../helpers/rule-tester.js';

const { 产出指标, 效益指标, 满意度指标 } = INDICATORS;
const LEGACY = declaration({ indicators: withItems('产出指标', '成本指标', [['公务用车次均成本', '≤1000 元/次']]) });
const LEGACY_ONLY = declaration({ indicators: withItems('产出指标', '成本指标', [['公务用车次均成本', '≤1000 元/次']], { 产出指标, 效益指标, 满意度指标 }) });

ruleTester('legacy-cost-placement', {
  valid: [
    { name: '成本指标 as a 一级', code: declaration(), otherRules: [] },
    // With no profile an older form is recognised: indicator-system says so once, and it is judged by the older system.
    { name: 'an old form with no profile is indicator-system’s', code: LEGACY_ONLY, otherRules: ['indicator-system'] },
    { name: 'an old form under profile: legacy', code: LEGACY_ONLY, options: { profile: { system: 'legacy' } }, otherRules: [] },
    { name: '成本指标 under 效益指标 is not the legacy layout (nonstandard-level2)', code: declaration({ indicators: withItems('效益指标', '成本指标', [['节约', '不超预算']]) }), otherRules: ['nonstandard-level2'] },
  ],
  invalid: [
    {
      name: '成本指标 under 产出指标 warns, and nonstandard-level2 stays quiet',
      code: LEGACY,
      errors: [
        {
          ...indicatorPos(LEGACY, '产出指标', '成本指标'),
          path: ['绩效指标', '产出指标', '成本指标'],
          severity: 'warning',
          message: ['旧版指标体系的写法', '“成本指标”是一级指标', '移出产出指标', '经济成本指标'],
          en: 'older indicator system',
        },
      ],
      otherRules: [],
    },
    {
      // Judged by the current system (profile: current), an older form is told where 成本指标 goes now, and never that it has none.
      name: 'an old form checked by the current system: where it goes, not that it is missing',
      code: LEGACY_ONLY,
      options: { profile: { system: 'current' } },
      errors: [{ ...indicatorPos(LEGACY_ONLY, '产出指标', '成本指标'), path: ['绩效指标', '产出指标', '成本指标'], message: '旧版指标体系', absent: '2021' }],
      otherRules: [],
    },
  ],
});
