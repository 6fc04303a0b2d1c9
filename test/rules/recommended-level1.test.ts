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
    // Present but misplaced is not missing: the placement rules say where it belongs, and nothing contradicts them.
    {
      name: 'the older system: 成本指标 under 产出指标 is there (legacy-cost-placement says where it goes)',
      code: declaration({ indicators: withItems('产出指标', '成本指标', [['公务用车次均成本', '≤1000 元/次']], { 产出指标, 效益指标, 满意度指标 }) }),
      otherRules: ['legacy-cost-placement'],
    },
    {
      name: 'the older system: 服务对象满意度指标 under 效益指标 is there (indicator-level2-placement says where it goes)',
      code: declaration({ indicators: withItems('效益指标', '服务对象满意度指标', [['参训人员满意度', '≥90%']], { 成本指标, 产出指标, 效益指标 }) }),
      otherRules: ['indicator-level2-placement'],
    },
    {
      name: 'the older system: 满意度指标 as a 二级 under 效益指标 is there (nonstandard-level2 says to make it a 一级)',
      code: declaration({ indicators: withItems('效益指标', '满意度指标', [['参训人员满意度', '≥90%']], { 成本指标, 产出指标, 效益指标 }) }),
      otherRules: ['nonstandard-level2'],
    },
  ],
  invalid: [
    lacks('no 成本指标', tree({ 产出指标, 效益指标, 满意度指标 }), ['成本指标']),
    lacks('no 满意度指标', tree({ 成本指标, 产出指标, 效益指标 }), ['满意度指标']),
    // As in the approved 重大活动保障 form: two warnings, both at 绩效指标.
    lacks('neither', tree({ 产出指标, 效益指标 }), ['成本指标', '满意度指标']),
  ],
});
