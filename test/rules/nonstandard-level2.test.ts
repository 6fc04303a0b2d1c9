import { declaration, indicatorPos, INDICATORS, withItems } from '../helpers/fixture.js';
import { ruleTester, type Case } from '../helpers/rule-tester.js';

function group(name: string, level1: string, level2: string, message: string[], extra: Partial<Case> = {}): Case {
  const code = declaration({ indicators: withItems(level1, level2, [['报告编制', '按期完成']]) });
  return { name, code, errors: [{ ...indicatorPos(code, level1, level2), path: ['绩效指标', level1, level2], severity: 'warning', message }], otherRules: [], ...extra };
}

const LOCAL = { ruleOptions: { 'nonstandard-level2': { allow: ['支撑服务'] } } };

ruleTester('nonstandard-level2', {
  valid: [
    { name: 'standard labels', code: declaration(), otherRules: [] },
    // legacy-cost-placement says more about this one; it must not be reported twice.
    { name: '成本指标 under 产出指标 is legacy-cost-placement only', code: declaration({ indicators: withItems('产出指标', '成本指标', [['公务用车次均成本', '≤1000 元/次']]) }), otherRules: ['legacy-cost-placement'] },
    { name: 'a label allowed by configuration', code: declaration({ indicators: withItems('产出指标', '支撑服务', [['报告编制', '≥2 次']]) }), options: LOCAL, otherRules: [] },
    { name: 'a standard label under the wrong 一级 is indicator-level2-placement', code: declaration({ indicators: withItems('效益指标', '时效指标', [['报告编制', '按期完成']]) }), otherRules: ['indicator-level2-placement'] },
    {
      name: 'under an unknown 一级 only indicator-level1 speaks',
      code: declaration({ indicators: withItems('其他指标', '支撑服务', [['报告编制', '按期完成']], { ...INDICATORS, 其他指标: {} }) }),
      otherRules: ['indicator-level1'],
    },
  ],
  invalid: [
    group('支撑服务 (as in an approved form) warns', '产出指标', '支撑服务', ['「支撑服务」不是「产出指标」下的标准二级指标', '数量指标、质量指标、时效指标', '请改用标准名称']),
    group('typo 数量指 → did you mean 数量指标', '产出指标', '数量指', ['您是不是想写「数量指标」']),
    group('typo 质量指示 → 质量指标', '产出指标', '质量指示', ['您是不是想写「质量指标」']),
    group('truncated 社会效益 → 社会效益指标', '效益指标', '社会效益', ['您是不是想写「社会效益指标」', '经济效益指标、社会效益指标、生态效益指标、可持续影响指标']),
    group('满意度 under 满意度指标 lists its one standard label', '满意度指标', '群众满意度', ['服务对象满意度指标']),
    group('a 一级 label used as a 二级 elsewhere', '效益指标', '成本指标', ['「成本指标」不是「效益指标」下的标准二级指标']),
    group('configuration for one label does not allow others', '产出指标', '其他服务', ['其他服务'], { options: LOCAL }),
  ],
});
