import { declaration, funds, multiYear, posOf, WHOLE_LIFE, type Column } from '../helpers/fixture.js';
import { ruleTester } from '../helpers/rule-tester.js';

const annual = (a: Column) => declaration({ funds: funds({ annual: a }) });
const TOTAL = ['项目资金', '年度资金申请总额', '合计'];

/** Notes on the three addends, in form order. */
const addends = (code: string, values: [string, string, string]) =>
  (['当年财政拨款', '上年结转资金', '其他资金'] as const).map((label, i) => ({ ...posOf(code, `    ${label}:`, values[i]!), messageId: 'added' }));

/** The mismatch message's data: what was stated, what the parts add up to, the difference (all as the form prints amounts). */
const mismatch = (stated: string, computed: string, difference: string) => ({ messageId: 'mismatch', data: { column: '年度资金申请总额', stated, computed, difference } });

const QUOTED = annual({ 合计: "'9.99'", 当年财政拨款: '10' });
const SHORT = annual({ 合计: '2,810,000.00', 当年财政拨款: '2,800,000.00' });
const ONE_FEN = annual({ 合计: '100.01', 当年财政拨款: '100' });
const TOTAL_TOO_SMALL = annual({ 合计: '1,000.00', 当年财政拨款: '600', 上年结转资金: '300.50', 其他资金: '100' });
// Amounts stop below 1 万亿元 (amount-format's ceiling); sums up there are still exact to the 分.
const AT_CEILING = annual({ 合计: '999,999,999,999.99', 当年财政拨款: '999,999,999,999.97', 上年结转资金: '0.01' });

ruleTester('fund-annual-sum', {
  valid: [
    { name: '合计 equals the parts', code: annual({}), otherRules: [] },
    { name: '合计 omitted: computed, nothing to compare', code: annual({ 合计: null, 当年财政拨款: '123.45', 上年结转资金: '0.55' }), otherRules: [] },
    { name: '0.1 + 0.2 = 0.3 exactly', code: annual({ 合计: '0.3', 当年财政拨款: '0.1', 上年结转资金: '0.2' }), otherRules: [] },
    { name: 'notations mix: 1,000.00 = 999.5 + 0.50', code: annual({ 合计: '1,000.00', 当年财政拨款: '999.5', 上年结转资金: '0.50' }), otherRules: [] },
    { name: 'notations mix: plain number 合计 and grouped parts', code: annual({ 合计: '1000', 当年财政拨款: "'600.00'", 上年结转资金: '0', 其他资金: '400' }), otherRules: [] },
    { name: 'exact at the amount ceiling', code: annual({ 合计: '999,999,999,999.99', 当年财政拨款: '999,999,999,999.98', 上年结转资金: '0.01' }), otherRules: [] },
    { name: 'all three parts add up', code: annual({ 合计: '3.00', 当年财政拨款: '1', 上年结转资金: '1', 其他资金: '1' }), otherRules: [] },
    // A wrong whole-life column is fund-whole-life-sum's business.
    { name: 'the whole-life column does not count', code: multiYear({ funds: funds({ wholeLife: { ...WHOLE_LIFE, 合计: '3,000,000.01' } }) }), otherRules: ['fund-whole-life-sum'] },
  ],
  invalid: [
    {
      name: 'stated, computed and every part are shown; notes point at each addend',
      code: SHORT,
      errors: [
        {
          ...posOf(SHORT, '合计', '2,810,000.00'),
          path: TOTAL,
          ...mismatch('2,810,000.00', '2,800,000.00', '10,000.00'),
          data: {
            ...mismatch('2,810,000.00', '2,800,000.00', '10,000.00').data,
            parts: [
              { label: '当年财政拨款', amount: '2,800,000.00' },
              { label: '上年结转资金', amount: '0.00' },
              { label: '其他资金', amount: '0.00' },
            ],
          },
          // The wording, once: the reader can fix it without a calculator.
          message: ['合计写的是 2,810,000.00', '当年财政拨款 2,800,000.00 + 上年结转资金 0.00 + 其他资金 0.00 = 2,800,000.00', '相差 10,000.00 元'],
          en: ['2,810,000.00', '2,800,000.00'],
          notes: addends(SHORT, ['2,800,000.00', '0', '0']),
        },
      ],
      otherRules: [],
    },
    { name: 'off by one 分', code: ONE_FEN, errors: [{ ...posOf(ONE_FEN, '合计'), column: 9, path: TOTAL, ...mismatch('100.01', '100.00', '0.01') }], otherRules: [] },
    {
      name: '合计 smaller than the parts: the difference is positive',
      code: TOTAL_TOO_SMALL,
      errors: [{ line: posOf(TOTAL_TOO_SMALL, '合计').line, ...mismatch('1,000.00', '1,000.50', '0.50'), notes: addends(TOTAL_TOO_SMALL, ['600', '300.50', '100']) }],
      otherRules: [],
    },
    {
      name: 'a 0.01 difference at the amount ceiling is still seen',
      code: AT_CEILING,
      errors: [{ line: posOf(AT_CEILING, '合计').line, ...mismatch('999,999,999,999.99', '999,999,999,999.98', '0.01') }],
      otherRules: [],
    },
    {
      name: 'a quoted 合计 points at the value',
      code: QUOTED,
      errors: [{ ...posOf(QUOTED, '合计', "'9.99'"), path: TOTAL, ...mismatch('9.99', '10.00', '0.01') }],
      otherRules: [],
    },
  ],
});
