import { describe, expect, it } from 'vitest';
import { gridProblems, type Grid, type GridCell } from '../../src/layout/grid.js';

describe('gridProblems', () => {
  const base: GridCell = { row: 0, col: 0, rowSpan: 1, colSpan: 1, text: '', hAlign: 'left', vAlign: 'middle', weight: 'regular', shade: false, path: [] };
  it('accepts a grid whose cells cover every slot once', () => {
    const grid: Grid = { columns: [10, 10], rows: [{}, {}], repeats: [], cells: [{ ...base, rowSpan: 2 }, { ...base, col: 1 }, { ...base, row: 1, col: 1 }] };
    expect(gridProblems(grid)).toEqual([]);
  });
  it('reports overlaps, gaps, cells outside the grid and bad repeat rules', () => {
    const grid: Grid = {
      columns: [10, 10],
      rows: [{}, {}],
      repeats: [{ header: [1, 2], body: [0, 1] }],
      cells: [{ ...base, colSpan: 2 }, { ...base, col: 1 }, { ...base, row: 1, col: 1, colSpan: 2 }],
    };
    const p = gridProblems(grid).join('\n');
    expect(p).toMatch(/overlap at \(0,1\)/);
    expect(p).toMatch(/slot \(1,0\) is not covered/);
    expect(p).toMatch(/outside/);
    expect(p).toMatch(/repeat rule/);
  });
});
