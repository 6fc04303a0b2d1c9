import { declaration, funds, multiYear, posOf, type Column } from '../helpers/fixture.js';
import { ruleTester } from '../helpers/rule-tester.js';

const whole = (w: Column) => multiYear({ funds: funds({ wholeLife: w }) });
const TOTAL = ['项目资金', '项目资金总额', '合计'];

const SHORT = whole({ 合计: '10,740,000.00', 财政资金: '10,000,000.00', 其他资金: '0' });
const OTHER_MISSED = whole({ 合计: '3,000,000.00', 财政资金: '2,000,000.00', 其他资金: '1,000,000.01' });
const SINGLE_YEAR = declaration({ funds: funds({ wholeLife: { 合计: '2', 财政资金: '1,000,000.00', 其他资金: '0' } }) });

ruleTester('fund-whole-life-sum', {
  valid: [
    { name: '合计 equals 财政资金 + 其他资金', code: whole({ 合计: '3,000,000.00', 财政资金: '2,999,999.99', 其他资金: '0.01' }), otherRules: [] },
    { name: '合计 omitted', code: whole({ 财政资金: '3,000,000.00', 其他资金: '0' }), otherRules: [] },
    { name: 'notations mix: plain number and grouped text', code: whole({ 合计: '3000000', 财政资金: '2,000,000.00', 其他资金: '1000000.00' }), otherRules: [] },
    { name: 'no whole-life column on a single-year project', code: declaration(), otherRules: [] },
    { name: 'a wrong annual sum is not this rule', code: multiYear({ funds: funds({ wholeLife: { 财政资金: '3', 其他资金: '0' }, annual: { 合计: '1', 当年财政拨款: '2' } }) }), otherRules: ['fund-annual-sum'] },
  ],
  invalid: [
    {
      name: 'stated vs computed with both parts, notes at each part',
      code: SHORT,
      errors: [
        {
          ...posOf(SHORT, '合计', '10,740,000.00'),
          path: TOTAL,
          message: ['项目资金总额合计写的是 10,740,000.00', '财政资金 10,000,000.00 + 其他资金 0.00 = 10,000,000.00', '相差 740,000.00 元'],
          notes: [
            { ...posOf(SHORT, '财政资金', '10,000,000.00'), message: '计入合计：财政资金 10,000,000.00' },
            { ...posOf(SHORT, '其他资金', '0', 1), message: '计入合计：其他资金 0.00' },
          ],
        },
      ],
      otherRules: [],
    },
    {
      name: 'one 分 too many in 其他资金',
      code: OTHER_MISSED,
      errors: [{ ...posOf(OTHER_MISSED, '合计', '3,000,000.00'), path: TOTAL, message: ['= 3,000,000.01', '相差 0.01 元'] }],
      otherRules: [],
    },
    // The column must add up whenever it is given, multi-year or not (it is also smaller than the annual column here).
    {
      name: 'a single-year project that gives the column',
      code: SINGLE_YEAR,
      errors: [{ ...posOf(SINGLE_YEAR, '    合计: 2'), column: 9, path: TOTAL, message: '相差 999,998.00 元' }],
      otherRules: ['fund-annual-exceeds-total'],
    },
  ],
});
