import { declaration, indicators, INDICATORS, posOf, type IndicatorTree } from '../helpers/fixture.js';
import { ruleTester, type Case } from '../helpers/rule-tester.js';

const { 成本指标, 产出指标, 效益指标, 满意度指标 } = INDICATORS;

function lacks(name: string, t: IndicatorTree | string, missing: string[], otherRules: string[] = []): Case {
  const code = declaration({ indicators: typeof t === 'string' ? t : indicators(t) });
  const at = posOf(code, '绩效指标:');
  return { name, code, errors: missing.map((m) => ({ ...at, path: ['绩效指标'], message: [`绩效指标中缺少「${m}」`, '产出指标和效益指标'] })), otherRules };
}

ruleTester('required-level1', {
  valid: [
    { name: 'all four', code: declaration(), otherRules: [] },
    { name: '产出 and 效益 only (the others are recommended)', code: declaration({ indicators: indicators({ 产出指标, 效益指标 }) }), otherRules: ['recommended-level1', 'recommended-level1'] },
    // A 二级 at the top is a misplaced 产出指标 (indicator-level1 says where it goes), not a missing one.
    {
      name: '数量指标 written as a 一级: indicator-level1 says to put it under 产出指标, nothing says 产出指标 is missing',
      code: declaration({ indicators: indicators({ 成本指标, 效益指标, 满意度指标 }).replace('绩效指标:\n', '绩效指标:\n  数量指标:\n    培训:\n      - 培训次数: ≥4 次\n') }),
      otherRules: ['indicator-level1'],
    },
    { name: 'order does not matter', code: declaration({ indicators: indicators({ 满意度指标, 效益指标, 成本指标, 产出指标 }) }), otherRules: [] },
    // Its 二级 groups show the category is there under a misspelt label: indicator-level1 says so; "missing" would add nothing.
    { name: 'misspelt 效益指示 holding 社会效益指标: one finding (indicator-level1), not also "missing"', code: declaration({ indicators: indicators({ 成本指标, 产出指标, 效益指示: 效益指标, 满意度指标 }) }), otherRules: ['indicator-level1'] },
  ],
  invalid: [
    lacks('no 产出指标', { 成本指标, 效益指标, 满意度指标 }, ['产出指标']),
    lacks('no 效益指标', { 成本指标, 产出指标, 满意度指标 }, ['效益指标']),
    lacks('neither', { 成本指标, 满意度指标 }, ['产出指标', '效益指标']),
    lacks('an empty 绩效指标 mapping', '绩效指标: {}', ['产出指标', '效益指标'], ['recommended-level1', 'recommended-level1']),
  ],
});
