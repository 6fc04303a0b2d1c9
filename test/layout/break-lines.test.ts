import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakLines } from '../../src/layout/break-lines.js';
import { drawableText, textWidth } from '../../src/layout/measure.js';
import { loadFontSet } from '../../src/fonts/font-set.js';
import { fakeMeasurer } from './fake-measurer.js';

const m = fakeMeasurer();
const style = { size: 10, weight: 'regular' as const };
const lines = (text: string, width: number) => breakLines(text, width, style, m);

describe('breakLines', () => {
  it('breaks CJK text between any two characters, filling each line', () => {
    expect(lines('一二三四五六七八九十', 35)).toEqual(['一二三', '四五六', '七八九', '十']);
  });

  it('never starts a line with closing punctuation (UAX #14)', () => {
    // At 3 characters a line, a naive break would put ，。、）” at the start of lines 2–5.
    const text = '一二三，四五。六七、八九）十一”二三';
    const out = lines(text, 30);
    expect(out.join('')).toBe(text);
    for (const l of out.slice(1)) expect(l).not.toMatch(/^[，。、）”]/);
    expect(out.every((l) => textWidth(l, 10, 'regular', m) <= 30 || [...l].length === 1)).toBe(true);
  });

  it('never ends a line with opening punctuation', () => {
    const out = lines('一二（三四）五六“七八”', 30);
    expect(out.join('')).toBe('一二（三四）五六“七八”');
    for (const l of out) expect(l).not.toMatch(/[（“]$/);
  });

  it('breaks Latin text at spaces and drops the space at the break', () => {
    // 5 pt per character, 60 pt: 12 characters a line.
    expect(lines('alpha beta gamma delta', 60)).toEqual(['alpha beta', 'gamma delta']);
  });

  it('forces a break inside a word too long for the line', () => {
    const word = 'abcdefghijklmnopqrstuvwxyz0123456789';
    const out = lines(word, 50);
    expect(out.join('')).toBe(word);
    expect(out.length).toBe(4);
    for (const l of out) expect(textWidth(l, 10, 'regular', m)).toBeLessThanOrEqual(50);
  });

  it('keeps closing punctuation off the start of a forced line', () => {
    const out = lines('abcdefghij，klm', 50);
    expect(out.join('')).toBe('abcdefghij，klm');
    for (const l of out) expect(l).not.toMatch(/^，/);
  });

  it('keeps explicit newlines and blank lines', () => {
    expect(lines('第一段\n\n第二段', 100)).toEqual(['第一段', '', '第二段']);
    expect(breakLines(drawableText('一行\r\n二行'), 100, style, m)).toEqual(['一行', '二行']);
  });

  it('mixes CJK and numbers as the seed text does (督查 20次)', () => {
    const out = lines('对主流新媒体调研、检查、督查 20次，压实企业主体责任', 80);
    expect(out.join('').replace(/\s/g, '')).toBe('对主流新媒体调研、检查、督查20次，压实企业主体责任');
    for (const l of out) expect(textWidth(l, 10, 'regular', m)).toBeLessThanOrEqual(80);
  });

  it('property: lines fit and keep every non-space character in order', () => {
    const alphabet = fc.constantFrom(...'一二三四五六七八九十网络宣传，。、）（abc xyz0123456789'.split(''), ' ', '\n', 'w'.repeat(30));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }), fc.integer({ min: 20, max: 200 }), (parts, width) => {
        const text = parts.join('');
        const out = lines(text, width);
        expect(out.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        for (const l of out) expect(textWidth(l, 10, 'regular', m)).toBeLessThanOrEqual(width + 1e-9);
      }),
      { numRuns: 500 },
    );
  });

  it('property: in running text no line starts with ，。、）, however narrow the column', () => {
    // Punctuation as in real text: after a character, never two closing marks in a row.
    const token = fc.constantFrom('网', '络', '宣', '传', '一，', '二。', '三、', '四）', '（五', 'ab ', '12', 'w'.repeat(30) + '，', ' ', '\n');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), fc.integer({ min: 20, max: 200 }), (parts, width) => {
        for (const para of parts.join('').split('\n')) {
          const pl = lines(para, width);
          pl.forEach((l, i) => {
            if (i > 0 && /^[，。、）]/.test(l)) expect([...pl[i - 1]!.trimEnd()].length, `"${pl[i - 1]}" / "${l}"`).toBeLessThanOrEqual(1);
          });
        }
      }),
      { numRuns: 500 },
    );
  });

  it('measures with the real bundled font: 五号 CJK is 10.5 pt a character', () => {
    const fonts = loadFontSet();
    expect(textWidth('财政项目', 10.5, 'regular', fonts)).toBeCloseTo(42, 5);
    const out = breakLines('计划开始日期', 44, { size: 10.5, weight: 'regular' }, fonts);
    expect(out).toEqual(['计划开始', '日期']);
  });
});
