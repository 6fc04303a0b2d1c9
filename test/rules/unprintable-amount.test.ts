import { forPrinting } from '../../src/check/check-file.js';
import { declaration, funds, posOf } from '../helpers/fixture.js';
import { ruleTester } from '../helpers/rule-tester.js';

// Configuration switched amount-format off (or made it a warning), and the file is about to be printed.
const OFF = forPrinting({ severity: { 'amount-format': 'off' } });
const WARN = forPrinting({ severity: { 'amount-format': 'warning' } });
const BAD = declaration({ funds: funds({ annual: { 合计: null, 其他资金: '1，000' } }) });
const TWO = declaration({ funds: funds({ annual: { 合计: '281万元', 其他资金: 'abc' } }) });

ruleTester('unprintable-amount', {
  valid: [
    { name: 'readable amounts', code: declaration(), options: OFF, otherRules: [] },
    // validate does not print: the file passes there, as configured.
    { name: 'not when only validating', code: BAD, options: { severity: { 'amount-format': 'off' } }, otherRules: [] },
    // With amount-format on, it speaks, and the file has errors anyway.
    { name: 'amount-format on: its finding, not this one', code: BAD, options: forPrinting({}), otherRules: ['amount-format'] },
  ],
  invalid: [
    {
      name: 'amount-format off: the amount is pointed at, the file is not printed',
      code: BAD,
      options: OFF,
      errors: [{ ...posOf(BAD, '其他资金', '1，000'), path: ['项目资金', '年度资金申请总额', '其他资金'], message: ['「项目资金 › 年度资金申请总额 › 其他资金」的金额“1，000”读不出来', '不能印到申报表上', 'amount-format'] }],
      otherRules: [],
    },
    {
      name: 'amount-format a warning: the same, beside the warning',
      code: BAD,
      options: WARN,
      errors: [{ ...posOf(BAD, '其他资金', '1，000'), message: '读不出来' }],
      otherRules: ['amount-format'],
    },
    {
      name: 'every unreadable amount, 合计 included',
      code: TWO,
      options: OFF,
      errors: [{ ...posOf(TWO, '合计', '281万元'), message: '“281万元”' }, { ...posOf(TWO, '其他资金', 'abc'), message: '“abc”' }],
      // The sum cannot be checked while its parts are unreadable.
      otherRules: [],
    },
  ],
});
