import { describe, expect, it } from 'vitest';
import { formatIndicatorValue, numericValue, parseIndicatorValue, type InvalidReason, type Operator } from '../../src/model/indicator-value.js';

const parse = (v: string | number | null, name = '培训次数') => parseIndicatorValue(v, name);

describe('operators: every spelling normalises to the official one', () => {
  it.each<[string, Operator]>([
    ['≥20 次', '≥'],
    ['>=20 次', '≥'],
    ['＞＝20 次', '≥'],
    ['≧20 次', '≥'],
    ['≤20 次', '≤'],
    ['<=20 次', '≤'],
    ['＜＝20 次', '≤'],
    ['≦20 次', '≤'],
    ['=20 次', '='],
    ['==20 次', '='],
    ['＝20 次', '='],
    ['>20 次', '>'],
    ['＞20 次', '>'],
    ['<20 次', '<'],
    ['＜20 次', '<'],
  ])('%s → %s', (written, op) => {
    expect(parse(written)).toEqual({ kind: 'quantity', op, number: '20', unit: '次' });
  });
});

describe('number and unit', () => {
  it.each<[string, string, string]>([
    ['≥20 次', '20', '次'],
    ['≥20次', '20', '次'],
    ['≥ 20 次', '20', '次'],
    ['≥20.00(次)', '20.00', '次'],
    ['≥20.00（次）', '20.00', '次'],
    ['≥20 ( 次 )', '20', '次'],
    ['=100%', '100', '%'],
    ['=100.00(%)', '100.00', '%'],
    ['≤1.10(万元/次)', '1.10', '万元/次'],
    ['≥1,000.5 人', '1,000.5', '人'],
    ['≥.5 小时', '.5', '小时'],
    ['≥10.00(亿人次)', '10.00', '亿人次'],
  ])('%s: number %s, unit %s', (written, number, unit) => {
    expect(parse(written)).toMatchObject({ kind: 'quantity', number, unit });
  });

  it('a number and unit with no operator is a bare quantity, kept as written', () => {
    expect(parse('985米')).toEqual({ kind: 'bare-quantity', number: '985', unit: '米', text: '985米' });
    expect(parse('4（场）')).toEqual({ kind: 'bare-quantity', number: '4', unit: '场', text: '4（场）' });
  });

  it('free text is qualitative, trimmed', () => {
    expect(parse('提升')).toEqual({ kind: 'qualitative', text: '提升' });
    expect(parse('  进一步净化 ')).toEqual({ kind: 'qualitative', text: '进一步净化' });
    expect(parse('不超预算')).toEqual({ kind: 'qualitative', text: '不超预算' });
  });

  it('numericValue reads the number (separators dropped), only for quantities', () => {
    expect(numericValue(parse('≥1,000.5 人'))).toBe(1000.5);
    expect(numericValue(parse('985米'))).toBe(985);
    expect(numericValue(parse('提升'))).toBeUndefined();
    expect(numericValue(parse('XX'))).toBeUndefined();
  });
});

describe('invalid values', () => {
  it.each<[string | number | null, InvalidReason]>([
    [null, 'empty'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['XX', 'placeholder'],
    ['x', 'placeholder'],
    ['**', 'placeholder'],
    ['…', 'placeholder'],
    ['...', 'placeholder'],
    ['--', 'placeholder'],
    ['？', 'placeholder'],
    ['待定', 'placeholder'],
    ['待填', 'placeholder'],
    ['暂无', 'placeholder'],
    ['同上', 'placeholder'],
    ['TBD', 'placeholder'],
    ['N/A', 'placeholder'],
    ['培训次数', 'own-name'],
    [' 培训次数 ', 'own-name'],
    [95, 'bare-number'],
    ['95', 'bare-number'],
    ['0.5', 'bare-number'],
    ['≥abc', 'no-number'],
    ['≥', 'no-number'],
    ['=', 'no-number'],
    ['=100', 'no-unit'],
    ['≥20()', 'no-unit'],
    ['1-2个', 'range'],
    ['1~2个', 'range'],
    ['1至2个', 'range'],
    ['1到2个', 'range'],
    ['≥1-2个', 'range'],
    ['≥1～2 个', 'range'],
  ])('%j → %s', (raw, reason) => {
    const v = parse(raw);
    expect(v).toMatchObject({ kind: 'invalid', reason });
  });

  it('keeps the text as written (trimmed) for the message', () => {
    expect(parse(' ≥abc ')).toEqual({ kind: 'invalid', reason: 'no-number', text: '≥abc' });
    expect(parse(95)).toEqual({ kind: 'invalid', reason: 'bare-number', text: '95' });
  });
});

describe('formatIndicatorValue: the official print style', () => {
  it.each<[string, string]>([
    ['≥20 次', '≥20(次)'],
    ['≥20.00(次)', '≥20.00(次)'],
    ['≥20.00（次）', '≥20.00(次)'],
    ['=100%', '=100(%)'],
    ['>=90%', '≥90(%)'],
    ['＜＝1.10 万元/次', '≤1.10(万元/次)'],
    ['≧2 周次', '≥2(周次)'],
    ['＝1 项', '=1(项)'],
    ['≥1,000 人', '≥1,000(人)'],
  ])('%s → %s', (written, printed) => {
    expect(formatIndicatorValue(parse(written))).toBe(printed);
  });

  it('the number is printed as the author wrote it (20.00 stays 20.00)', () => {
    expect(formatIndicatorValue(parse('≥20.00 次'))).toBe('≥20.00(次)');
    expect(formatIndicatorValue(parse('≥020 次'))).toBe('≥020(次)');
  });

  it.each(['提升', '进一步净化', '不超预算', '985米', '4（场）'])('%s is printed unchanged', (written) => {
    expect(formatIndicatorValue(parse(written))).toBe(written);
  });
});

describe('one reading or a finding: numbers that are not plain ASCII', () => {
  it.each<[string, string, number, string[]]>([
    // written, flaw, offset of the character named (in the value as written), corrected values
    ['≥1，000次', 'full-width-comma', 2, ['≥1,000(次)', '≥1000(次)']],
    ['≥99．5%', 'full-width-dot', 3, ['≥99.5(%)']],
    ['≥５０次', 'full-width-digit', 1, ['≥50(次)']],
    ['≥1 000 次', 'space', 2, ['≥1,000(次)', '≥1000(次)']],
    ['≥1e3 次', 'exponent', 2, ['≥1000(次)']],
    ['≥0x10 次', 'radix', 1, ['≥16(次)']],
    ['≥1/2 次', 'fraction', 2, ['≥0.5(次)']],
    ['≥1 / 2 次', 'fraction', 3, ['≥0.5(次)']],
    ['1，000次', 'full-width-comma', 1, ['1,000次', '1000次']],
  ])('%s: %s at %i', (written, kind, at, corrected) => {
    expect(parse(written)).toMatchObject({ kind: 'invalid', reason: 'malformed-number', flaw: { kind, at }, corrected });
  });

  it('a negative target is its own reason, pointing at the sign', () => {
    expect(parse('≥-5(%)')).toMatchObject({ kind: 'invalid', reason: 'negative', flaw: { at: 1, char: '-' } });
  });

  it('an invisible character inside the number is skipped, as the reader skips it', () => {
    expect(parse('≥1\u200b000 次')).toEqual({ kind: 'quantity', op: '≥', number: '1000', unit: '次' });
  });

  it('a YAML number is judged as typed', () => {
    expect(parseIndicatorValue(1000, NAME_FOR_YAML, '1e3')).toMatchObject({ reason: 'malformed-number', flaw: { kind: 'exponent' } });
    expect(parseIndicatorValue(95, NAME_FOR_YAML, '95')).toEqual({ kind: 'invalid', reason: 'bare-number', text: '95' });
  });
});

const NAME_FOR_YAML = '培训次数';

describe('time values and numbered text are kept as written, no number read from them', () => {
  it.each(['2025年12月31日前', '2025年底前', '2025.07-2026.01', '2025-12-31', '2025/7', '12月底前', '6月30日前'])('%s is a time value', (written) => {
    expect(parse(written)).toEqual({ kind: 'time', text: written });
    expect(formatIndicatorValue(parse(written))).toBe(written);
  });

  it.each(['30天', '1年', '2000.1元'])('%s is a quantity without operator, not a time', (written) => {
    expect(parse(written).kind).toBe('bare-quantity');
  });

  // Issue #13: a duration that says "within" carries its operator in the 内.
  it.each(['1年内', '30个工作日内', '3个月以内', '年底前', '第四季度前', '上半年完成'])('%s is a time value', (written) => {
    expect(parse(written)).toEqual({ kind: 'time', text: written });
  });

  it('a numbered list is qualitative text', () => {
    expect(parse('1.完成培训；2.完成考核')).toEqual({ kind: 'qualitative', text: '1.完成培训；2.完成考核' });
  });
});
