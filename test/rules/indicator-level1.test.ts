import { declaration, indicatorPos, indicators, INDICATORS, posOf, type IndicatorTree } from '../helpers/fixture.js';
import { ruleTester, type Case } from '../helpers/rule-tester.js';

const tree = (t: IndicatorTree) => declaration({ indicators: indicators(t) });

/** The default tree plus one extra 一级 group named `label`. */
function extra(name: string, label: string, message: string[], absent?: string): Case {
  const code = tree({ ...INDICATORS, [label]: { 数量指标: [['新增培训场次', '≥2 场']] } });
  return { name, code, errors: [{ ...indicatorPos(code, label), path: ['绩效指标', label], message }], otherRules: absent ? [absent] : [] };
}

const { 成本指标, 产出指标, 效益指标, 满意度指标 } = INDICATORS;
const RENAMED = tree({ 成本指标, 产出指数: 产出指标, 效益指标, 满意度指标 });

ruleTester('indicator-level1', {
  valid: [
    { name: 'the four 一级指标', code: declaration(), otherRules: [] },
    { name: 'a subset of them', code: tree({ 产出指标, 效益指标 }), otherRules: ['recommended-level1', 'recommended-level1'] },
  ],
  invalid: [
    extra('typo 产出指数 → did you mean 产出指标', '产出指数', ['未知的一级指标「产出指数」', '您是不是想写「产出指标」']),
    extra('an unrelated label lists the four', '其他指标', ['未知的一级指标「其他指标」', '成本指标、产出指标、效益指标、满意度指标']),
    extra('a 二级 label at level 1 is pointed to its 一级', '数量指标', ['「数量指标」是二级指标，不是一级指标', '「产出指标」下面']),
    extra('服务对象满意度指标 at level 1 belongs under 满意度指标', '服务对象满意度指标', ['「满意度指标」下面']),
    extra('可持续影响指标 at level 1 belongs under 效益指标', '可持续影响指标', ['「效益指标」下面']),
    {
      // Its 数量指标 show it is the 产出 group: one finding with the fix, not also "产出指标 is missing".
      name: 'a misspelt required group is not also called missing',
      code: RENAMED,
      errors: [{ ...posOf(RENAMED, '产出指数'), path: ['绩效指标', '产出指数'], message: '产出指标' }],
      otherRules: [],
    },
  ],
});
