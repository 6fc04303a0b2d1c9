import { describe, expect, it } from 'vitest';
import { layoutDeclaration } from '../../src/api/render.js';
import { exampleFiles, loadExample } from '../helpers/examples.js';
import { seedAvailable, wrapFigures } from './seed-wraps.js';

// The six examples are the projects of the published 汇总表 (../shared/seed). For every multi-line cell of
// theirs that the seed's text shows — header values, goal texts, 三级指标 names, 一级/二级 labels — compare
// where the published form breaks the text onto a new line with where our layout does.
const figures = seedAvailable()
  ? wrapFigures(exampleFiles().map((f) => { const decl = loadExample(f.split('/').pop()!); return { decl, layout: layoutDeclaration(decl).layout }; }))
  : undefined;
const pct = (n: number) => (figures ? ((100 * n) / figures.published).toFixed(1) : '?');

describe.skipIf(!figures)('line breaks as in the published 汇总表', () => {
  it(`reproduces ${figures?.matched}/${figures?.published} (${pct(figures?.matched ?? 0)} %) of the published breaks at the same character, with ${figures?.extra} (${pct(figures?.extra ?? 0)} %) breaks of our own`, () => {
    const f = figures!;
    expect(f.published).toBeGreaterThan(100);
    expect(f.matched / f.published).toBeGreaterThanOrEqual(0.9);
    expect(f.extra / f.published).toBeLessThanOrEqual(0.05);
  });

  it('finds the cells in the seed: every example, each kind of cell', () => {
    const f = figures!;
    expect(new Set(f.cells.map((c) => c.project)).size).toBe(6);
    expect(new Set(f.cells.map((c) => c.kind))).toEqual(new Set(['header', 'goal', 'indicator', 'label']));
    // The measure itself: 三级指标 lines of 15 ideographs, as printed.
    const cell = f.cells.find((c) => c.text === '在网络热点舆论中进行引导评价成本')!;
    expect(cell.published).toEqual([15]);
    expect(cell.ours).toEqual([15]);
  });
});
