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
    { name: 'order does not matter', code: declaration({ indicators: indicators({ 满意度指标, 效益指标, 成本指标, 产出指标 }) }), otherRules: [] },
    // Its groups are 效益 groups: the category is there under a misspelt label, which indicator-level1 reports (one finding, not two).
    { name: 'a misspelt 效益指示 holding 效益 groups is indicator-level1’s', code: declaration({ indicators: indicators({ 成本指标, 产出指标, 效益指示: 效益指标, 满意度指标 }) }), otherRules: ['indicator-level1'] },
    // A region's own label for the level (项目效益指标) is read as the level; indicator-system says so once.
    { name: 'a regional 项目效益指标', code: declaration({ indicators: indicators({ 成本指标, 产出指标, 项目效益指标: 效益指标, 满意度指标 }) }), otherRules: ['indicator-system'] },
  ],
  invalid: [
    lacks('no 产出指标', { 成本指标, 效益指标, 满意度指标 }, ['产出指标']),
    lacks('no 效益指标', { 成本指标, 产出指标, 满意度指标 }, ['效益指标']),
    lacks('neither', { 成本指标, 满意度指标 }, ['产出指标', '效益指标']),

    lacks('an empty 绩效指标 mapping', '绩效指标: {}', ['产出指标', '效益指标'], ['recommended-level1', 'recommended-level1']),
  ],
});
