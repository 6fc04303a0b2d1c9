import { describe, expect, it } from 'vitest';
import { add, compare, formatDecimal, formatGrouped, mul, parseDecimal, shift } from '../../src/analysis/decimal.js';
import { readUnit, sameBase } from '../../src/analysis/units.js';

const d = (s: string) => parseDecimal(s)!;

describe('exact decimals', () => {
  it('adds and multiplies without binary rounding', () => {
    expect(formatDecimal(add(d('0.1'), d('0.2')))).toBe('0.3');
    expect(formatDecimal(mul(d('1.10'), d('100.00')))).toBe('110');
    expect(formatDecimal(mul(d('0.000001'), d('10000')))).toBe('0.01');
    expect(compare(add(d('0.1'), d('0.2')), d('0.3'))).toBe(0);
  });
  it('converts 元 and 万元 both ways exactly', () => {
    expect(formatDecimal(shift(d('2810000.00'), -4))).toBe('281');
    expect(formatDecimal(shift(d('4134328.00'), -4))).toBe('413.4328');
    expect(formatGrouped(d('15277696.00'))).toBe('15,277,696');
    expect(formatDecimal(mul(d('1.234567'), readUnit('万元').factor))).toBe('12345.67');
  });
  it('rejects what is not a plain decimal', () => {
    for (const s of ['1e3', '0x10', '1/2', '', '1.2.3', '-5']) expect(parseDecimal(s)).toBeUndefined();
    expect(formatDecimal(d('1,000.50'))).toBe('1000.5');
  });
});

describe('units', () => {
  it.each([
    ['万元', 'money', '元', '10000', undefined],
    ['亿元', 'money', '元', '100000000', undefined],
    ['(万元/次)', 'money', '元', '10000', '次'],
    ['元/人.天', 'money', '元', '1', '人.天'],
    ['％', 'percent', '%', '1', undefined],
    ['‰', 'percent', '%', '0.1', undefined],
    ['亿人次', 'count', '人次', '100000000', undefined],
    ['万亩', 'area', '亩', '10000', undefined],
    ['小时', 'duration', '分钟', '60', undefined],
    ['个工作日', 'duration', '工作日', '1', undefined],
    ['周次', 'count', '周次', '1', undefined],
    ['家次', 'count', '家次', '1', undefined],
    ['Mbps', 'data', 'Mbps', '1', undefined],
    ['星', 'other', '星', '1', undefined],
  ])('%s', (written, family, base, factor, per) => {
    const u = readUnit(written);
    expect([u.family, u.base, formatDecimal(u.factor), u.per]).toEqual([family, base, factor, per]);
  });
  it('compares bases, not spellings', () => {
    expect(sameBase(readUnit('万人次'), readUnit('人次'))).toBe(true);
    expect(sameBase(readUnit('次'), readUnit('批次'))).toBe(false);
    expect(sameBase(readUnit('万元/次'), readUnit('元/次'))).toBe(true);
    expect(sameBase(readUnit('万元/次'), readUnit('万元/篇'))).toBe(false);
  });
});
