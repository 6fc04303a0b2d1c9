import { declaration, indicatorPos, indicators, INDICATORS, posOf } from '../helpers/fixture.js';
import { ruleTester } from '../helpers/rule-tester.js';

/** The fixture asks for 1,000,000.00 元 (100 万元) this year. */
const form = (costs: [string, string][]) => declaration({ indicators: indicators({ ...INDICATORS, 成本指标: { 经济成本指标: costs } }) });

const FIXED = form([['普法宣传费', '=60.00(万元)'], ['网络安全专项检查费', '≥50 万元'], ['资料印刷费', '≤5 万元']]);
const TOTAL = form([['项目总成本', '=1,200,000 元']]);

ruleTester('cost-exceeds-budget', {
  valid: [
    { name: 'fixed costs within the request', code: form([['普法宣传费', '=60.00(万元)'], ['网络安全专项检查费', '=40 万元']]), otherRules: [] },
    // Ceilings over the request are a plan that does not fit: the warning, not this error.
    { name: 'ceilings (≤) over the request are cost-plan-exceeds-budget’s', code: form([['普法宣传费', '≤60 万元'], ['网络安全专项检查费', '≤50 万元']]), otherRules: ['cost-plan-exceeds-budget'] },
  ],
  invalid: [
    {
      name: '=60万元 + ≥50万元 is at least 110万元 > 100万元: certain, an error; the ≤ cost is left out',
      code: FIXED,
      errors: [
        {
          ...indicatorPos(FIXED, '成本指标'),
          path: ['绩效指标', '成本指标'],
          messageId: 'sum',
          data: { terms: '60.00万元 + 50万元', total: '110万元', limit: '100万元' },
          notes: [{ ...posOf(FIXED, '普法宣传费', '=60') }, { ...posOf(FIXED, '网络安全专项检查费', '≥50') }, { line: posOf(FIXED, '合计: 1,000,000.00').line }],
        },
      ],
    },
    { name: 'a 总成本 fixed above the request', code: TOTAL, errors: [{ ...posOf(TOTAL, '项目总成本', '=1,200,000'), messageId: 'total', data: { limit: '1,000,000元' } }] },
  ],
});
