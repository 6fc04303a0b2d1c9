import { breakLines } from './break-lines.js';
import { columnEdges, type Grid, type GridCell } from './grid.js';
import { drawableText, type Measurer } from './measure.js';
import type { Typography } from './page-setup.js';

export interface MeasuredCell {
  readonly cell: GridCell;
  /** The cell's text broken to its inner width; empty for an empty cell. */
  readonly lines: readonly string[];
  /** Height the text needs including padding, in pt. */
  readonly height: number;
}

/**
 * A grid with every cell's lines broken and every row's height decided: the
 * single source both the PDF pages and the spreadsheet's row heights come
 * from.
 */
export interface MeasuredGrid {
  readonly grid: Grid;
  readonly typography: Typography;
  /** Parallel to grid.cells. */
  readonly cells: readonly MeasuredCell[];
  readonly rowHeights: readonly number[];
  /** Column edges in pt from the table's left side. */
  readonly edges: readonly number[];
  readonly lineHeight: number;
}

export function measureGrid(grid: Grid, m: Measurer, t: Typography): MeasuredGrid {
  const edges = columnEdges(grid);
  const lineHeight = t.size * t.leading;
  const cells = grid.cells.map((cell): MeasuredCell => {
    const inner = edges[cell.col + cell.colSpan]! - edges[cell.col]! - 2 * t.padX;
    const text = drawableText(cell.text);
    const lines = text === '' ? [] : breakLines(text, inner, { size: t.size, weight: cell.weight }, m);
    return { cell, lines, height: lines.length * lineHeight + 2 * t.padY };
  });

  const rowHeights = grid.rows.map(() => t.minRowHeight);
  for (const mc of cells) {
    if (mc.cell.rowSpan === 1) rowHeights[mc.cell.row] = Math.max(rowHeights[mc.cell.row]!, mc.height);
  }
  // A merged cell taller than its rows spreads the difference evenly over
  // them; narrow spans first, so a wide span sees the rows it contains.
  const merged = cells.filter((mc) => mc.cell.rowSpan > 1).sort((a, b) => a.cell.rowSpan - b.cell.rowSpan);
  for (const { cell, height } of merged) {
    let have = 0;
    for (let r = cell.row; r < cell.row + cell.rowSpan; r++) have += rowHeights[r]!;
    if (height > have) for (let r = cell.row; r < cell.row + cell.rowSpan; r++) rowHeights[r]! += (height - have) / cell.rowSpan;
  }
  return { grid, typography: t, cells, rowHeights, edges, lineHeight };
}
