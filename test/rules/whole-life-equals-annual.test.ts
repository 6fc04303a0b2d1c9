import { declaration, funds, goals, multiYear, posOf, type Column } from '../helpers/fixture.js';
import { ruleTester } from '../helpers/rule-tester.js';

const cols = (wholeLife: Column, annual: Column = {}) => multiYear({ funds: funds({ wholeLife, annual }) });

const STATED = cols({ 合计: '1,000,000.00', 财政资金: '1,000,000.00', 其他资金: '0' });
const COMPUTED = cols({ 财政资金: '800,000', 其他资金: '200,000' });
const NOTATIONS = cols({ 财政资金: '1000000', 其他资金: '0' }, { 合计: null, 当年财政拨款: '999,999.50', 上年结转资金: '0.50' });
const SLASH_DATES = multiYear({
  head: { 计划开始日期: '2025/1/1', 计划完成日期: '2029/12/31' },
  funds: funds({ wholeLife: { 财政资金: '1,000,000.00', 其他资金: '0' } }),
});

ruleTester('whole-life-equals-annual', {
  valid: [
    { name: 'whole-life larger than the annual request', code: multiYear(), otherRules: [] },
    // Only a multi-year project's whole-life column covers more than this year.
    { name: 'single-year project with equal columns', code: declaration({ funds: funds({ wholeLife: { 财政资金: '1,000,000.00', 其他资金: '0' } }) }), otherRules: [] },
    { name: 'both zero', code: cols({ 财政资金: '0', 其他资金: '0' }, { 合计: null, 当年财政拨款: '0' }), otherRules: [] },
    { name: 'multi-year without the column (multi-year-fields reports that)', code: multiYear({ funds: funds() }), otherRules: ['multi-year-fields'] },
    { name: 'multi-year without 项目总目标 but different totals', code: multiYear({ goals: goals() }), otherRules: ['multi-year-fields'] },
  ],
  invalid: [
    {
      name: 'equal stated totals: at the whole-life 合计',
      code: STATED,
      errors: [
        {
          ...posOf(STATED, '合计: 1,000,000.00', '1,000,000.00'),
          path: ['项目资金', '项目资金总额', '合计'],
          severity: 'warning',
          message: ['跨年度项目（2025—2027年）', '项目资金总额 1,000,000.00 与本年度申请额相同'],
          en: '2025—2027',
        },
      ],
      otherRules: [],
    },
    {
      name: 'equal computed totals: at the 项目资金总额 heading',
      code: COMPUTED,
      errors: [{ ...posOf(COMPUTED, '项目资金总额:'), path: ['项目资金', '项目资金总额'], message: '1,000,000.00' }],
      otherRules: [],
    },
    { name: 'equal in different notations', code: NOTATIONS, errors: [{ ...posOf(NOTATIONS, '项目资金总额:'), message: '1,000,000.00' }], otherRules: [] },
    { name: 'YYYY/M/D dates name the years', code: SLASH_DATES, errors: [{ ...posOf(SLASH_DATES, '项目资金总额:'), message: '2025—2029年' }], otherRules: [] },
  ],
});
