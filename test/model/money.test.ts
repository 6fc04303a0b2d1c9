import { describe, expect, it } from 'vitest';
import { AMOUNT_CEILING_FEN, decimalsWritten, fenToYuanNumber, formatAmount, formatYuan, parseAmount, sumFen, type AmountProblem } from '../../src/model/money.js';
import type { FlawKind } from '../../src/model/number-text.js';

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
    ['999999999999.99', 99999999999999n],
  ])('%s → %s 分', (s, expected) => {
    expect(parseAmount(s)).toEqual({ ok: true, fen: expected });
  });

  it.each<[string, AmountProblem]>([
    ['', 'empty'],
    ['   ', 'empty'],
    ["''", 'empty'],
    ['\u200b', 'empty'],
    ['-5', 'negative'],
    ['-0.01', 'negative'],
    ['−5', 'negative'],
    ['－5', 'negative'],
    ['1.234', 'too-many-decimals'],
    ['1,000.001', 'too-many-decimals'],
    ['281万元', 'not-a-number'],
    ['¥100', 'not-a-number'],
    ['-', 'not-a-number'],
    ['abc', 'not-a-number'],
    ['.inf', 'not-a-number'],
    ['1000000000000', 'too-large'],
    ['9'.repeat(401), 'too-large'],
  ])('%j is refused: %s', (s, problem) => {
    expect(parseAmount(s)).toMatchObject({ ok: false, problem });
  });

  it('says which unit was written after a plain number', () => {
    expect(parseAmount('281万元')).toEqual({ ok: false, problem: 'not-a-number', extra: '万元' });
    expect(parseAmount('100 元')).toEqual({ ok: false, problem: 'not-a-number', extra: '元' });
  });

  it('the ceiling is 1 万亿元, exclusive', () => {
    expect(parseAmount('999,999,999,999.99')).toEqual({ ok: true, fen: AMOUNT_CEILING_FEN - 1n });
    expect(parseAmount('1,000,000,000,000.00')).toMatchObject({ ok: false, problem: 'too-large' });
  });
});

describe('parseAmount: a number with more than one reading is a finding, never a shorter number', () => {
  it.each<[string, FlawKind, number, string, string[]]>([
    // written, flaw, offset of the character named, the character, corrected
    ['1，000', 'full-width-comma', 1, '，', ['1,000', '1000']],
    ['１２３', 'full-width-digit', 0, '１', ['123']],
    ['2,810,000．00', 'full-width-dot', 9, '．', ['2,810,000.00', '2810000.00']],
    ['99。5', 'full-width-dot', 2, '。', ['99.5']],
    ['1 000', 'space', 1, ' ', ['1,000', '1000']],
    ['1\u3000000', 'space', 1, '\u3000', ['1,000', '1000']],
    ['1\u00a0000.50', 'space', 1, '\u00a0', ['1,000.50', '1000.50']],
    ['2,81,000', 'grouping', 1, ',', []],
    ['1,0000', 'grouping', 1, ',', []],
    ['1,000,00', 'grouping', 1, ',', []],
    ['1.2.3', 'decimal-points', 3, '.', []],
    ['1.', 'trailing-dot', 1, '.', ['1']],
    ['.5', 'leading-dot', 0, '.', ['0.5']],
    ['1e3', 'exponent', 1, 'e', ['1000']],
    ['2.5E4', 'exponent', 3, 'E', ['25000']],
    ['1e400', 'exponent', 1, 'e', []],
    ['0x10', 'radix', 0, '0x', ['16']],
    ['0o17', 'radix', 0, '0o', ['15']],
    ['1/2', 'fraction', 1, '/', ['0.5']],
    ['1/3', 'fraction', 1, '/', []],
    ['+5', 'plus', 0, '+', ['5']],
    ["'1，000'", 'full-width-comma', 2, '，', ['1,000', '1000']],
  ])('%j: %s at %i', (s, kind, at, char, corrected) => {
    const p = parseAmount(s);
    expect(p).toMatchObject({ ok: false, flaw: { kind, at, char, corrected } });
  });

  it('an invisible character inside a number is skipped (the invisible-character rule reports it)', () => {
    expect(parseAmount('1\u200b000')).toEqual({ ok: true, fen: 100000n });
    expect(parseAmount('\ufeff12')).toEqual({ ok: true, fen: 1200n });
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
    for (const s of ['0.00', '0.01', '999.99', '1,000.00', '2,810,000.00', '999,999,999,999.99']) expect(formatYuan(fen(s))).toBe(s);
  });
});

describe('sums in bigint 分', () => {
  it('0.1 + 0.2 is exactly 0.3 (it is not in floating point)', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumFen([fen('0.1'), fen('0.2')])).toBe(fen('0.3'));
  });

  it('adds beyond 2^53 without losing a 分 (a summary of many projects can get there)', () => {
    const big = 2n ** 53n;
    expect(sumFen([big, fen('0.01')])).toBe(2n ** 53n + 1n);
    expect(sumFen([10n ** 16n, fen('0.01')])).not.toBe(10n ** 16n);
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

describe('amounts in 万元 (金额单位: 万元)', () => {
  it.each<[string, bigint]>([
    ['281', 281_000_000n],
    ['281.00', 281_000_000n],
    ['45.6', 45_600_000n],
    ['0.000001', 1n],
    ['30.123456', 30_123_456n],
    ['10,606.7522', 10_606_752_200n],
  ])('%s 万元 → %s 分, exactly', (s, expected) => {
    expect(parseAmount(s, '万元')).toEqual({ ok: true, fen: expected });
  });

  it('allows six decimals, not seven; the same flaws and ceiling as 元', () => {
    expect(parseAmount('1.1234567', '万元')).toMatchObject({ ok: false, problem: 'too-many-decimals' });
    expect(parseAmount('1.123', '元')).toMatchObject({ ok: false, problem: 'too-many-decimals' });
    expect(parseAmount('1，000', '万元')).toMatchObject({ ok: false, problem: 'malformed' });
    expect(parseAmount('100000000', '万元')).toMatchObject({ ok: false, problem: 'too-large' });
    expect(parseAmount('99999999.999999', '万元')).toEqual({ ok: true, fen: AMOUNT_CEILING_FEN - 1n });
  });

  it('prints exactly, never rounding away a written decimal', () => {
    expect(formatAmount(45_600_000n, '万元', 1)).toBe('45.6');
    expect(formatAmount(45_600_000n, '万元', 2)).toBe('45.60');
    expect(formatAmount(30_123_456n, '万元', 2)).toBe('30.123456');
    expect(formatAmount(1_060_675_220_000n, '万元', 4)).toBe('1,060,675.2200');
    expect(formatAmount(281_000_000n, '万元', 0)).toBe('281');
    expect(formatAmount(281_000_000n, '元')).toBe('2,810,000.00');
    expect(decimalsWritten('45.60')).toBe(2);
    expect(decimalsWritten("'1,000'")).toBe(0);
  });
});
