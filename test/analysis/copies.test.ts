import { describe, expect, it } from 'vitest';
import { findCopies, overallCopiesAnnual, sameText } from '../../src/analysis/copies.js';

const GOAL = '通过对信息化系统进行维护，实现保障网信办涉密网络系统和机房的运行稳定。';

describe('copies', () => {
  it('the same goal, wrapped, spaced or punctuated differently, is a copy', () => {
    expect(sameText(GOAL, '通过对信息化系统进行维护,实现保障网信办涉密网络系统\n和机房的运行稳定')).toBe(true);
    expect(sameText(GOAL, '通过对信息化系统进行维护，实现保障网信办非涉密网络系统和机房的运行稳定。')).toBe(false);
    expect(sameText('完成年度任务。', '完成年度任务')).toBe(false);
  });

  it('项目总目标 equal to 年度总体目标', () => {
    expect(overallCopiesAnnual(GOAL, `${GOAL}\n`)).toBe(true);
    expect(overallCopiesAnnual(undefined, GOAL)).toBe(false);
  });

  it('reports each copy once, against the first project with that text or indicator set', () => {
    const inds = ['系统巡检次数', '故障处置率', '系统使用人员满意度'];
    const found = findCopies([
      { ref: 'a.yaml', goals: [GOAL], indicatorNames: inds },
      { ref: 'b.yaml', goals: ['另一个目标，内容完全不同，也足够长。'], indicatorNames: [...inds].reverse() },
      { ref: 'c.yaml', goals: [GOAL], indicatorNames: ['其他指标一', '其他指标二', '其他指标三'] },
      { ref: 'd.yaml', goals: [GOAL], indicatorNames: inds },
    ]);
    expect(found).toEqual([
      { kind: 'same-indicators', copy: 'b.yaml', original: 'a.yaml' },
      { kind: 'same-goal', copy: 'c.yaml', original: 'a.yaml', goalIndex: 0 },
      { kind: 'same-goal', copy: 'd.yaml', original: 'a.yaml', goalIndex: 0 },
      { kind: 'same-indicators', copy: 'd.yaml', original: 'a.yaml' },
    ]);
  });

  it('two indicators in common are not a copied set', () => {
    expect(findCopies([
      { ref: 'a', goals: [], indicatorNames: ['满意度', '及时率'] },
      { ref: 'b', goals: [], indicatorNames: ['满意度', '及时率'] },
    ])).toEqual([]);
  });
});

describe('copies by digest', () => {
  it('finds the same copies as the texts do', async () => {
    const { copyKeys, findCopiesByKeys } = await import('../../src/analysis/copies.js');
    const inds = ['系统巡检次数', '故障处置率', '系统使用人员满意度'];
    const projects = [
      { ref: 'a.yaml', goals: [GOAL], indicatorNames: inds },
      { ref: 'b.yaml', goals: ['另一个目标，内容完全不同，也足够长。'], indicatorNames: [...inds].reverse() },
      { ref: 'c.yaml', goals: [`${GOAL}\n`], indicatorNames: ['其他指标一', '其他指标二', '其他指标三'] },
    ];
    expect(findCopiesByKeys(projects.map((p) => ({ ref: p.ref, keys: copyKeys(p.goals, p.indicatorNames) })))).toEqual(findCopies(projects));
  });
});
