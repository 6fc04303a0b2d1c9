import { declaration, indicators, INDICATORS, posOf, withItems, type IndicatorTree } from '../helpers/fixture.js';
import { ruleTester, type Case } from '../helpers/rule-tester.js';

const { 成本指标, 产出指标, 效益指标, 满意度指标 } = INDICATORS;

function lacks(name: string, code: string, missing: string[], otherRules: string[] = []): Case {
  const at = posOf(code, '绩效指标:');
  return { name, code, errors: missing.map((m) => ({ ...at, path: ['绩效指标'], severity: 'warning' as const, message: [`绩效指标中没有「${m}」`, `建议补充${m}`] })), otherRules };
}
const tree = (t: IndicatorTree) => declaration({ indicators: indicators(t) });

ruleTester('recommended-level1', {
  valid: [
    { name: 'all four', code: declaration(), otherRules: [] },
    { name: 'a form missing a required group still has both recommended ones', code: tree({ 成本指标, 产出指标, 满意度指标 }), otherRules: ['required-level1'] },
    // The older layout keeps 成本指标 under 产出指标: there, not missing (never "missing" and "misplaced" at once).
    {
      name: 'the older system’s 成本指标 under 产出指标 is present',
      code: declaration({ indicators: withItems('产出指标', '成本指标', [['公务用车次均成本', '≤1000 元/次']], { 产出指标, 效益指标, 满意度指标 }) }),
      otherRules: ['indicator-system'],
    },
    {
      name: '…also when the current system is chosen (legacy-cost-placement says where it goes)',
      code: declaration({ indicators: withItems('产出指标', '成本指标', [['公务用车次均成本', '≤1000 元/次']], { 产出指标, 效益指标, 满意度指标 }) }),
      options: { profile: { system: 'current' } },
      otherRules: ['legacy-cost-placement'],
    },
  ],
  invalid: [
    lacks('no 成本指标', tree({ 产出指标, 效益指标, 满意度指标 }), ['成本指标']),
    lacks('no 满意度指标', tree({ 成本指标, 产出指标, 效益指标 }), ['满意度指标']),
    // As in the approved 重大活动保障 form: two warnings, both at 绩效指标.
    lacks('neither', tree({ 产出指标, 效益指标 }), ['成本指标', '满意度指标']),

  ],
});
