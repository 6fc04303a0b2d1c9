import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIndicatorValue, numericValue, parseIndicatorValue, type IndicatorValue } from '../../src/model/indicator-value.js';
import { withoutInvisible } from '../../src/model/number-text.js';

/**
 * One reading of every 指标值: what a rule checks is what the form prints,
 * and both agree with what the author wrote. Values are generated from the
 * pieces real ones are made of — every operator spelling, digits of both
 * widths, separators of both widths, spaces, invisible characters, exponents,
 * hex, fractions, signs, units with and without brackets — so that numbers
 * with full-width or invisible characters inside are common, not rare.
 */
const piece = fc.oneof(
  fc.constantFrom('≥', '≤', '=', '>', '<', '>=', '<=', '＞＝', '＜＝', '≧', '≦', '＝', '＞', '＜', '=='),
  fc.constantFrom('0', '1', '2', '5', '9', '20', '100', '1000', '０', '１', '５', '９'),
  fc.constantFrom(',', '，', '.', '．', '。', '·', '/', '／', '-', '－', '+', 'e', 'E', 'x', '0x', '~', '至'),
  fc.constantFrom(' ', '  ', '\u3000', '\u00a0', '\t'),
  fc.constantFrom('\u200b', '\ufeff', '\u00ad', '\u2060', '\u202e', '\u0007'),
  fc.constantFrom('次', '%', '％', '‰', '人次', '万元/次', '(次)', '（次）', '(', ')', '（', '）', '个', '年', '月', '日', '前', '以上', 'm²'),
  fc.constantFrom('提升', '进一步净化', '不超预算', '完成', 'XX', '待定', '培训次数'),
);
const loose = fc.array(piece, { minLength: 1, maxLength: 8 }).map((ps) => ps.join(''));

/** Shaped like a quantity — operator, number, unit — with stray characters inside the number now and then. */
const numberChar = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('0', '1', '2', '3', '5', '9') },
  { weight: 2, arbitrary: fc.constantFrom(',', '.') },
  { weight: 1, arbitrary: fc.constantFrom('０', '５', '，', '．', '。', '·', ' ', '\u3000', '\u00a0', '\u200b', '\ufeff', 'e', '/', '-') },
);
const shaped = fc
  .tuple(
    fc.constantFrom('', '≥', '≤', '=', '>=', '<=', '＞', '＝', '≧ '),
    fc.array(numberChar, { minLength: 1, maxLength: 7 }).map((cs) => cs.join('')),
    fc.constantFrom('', ' ', '\u3000'),
    fc.constantFrom('次', '%', '％', '‰', '人次', '万元/次', '(次)', '（次）', '( 次 )', '(次)以上', '个', '亿人次', 'e5(次)', ''),
  )
  .map((parts) => parts.join(''));
const value = fc.oneof(shaped, loose);

const NAME = '培训次数';
const parse = (s: string) => parseIndicatorValue(s, NAME);

/** What a reader compares: no invisible characters, no spaces, no brackets, operators in their official spelling. */
function canonical(s: string): string {
  const ops: [RegExp, string][] = [[/^(?:>=|＞＝|≧)/, '≥'], [/^(?:<=|＜＝|≦)/, '≤'], [/^(?:==|＝)/, '='], [/^＞/, '>'], [/^＜/, '<']];
  let t = withoutInvisible(s).trim();
  for (const [re, op] of ops) t = t.replace(re, op);
  return t.replace(/[\s()（）]/g, '');
}

const accepted = (v: IndicatorValue) => v.kind === 'quantity' || v.kind === 'bare-quantity';

describe('indicator values: one parse, printed as checked', () => {
  it('every accepted value prints as text that re-parses to the same operator, number and unit', () => {
    const seen = { accepted: 0, malformed: 0 };
    fc.assert(
      fc.property(value, (written) => {
        const v = parse(written);
        if (v.kind === 'invalid' && v.reason === 'malformed-number') seen.malformed++;
        if (!accepted(v)) return;
        seen.accepted++;
        const printed = formatIndicatorValue(v);
        const again = parse(printed);
        expect(again.kind, printed).toBe(v.kind);
        if (v.kind === 'quantity' && again.kind === 'quantity') expect([again.op, again.number, again.unit]).toEqual([v.op, v.number, v.unit]);
        if (v.kind === 'bare-quantity' && again.kind === 'bare-quantity') expect([again.number, again.unit]).toEqual([v.number, v.unit]);
        expect(numericValue(again)).toBe(numericValue(v));
      }),
      { numRuns: 3000, seed: 20251125 },
    );
    // The generator is worth something only if it reaches both sides of the line.
    expect(seen.accepted).toBeGreaterThan(600);
    expect(seen.malformed).toBeGreaterThan(300);
  });

  it('the printed value says what the author wrote: same characters, only spacing, brackets and operator spelling differ', () => {
    fc.assert(
      fc.property(value, (written) => {
        const v = parse(written);
        if (!accepted(v)) return;
        expect(canonical(formatIndicatorValue(v)), written).toBe(canonical(written));
      }),
      { numRuns: 3000, seed: 20251126 },
    );
  });

  it('the number checked is plain ASCII with one reading, and it is the number written', () => {
    fc.assert(
      fc.property(value, (written) => {
        const v = parse(written);
        if (!accepted(v)) return;
        expect(v.number).toMatch(/^(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$|^\.\d+$/);
        expect(canonical(written)).toContain(v.number);
      }),
      { numRuns: 3000, seed: 20251127 },
    );
  });

  it('a number with a full-width or invisible-looking character inside is never read as a shorter number', () => {
    const digits = fc.stringMatching(/^[1-9][0-9]{0,2}$/);
    const glue = fc.constantFrom('，', '．', '。', ' ', '\u3000', '\u00a0');
    fc.assert(
      fc.property(fc.constantFrom('≥', '≤', '=', ''), digits, glue, fc.stringMatching(/^[0-9]{3}$/), fc.constantFrom('次', '%', '(人)', '万元'), (op, a, g, b, unit) => {
        const v = parse(`${op}${a}${g}${b}${unit}`);
        expect(v.kind).toBe('invalid');
        if (v.kind === 'invalid') {
          expect(v.reason).toBe('malformed-number');
          expect(v.flaw!.char).toBe(g);
        }
      }),
      { numRuns: 500, seed: 20251128 },
    );
  });
});
