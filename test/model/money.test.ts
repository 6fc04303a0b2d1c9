import { describe, expect, it } from 'vitest';
import { fenToYuanNumber, formatYuan, parseAmount, sumFen, type AmountProblem } from '../../src/model/money.js';

const fen = (s: string) => {
  const p = parseAmount(s);
  if (!p.ok) throw new Error(`${s}: ${p.problem}`);
  return p.fen;
};

describe('parseAmount', () => {
  it.each<[string, bigint]>([
    ['0', 0n],
    ['0.00', 0n],
    ['7', 700n],
    ['2810000', 281000000n],
    ['2810000.5', 281000050n],
    ['2810000.50', 281000050n],
    ['0.05', 5n],
    ['1,000', 100000n],
    ['2,810,000.00', 281000000n],
    ['1,000.5', 100050n],
    ['007', 700n],
    ['  12  ', 1200n],
    ["'1,000.00'", 100000n],
    ['"12.34"', 1234n],
    ['123456789012345678.99', 12345678901234567899n],
  ])('%s → %s 分', (s, expected) => {
    expect(parseAmount(s)).toEqual({ ok: true, fen: expected });
  });

  it.each<[string, AmountProblem]>([
    ['', 'empty'],
    ['   ', 'empty'],
    ["''", 'empty'],
    ['-5', 'negative'],
    ['-0.01', 'negative'],
    ['−5', 'negative'],
    ['－5', 'negative'],
    ['1.234', 'too-many-decimals'],
    ['1,000.001', 'too-many-decimals'],
    ['2,81,000', 'bad-grouping'],
    ['1,0000', 'bad-grouping'],
    [',100', 'bad-grouping'],
    ['100,', 'bad-grouping'],
    ['1,000,00', 'bad-grouping'],
    ['281万元', 'not-a-number'],
    ['¥100', 'not-a-number'],
    ['1e3', 'not-a-number'],
    ['0x10', 'not-a-number'],
    ['+5', 'not-a-number'],
    ['1 000', 'not-a-number'],
    ['１２３', 'not-a-number'],
    ['1.2.3', 'not-a-number'],
    ['.5', 'not-a-number'],
    ['1.', 'not-a-number'],
    ['-', 'not-a-number'],
    ['abc', 'not-a-number'],
  ])('%j is refused: %s', (s, problem) => {
    expect(parseAmount(s)).toEqual({ ok: false, problem });
  });
});

describe('formatYuan', () => {
  it.each<[bigint, string]>([
    [0n, '0.00'],
    [5n, '0.05'],
    [50n, '0.50'],
    [100n, '1.00'],
    [99999n, '999.99'],
    [100000n, '1,000.00'],
    [281000000n, '2,810,000.00'],
    [123456789n, '1,234,567.89'],
    [-5n, '-0.05'],
    [-123456789n, '-1,234,567.89'],
  ])('%s 分 → %s', (f, s) => {
    expect(formatYuan(f)).toBe(s);
  });

  it('is exact beyond 2^53 分', () => {
    expect(formatYuan(2n ** 53n + 1n)).toBe('90,071,992,547,409.93');
    expect(formatYuan(2n ** 64n)).toBe('184,467,440,737,095,516.16');
    expect(formatYuan(10n ** 22n + 1n)).toBe('100,000,000,000,000,000,000.01');
  });

  it('round-trips what parseAmount reads', () => {
    for (const s of ['0.00', '0.01', '999.99', '1,000.00', '2,810,000.00', '90,071,992,547,409.93']) expect(formatYuan(fen(s))).toBe(s);
  });
});

describe('sums in bigint 分', () => {
  it('0.1 + 0.2 is exactly 0.3 (it is not in floating point)', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumFen([fen('0.1'), fen('0.2')])).toBe(fen('0.3'));
  });

  it('adds beyond 2^53 without losing a 分', () => {
    const big = fen('90,071,992,547,409.92');
    expect(sumFen([big, fen('0.01')])).toBe(2n ** 53n + 1n);
    expect(sumFen([fen('100,000,000,000,000.00'), fen('0.01')])).not.toBe(fen('100,000,000,000,000.00'));
  });

  it('sums of written notations agree', () => {
    expect(sumFen([fen('999.5'), fen('0.50'), fen('0')])).toBe(fen('1,000.00'));
    expect(sumFen([])).toBe(0n);
  });

  it('fenToYuanNumber is exact for spreadsheet-sized amounts', () => {
    expect(fenToYuanNumber(281000000n)).toBe(2810000);
    expect(fenToYuanNumber(5n)).toBe(0.05);
    expect(fenToYuanNumber(0n)).toBe(0);
  });
});
