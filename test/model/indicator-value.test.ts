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
