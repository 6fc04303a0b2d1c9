import { declaration, indicatorPos, indicators, posOf, replaceLine, VALID } from '../helpers/fixture.js';
import { ruleTester, type Case } from '../helpers/rule-tester.js';

function head(name: string, key: string, written: string, message: string | string[]): Case {
  const code = declaration({ head: { [key]: written } });
  return { name, code, errors: [{ ...posOf(code, `${key}:`, written), path: [key], message }], otherRules: [] };
}

const TWO_PAIRS = declaration({ indicators: indicators().replace('      - 培训次数: ≥4 次', '      - 培训次数: ≥4 次\n        培训人数: ≥100 人') });
const EMPTY_ITEM = declaration({ indicators: indicators().replace('      - 培训次数: ≥4 次', '      - {}') });
const NAME_ONLY = declaration({ indicators: indicators().replace('      - 培训次数: ≥4 次', '      - 培训次数') });
const LEVEL2_AS_MAP = declaration({ indicators: indicators().replace('      - 培训次数: ≥4 次', '      培训次数: ≥4 次') });
const LEVEL1_AS_LIST = declaration({ indicators: indicators().replace('    经济成本指标:\n      - 培训人均成本: ≤500 元/人', '    - 培训人均成本: ≤500 元/人') });
const INDICATORS_AS_LIST = declaration({ indicators: '绩效指标:\n  - 培训次数: ≥4 次' });
const FUNDS_SCALAR = declaration({ funds: '项目资金: 1000000' });
const GOAL_NUMBER = declaration({ goals: '绩效目标:\n  年度总体目标: 2025' });
const BOOL_VALUE = replaceLine(VALID, '培训次数', '      - 培训次数: true');
const ITEM = ['绩效指标', '产出指标', '数量指标', 0];

ruleTester('wrong-type', {
  valid: [
    { name: 'the fixture', code: VALID, otherRules: [] },
    // YAML 1.2: yes/no are text, not booleans.
    { name: 'yes as a project name is text', code: declaration({ head: { 项目名称: 'yes' } }), otherRules: [] },
    { name: 'a number in quotes is text', code: declaration({ head: { 项目名称: '"2025"' } }), otherRules: [] },
  ],
  invalid: [
    { name: 'a top-level list', code: '- 年度: 2025\n- 项目名称: x\n', errors: [{ line: 1, column: 1, path: [], message: ['「（文件顶层）」应为键值映射', '这里却是列表'] }], otherRules: [] },
    { name: 'a top-level scalar', code: '网络宣传工作\n', errors: [{ line: 1, column: 1, path: [], message: '这里却是文本“网络宣传工作”' }], otherRules: [] },
    head('年度 as text 2025年', '年度', '2025年', ['「年度」应为四位年份数字', '文本“2025年”']),
    head('年度 in Chinese numerals', '年度', '二〇二五', '四位年份数字'),
    head('年度 quoted', '年度', "'2025'", '文本“2025”'),
    head('年度 with decimals', '年度', '2025.5', '数字 2025.5'),
    head('项目名称 as a number', '项目名称', '2025', ['「项目名称」应为文本', '数字 2025']),
    head('a date written as a number', '计划开始日期', '20250101', ['日期文本', '数字 20250101']),
    {
      name: 'an indicator item with two pairs',
      code: TWO_PAIRS,
      errors: [{ ...indicatorPos(TWO_PAIRS, '产出指标', '数量指标', '培训次数'), path: ITEM, message: ['这一项里写了 2 个“名称: 指标值”', '以“- ”开头的新行'] }],
      otherRules: [],
    },
    { name: 'an empty item {}', code: EMPTY_ITEM, errors: [{ ...posOf(EMPTY_ITEM, '- {}', '{}'), path: ITEM, message: '这一项是空的' }], otherRules: [] },
    { name: 'an item with a name and no colon', code: NAME_ONLY, errors: [{ ...posOf(NAME_ONLY, '- 培训次数', '培训次数'), path: ITEM, message: ['一个“三级指标名称: 指标值”', '文本“培训次数”'] }], otherRules: [] },
    {
      name: 'a 二级 written as a map instead of a list (the "- " forgotten)',
      code: LEVEL2_AS_MAP,
      errors: [{ ...posOf(LEVEL2_AS_MAP, '      培训次数', '培训次数'), path: ['绩效指标', '产出指标', '数量指标'], message: ['三级指标列表（每行以“- ”开头）', '这里却是键值映射'] }],
      otherRules: [],
    },
    {
      name: 'a 一级 holding a list (the 二级 level skipped)',
      code: LEVEL1_AS_LIST,
      errors: [{ ...posOf(LEVEL1_AS_LIST, '- 培训人均成本', '-'), path: ['绩效指标', '成本指标'], message: ['二级指标的映射', '列表'] }],
      otherRules: [],
    },
    { name: '绩效指标 as a list', code: INDICATORS_AS_LIST, errors: [{ ...posOf(INDICATORS_AS_LIST, '- 培训次数', '-'), path: ['绩效指标'], message: '一级指标的映射' }], otherRules: [] },
    { name: '项目资金 as a number', code: FUNDS_SCALAR, errors: [{ ...posOf(FUNDS_SCALAR, '项目资金', '1000000'), path: ['项目资金'], message: '应为键值映射' }], otherRules: [] },
    { name: '年度总体目标 as a number', code: GOAL_NUMBER, errors: [{ ...posOf(GOAL_NUMBER, '年度总体目标', '2025'), path: ['绩效目标', '年度总体目标'], message: ['应为文本', '“|”块写法'] }], otherRules: [] },
    {
      name: 'an indicator value true (a YAML boolean)',
      code: BOOL_VALUE,
      errors: [{ ...posOf(BOOL_VALUE, '- 培训次数', 'true'), path: [...ITEM, '培训次数'], message: ['指标值文本', '布尔值 true'] }],
      otherRules: [],
    },
  ],
});
