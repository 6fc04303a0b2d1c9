import { describe, expect, it } from 'vitest';
import { classifyQualitative } from '../../src/analysis/measurability.js';
import { nameCountConflict } from '../../src/analysis/name-count.js';
import { ind } from './helpers.js';

describe('measurability of qualitative values', () => {
  it.each([
    // From the seed
    ['进一步净化', 'direction'],
    ['提升', 'direction'],
    // From other published forms
    ['有所提升', 'direction'],
    ['明显提升', 'direction'],
    ['持续优化', 'direction'],
    ['逐步完善', 'direction'],
    ['得到改善', 'direction'],
    ['显著', 'praise'],
    ['明显', 'praise'],
    ['良好', 'praise'],
    ['效果明显', 'praise'],
    ['长期', 'open-ended'],
    ['长期有效', 'open-ended'],
    ['是', 'yes-no'],
    ['否', 'yes-no'],
    ['有', 'yes-no'],
    ['无', 'yes-no'],
  ])('%s measures nothing (%s)', (value, why) => {
    expect(classifyQualitative(value)).toEqual({ kind: 'vague', why });
  });

  it.each([
    ['不超预算', 'defined-state'],
    ['按期完成', 'defined-state'],
    ['验收合格', 'defined-state'],
    ['无重大安全事故', 'defined-state'],
    ['正常运行', 'defined-state'],
    ['优', 'graded'],
    ['良好及以上', 'graded'],
    ['评价等级为良', 'graded'],
    ['A级', 'graded'],
    ['较上年提高5个百分点', 'quantified'],
    ['较上年提高５％', 'quantified'],
  ])('%s can be assessed (%s)', (value, why) => {
    expect(classifyQualitative(value)).toEqual({ kind: 'assessable', why });
  });

  it.each(['保障', '符合规划', '社会效益', '群众出行更便利'])('%s is not judged either way', (value) => {
    expect(classifyQualitative(value)).toEqual({ kind: 'unclassified' });
  });
});

describe('a count in the name against the value', () => {
  it('村组干部230人: ≥230个 counts people in 个', () => {
    expect(nameCountConflict(ind('村组干部230人', '≥230 个'))).toMatchObject({ kind: 'unit', stated: { text: '230人' } });
  });
  it('培训300人: ≥280人 states another figure', () => {
    expect(nameCountConflict(ind('培训基层干部300人', '≥280 人'))).toMatchObject({ kind: 'figure' });
  });
  it.each([
    ['村组干部230人', '≥230 人'],
    ['培训300人以上', '≥350 人'],
    ['村组干部230人培训覆盖率', '=100 %'],
    ['2025年培训人数', '≥300 人'],
    ['5G基站建设数量', '≥20 个'],
  ])('%s: %s is consistent', (name, value) => {
    expect(nameCountConflict(ind(name, value))).toBeUndefined();
  });
});
