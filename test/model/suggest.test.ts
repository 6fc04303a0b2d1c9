import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from '../../src/util/suggest.js';

describe('editDistance (optimal string alignment, over code points)', () => {
  it.each<[string, string, number]>([
    ['', '', 0],
    ['', '数量指标', 4],
    ['数量指标', '数量指标', 0],
    ['数量指示', '数量指标', 1],
    ['数量指', '数量指标', 1],
    ['其它资金', '其他资金', 1],
    ['量数指标', '数量指标', 1],
    ['ab', 'ba', 1],
    ['kitten', 'sitting', 3],
    ['😀a', 'a', 1],
  ])('%j ↔ %j = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('didYouMean thresholds', () => {
  const L2 = ['数量指标', '质量指标', '时效指标'];

  it('an exact match is returned as is', () => {
    expect(didYouMean('质量指标', L2)).toBe('质量指标');
  });

  it('a trailing colon or space (full-width too) is ignored', () => {
    expect(didYouMean('数量指标：', L2)).toBe('数量指标');
    expect(didYouMean('数量指标 ', L2)).toBe('数量指标');
  });

  it('up to a third of the length may differ (at least one character)', () => {
    // 4 characters: one edit allowed.
    expect(didYouMean('数量指示', L2)).toBe('数量指标');
    expect(didYouMean('数目指示', L2)).toBeUndefined();
    // 6 characters: two edits allowed.
    expect(didYouMean('abcdxy', ['abcdef'])).toBe('abcdef');
    expect(didYouMean('abcxyz', ['abcdef'])).toBeUndefined();
    // 1–2 characters: still one.
    expect(didYouMean('合记', ['合计'])).toBe('合计');
    expect(didYouMean('年', ['年度'])).toBe('年度');
  });

  it('the closest candidate wins', () => {
    expect(didYouMean('其它资金', ['财政资金', '其他资金', '当年财政拨款'])).toBe('其他资金');
  });

  it('a truncated label suggests the one candidate it starts', () => {
    expect(didYouMean('经常性专项', ['经常性项目', '经常性专项业务费', '专项资金'])).toBe('经常性专项业务费');
    expect(didYouMean('社会效益', ['经济效益指标', '社会效益指标', '生态效益指标'])).toBe('社会效益指标');
  });

  it('a prefix of several candidates is ambiguous; a single character is too short', () => {
    expect(didYouMean('经常性', ['经常性项目', '经常性专项业务费', '其他经常性项目'])).toBe(undefined);
    expect(didYouMean('项目', ['项目名称', '项目性质', '项目类别', '项目资金'])).toBe(undefined);
    expect(didYouMean('x', ['xyzzy'])).toBeUndefined();
  });

  it('no candidates, no suggestion', () => {
    expect(didYouMean('数量指标', [])).toBeUndefined();
  });
});
