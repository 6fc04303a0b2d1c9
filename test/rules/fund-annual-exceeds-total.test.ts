import { declaration, funds, multiYear, posOf, type Column } from '../helpers/fixture.js';
import { ruleTester } from '../helpers/rule-tester.js';

const cols = (wholeLife: Column, annual: Column = {}) => multiYear({ funds: funds({ wholeLife, annual }) });
const ANNUAL_TOTAL = ['项目资金', '年度资金申请总额', '合计'];

const BOTH_STATED = cols({ 合计: '500,000.00', 财政资金: '500,000.00', 其他资金: '0' });
const WHOLE_COMPUTED = cols({ 财政资金: '600,000', 其他资金: '300,000' });
const NOTHING_STATED = cols({ 财政资金: '600,000', 其他资金: '0' }, { 合计: null });
const BY_ONE_FEN = cols({ 财政资金: '999,999.99', 其他资金: '0' });
const SINGLE_YEAR = declaration({ funds: funds({ wholeLife: { 财政资金: '10', 其他资金: '0' } }) });

ruleTester('fund-annual-exceeds-total', {
  valid: [
    { name: 'annual below the whole-life total', code: multiYear(), otherRules: [] },
    { name: 'no whole-life column (single year)', code: declaration(), otherRules: [] },
    { name: 'equal totals are allowed (whole-life-equals-annual warns instead)', code: cols({ 财政资金: '1,000,000.00', 其他资金: '0' }), otherRules: ['whole-life-equals-annual'] },
    { name: 'computed totals compared when 合计 is omitted', code: cols({ 财政资金: '900,000', 其他资金: '100,000.01' }, { 合计: null }), otherRules: [] },
    { name: 'an unreadable amount skips the comparison', code: cols({ 财政资金: '5万', 其他资金: '0' }), otherRules: ['amount-format'] },
  ],
  invalid: [
    {
      name: 'both 合计 stated: at the annual 合计, note at the whole-life 合计',
      code: BOTH_STATED,
      errors: [
        {
          ...posOf(BOTH_STATED, '合计: 1,000,000.00', '1,000,000.00'),
          path: ANNUAL_TOTAL,
          message: ['年度资金申请总额 1,000,000.00 超过了项目资金总额 500,000.00', '填反'],
          en: 'exceeds',
          notes: [{ ...posOf(BOTH_STATED, '合计: 500,000.00', '500,000.00'), message: '项目资金总额 500,000.00' }],
        },
      ],
      otherRules: [],
    },
    {
      name: 'whole-life 合计 omitted: computed from its parts, note at its heading',
      code: WHOLE_COMPUTED,
      errors: [{ ...posOf(WHOLE_COMPUTED, '合计: 1,000,000.00', '1,000,000.00'), message: '超过了项目资金总额 900,000.00', notes: [posOf(WHOLE_COMPUTED, '项目资金总额:')] }],
      otherRules: [],
    },
    {
      name: 'no 合计 anywhere: points at the 年度资金申请总额 heading',
      code: NOTHING_STATED,
      errors: [{ ...posOf(NOTHING_STATED, '年度资金申请总额:'), path: ['项目资金', '年度资金申请总额'], message: '年度资金申请总额 1,000,000.00 超过了项目资金总额 600,000.00', notes: [posOf(NOTHING_STATED, '项目资金总额:')] }],
      otherRules: [],
    },
    { name: 'by a single 分', code: BY_ONE_FEN, errors: [{ line: posOf(BY_ONE_FEN, '合计: 1,000,000.00').line, message: '999,999.99' }], otherRules: [] },
    // The rule does not depend on the project spanning years: one year cannot exceed the whole.
    { name: 'a single-year project that gives a smaller whole-life column', code: SINGLE_YEAR, errors: [{ line: posOf(SINGLE_YEAR, '合计: 1,000,000.00').line, message: '10.00' }], otherRules: [] },
  ],
});
