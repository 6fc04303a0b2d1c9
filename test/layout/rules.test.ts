import { describe, expect, it } from 'vitest';
import { ruleSegments, type PageBox } from '../../src/layout/page.js';

const box = (x: number, y: number, w: number, h: number): PageBox => ({ x, y, w, h, shade: false, path: [] });

describe('ruleSegments', () => {
  it('draws each shared edge once and joins collinear edges', () => {
    // Two cells side by side over one wide cell.
    const segs = ruleSegments([box(0, 0, 10, 5), box(10, 0, 10, 5), box(0, 5, 20, 5)]);
    const h = segs.filter((s) => s.y1 === s.y2).map((s) => [s.y1, s.x1, s.x2]);
    const v = segs.filter((s) => s.x1 === s.x2).map((s) => [s.x1, s.y1, s.y2]);
    expect(h).toEqual([
      [0, 0, 20],
      [5, 0, 20],
      [10, 0, 20],
    ]);
    expect(v).toEqual([
      [0, 0, 10],
      [10, 0, 5],
      [20, 0, 10],
    ]);
  });

  it('keeps separate segments apart', () => {
    const segs = ruleSegments([box(0, 0, 10, 5), box(30, 0, 10, 5)]);
    expect(segs.filter((s) => s.y1 === 0 && s.y2 === 0)).toHaveLength(2);
  });
});
