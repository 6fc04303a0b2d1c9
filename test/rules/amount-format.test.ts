import { diagnosticMessage } from '../../src/diagnostics/types.js';
import { describe, expect, it } from 'vitest';
import { declaration, funds, multiYear, posOf, WHOLE_LIFE, type Column } from '../helpers/fixture.js';
import { run, ruleTester, type Case } from '../helpers/rule-tester.js';

const CURRENT = ['项目资金', '年度资金申请总额', '当年财政拨款'];
const annual = (a: Column) => declaration({ funds: funds({ annual: a }) });

/**
 * 当年财政拨款 written as `written`, 合计 left out so only the amount itself is
 * judged; the finding points at the character `offset` of the value (the
 * one at fault), or at the value's start.
 */
function bad(name: string, written: string, message: string | string[], offset = 0): Case {
  const code = annual({ 合计: null, 当年财政拨款: written });
  const at = posOf(code, '当年财政拨款', written);
  return { name, code, errors: [{ line: at.line, column: at.column + offset, path: CURRENT, message }], otherRules: [] };
}

const NEGATIVE_WHOLE_LIFE = multiYear({ funds: funds({ wholeLife: { ...WHOLE_LIFE, 合计: null, 财政资金: '-3,000,000.00' } }) });
const TWO_BAD = annual({ 合计: null, 当年财政拨款: '1.234', 其他资金: '5万' });
const UNREADABLE_WITH_TOTAL = annual({ 合计: '2,810,000.00', 当年财政拨款: '281万元' });

/** A declaration in 万元 (金额单位 at the top). */
const inWan = (a: Column, unit = '万元') => declaration({ head: { 金额单位: unit }, funds: funds({ annual: a }) });
const WAN_SEVEN = inWan({ 合计: null, 当年财政拨款: '100.1234567' });
const WAN_UNIT = inWan({ 合计: null, 当年财政拨款: '100万元' });

ruleTester('amount-format', {
  valid: [
    { name: 'plain integer', code: annual({ 合计: '2810000', 当年财政拨款: '2810000' }), otherRules: [] },
    // 金额单位: 万元: six decimals, exact to the 分.
    { name: '万元 with six decimals', code: inWan({ 合计: '100.123456', 当年财政拨款: '100.123456' }), otherRules: [] },
    { name: '万元 with none', code: inWan({ 合计: '100', 当年财政拨款: '100' }), otherRules: [] },
    { name: '金额单位: 元 is the default, said aloud', code: inWan({ 合计: '1,000,000.00', 当年财政拨款: '1,000,000.00' }, '元'), otherRules: [] },
    {
      name: '金额单位 from declare.config.yaml',
      code: annual({ 合计: '100.123456', 当年财政拨款: '100.123456' }),
      options: { amountUnit: '万元' },
      otherRules: [],
    },
    { name: 'thousands separators with two decimals', code: annual({ 合计: '2,810,000.00', 当年财政拨款: '2,810,000.00' }), otherRules: [] },
    { name: 'quoted text', code: annual({ 合计: null, 当年财政拨款: "'1,000,000.00'" }), otherRules: [] },
    { name: 'zero written 0 and 0.00', code: annual({ 上年结转资金: '0.00', 其他资金: '0' }), otherRules: [] },
    { name: 'one decimal', code: annual({ 合计: '0.5', 当年财政拨款: '0.5' }), otherRules: [] },
    // YAML would make 2810000.5 of it; the characters typed have two decimals, which is what counts.
    { name: 'YAML float 2810000.50 judged as written', code: annual({ 合计: '2,810,000.50', 当年财政拨款: '2810000.50' }), otherRules: [] },
    // 0.1 + 0.2 !== 0.3 in floating point; exact 分 arithmetic adds up (fund-annual-sum stays quiet too).
    { name: '0.1 + 0.2 sums exactly to 合计 0.3', code: annual({ 合计: '0.3', 当年财政拨款: '0.1', 上年结转资金: '0.2' }), otherRules: [] },
    { name: 'whole-life column amounts', code: multiYear(), otherRules: [] },
    { name: 'leading zeros are still a number', code: annual({ 合计: null, 其他资金: '007' }), otherRules: [] },
  ],
  invalid: [
    bad('negative', '-5', ['负数', '-5', '没有这项资金时填 0', '当年财政拨款']),
    bad('negative with a full-width minus', '－5', '负数'),
    {
      name: '万元: a seventh decimal is below the 分',
      code: WAN_SEVEN,
      errors: [{ ...posOf(WAN_SEVEN, '当年财政拨款', '100.1234567'), path: CURRENT, messageId: 'too-many-decimals', data: { unit: '万元' }, message: '超过六位小数' }],
      otherRules: [],
    },
    {
      name: '万元: the unit written again after the number',
      code: WAN_UNIT,
      errors: [{ ...posOf(WAN_UNIT, '当年财政拨款', '100万元'), path: CURRENT, messageId: 'has-unit', message: '本文件的金额单位是万元' }],
      otherRules: [],
    },
    bad('万元 instead of 元', '281万元', ['“281万元”带了单位“万元”', '金额单位: 万元', '换算成元']),
    bad('more than two decimals', '1.234', ['1.234', '超过两位小数']),
    bad('bad grouping 2,81,000', '2,81,000', ['2,81,000', '逗号位置不对'], 1),
    bad('grouping of four digits', '1,0000', '每三位一个', 1),
    bad('exponent 1e3 (YAML reads 1000)', '1e3', ['“1e3”', '科学计数法', '请写成 1000'], 1),
    bad('hexadecimal 0x10 (YAML reads 16)', '0x10', ['“0x10”', '十六进制', '请写成 16']),
    bad('octal 0o10 (YAML reads 8)', '0o10', ['八进制', '请写成 8']),
    bad('currency sign', '¥100', '不是金额'),
    bad('explicit plus sign', '+5', ['正号', '请写成 5']),
    bad('empty quoted string', "''", '金额为空'),
    // Typed with a Chinese input method: each names the character, points at it and shows the amount to write.
    bad('full-width comma', '1，000', ['全角逗号“，”', '请写成 1,000 或 1000'], 1),
    bad('full-width digits', '２８１００００', ['全角数字“２”', '请写成 2810000']),
    bad('full-width dot', '2,810,000．00', ['全角句点“．”', '请写成 2,810,000.00 或 2810000.00'], 9),
    bad('a space inside the number', "'2 810 000'", ['空格', '请写成 2,810,000 或 2810000'], 2),
    bad('an ideographic space (U+3000) inside the number', '2\u3000810\u3000000', ['全角空格', '请写成 2,810,000 或 2810000'], 1),
    bad('a fraction', '1/2', ['分数', '请写成 0.5'], 1),
    bad('two decimal points', '1.2.3', ['不止一个小数点', '请改写成一个普通数字'], 3),
    bad('a dot with nothing after it', "'5.'", ['小数点后面没有数字', '请写成 5'], 2),
    bad('no digit before the point', "'.5'", ['小数点前面没有数字', '请写成 0.5'], 1),
    bad('too large: 401 digits, said as too large, never Infinity', '9'.repeat(401), ['太大', '共 401 位'], 0),
    bad('too large: one 万亿元', '1,000,000,000,000', ['太大', '1,000,000,000,000.00']),
    {
      name: 'a whole-life amount',
      code: NEGATIVE_WHOLE_LIFE,
      errors: [{ ...posOf(NEGATIVE_WHOLE_LIFE, '财政资金', '-3'), path: ['项目资金', '项目资金总额', '财政资金'], message: ['项目资金 › 项目资金总额 › 财政资金', '负数'] }],
      otherRules: [],
    },
    {
      name: 'two bad amounts, reported in file order',
      code: TWO_BAD,
      errors: [
        { ...posOf(TWO_BAD, '当年财政拨款', '1.234'), path: CURRENT, message: '超过两位小数' },
        { ...posOf(TWO_BAD, '其他资金', '5万'), path: ['项目资金', '年度资金申请总额', '其他资金'], message: '不是金额' },
      ],
      otherRules: [],
    },
    // The sum cannot be checked while a part is unreadable, so only amount-format speaks.
    {
      name: 'an unreadable part does not also produce a sum error',
      code: UNREADABLE_WITH_TOTAL,
      errors: [{ ...posOf(UNREADABLE_WITH_TOTAL, '当年财政拨款', '281万元'), path: CURRENT, message: '单位' }],
      otherRules: [],
    },
  ],
});

describe('amount-format: values YAML does not read as text or number', () => {
  it.each(['.inf', '-.inf', '.nan'])('%s is judged as written: not an amount, at the value', (v) => {
    const code = annual({ 合计: null, 当年财政拨款: v });
    const ds = run({ code });
    expect(ds.map((d) => d.rule)).toEqual(['amount-format']);
    expect(ds[0]!.span).toMatchObject(posOf(code, '当年财政拨款', v));
    expect(diagnosticMessage(ds[0]!, 'zh')).toContain(`“${v}”`);
    expect(diagnosticMessage(ds[0]!, 'zh')).not.toMatch(/Infinity|NaN/);
  });

  it('true is refused as a boolean, not silently read as an amount', () => {
    const ds = run({ code: annual({ 合计: null, 其他资金: 'true' }) });
    expect(ds.map((d) => d.rule)).toEqual(['wrong-type']);
    expect(diagnosticMessage(ds[0]!, 'zh')).toContain('布尔值');
  });
});
