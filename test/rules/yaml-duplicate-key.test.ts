import { declaration, funds, indicatorPos, indicators, insertAfter, INDICATORS, multiYear, posOf, VALID, withItems, WHOLE_LIFE } from '../helpers/fixture.js';
import { ruleTester } from '../helpers/rule-tester.js';

const TOP = insertAfter(VALID, '项目名称', '项目名称: 另一个名称');
const AMOUNT = insertAfter(VALID, '当年财政拨款', '    当年财政拨款: 5');
const L1 = declaration({ indicators: indicators() + '\n  产出指标:\n    时效指标:\n      - 完成时间: ≤12 月' });
// The first 数量指标 is empty: YAML itself reports the duplicate at the end of that line; the key is what counts.
const L2_AFTER_EMPTY = declaration({ indicators: withItems('产出指标', '数量指标', null).replace('    质量指标:', '    数量指标:\n      - 培训人数: ≥100 人\n    质量指标:') });
const IN_ITEM = declaration({ indicators: indicators().replace('      - 培训次数: ≥4 次', '      - 培训次数: ≥4 次\n        培训次数: ≥5 次') });
const FLOW = declaration({ funds: '项目资金:\n  年度资金申请总额: { 当年财政拨款: 1, 上年结转资金: 0, 其他资金: 0, 其他资金: 5 }' });

ruleTester('yaml-duplicate-key', {
  valid: [
    { name: 'the same key under different parents (其他资金 in both columns)', code: multiYear({ funds: funds({ wholeLife: WHOLE_LIFE }) }), otherRules: [] },
    // Same 三级 name in two groups is duplicate-indicator's (a warning): they are different YAML mappings.
    { name: 'the same indicator name in two groups', code: declaration({ indicators: withItems('效益指标', '可持续影响指标', [['网络安全意识', '按期完成']], INDICATORS) }), otherRules: ['duplicate-indicator'] },
  ],
  invalid: [
    { name: 'a head field twice: at the second', code: TOP, errors: [{ line: posOf(TOP, '项目名称', '项目名称', 2).line, column: 1, path: ['项目名称'], message: ['键「项目名称」在同一层级中重复出现', '另一个的内容会丢失'] }], otherRules: [] },
    { name: 'an amount twice', code: AMOUNT, errors: [{ ...posOf(AMOUNT, '当年财政拨款', '当年财政拨款', 2), message: '「当年财政拨款」' }], otherRules: [] },
    { name: 'a 一级 twice', code: L1, errors: [{ ...posOf(L1, '  产出指标:', '产出指标', 2), message: '「产出指标」' }], otherRules: [] },
    {
      name: 'a 二级 twice, the first one empty: at the second key, naming it',
      code: L2_AFTER_EMPTY,
      errors: [{ line: indicatorPos(L2_AFTER_EMPTY, '产出指标', '数量指标').line + 1, column: 5, path: ['绩效指标', '产出指标', '数量指标'], message: '键「数量指标」' }],
      otherRules: [],
    },
    { name: 'two names in one item, the same name', code: IN_ITEM, errors: [{ ...posOf(IN_ITEM, '        培训次数', '培训次数'), message: '「培训次数」' }], otherRules: [] },
    { name: 'in a flow mapping', code: FLOW, errors: [{ line: posOf(FLOW, '年度资金申请总额').line, column: FLOW.split('\n')[posOf(FLOW, '年度资金申请总额').line - 1]!.lastIndexOf('其他资金') + 1, message: '「其他资金」' }], otherRules: [] },
  ],
});
