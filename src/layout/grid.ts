import type { DocPath } from '../diagnostics/types.js';
import type { Fen } from '../model/money.js';
import type { Weight } from './measure.js';

/**
 * A backend-neutral table: one column set for the whole table, cells placed
 * on it with row/column spans. The form builder produces it, measure and
 * paginate lay it out, and the PDF and XLSX backends both draw from it.
 */
export interface Grid {
  /** Column widths in pt. */
  readonly columns: readonly number[];
  readonly rows: readonly GridRow[];
  /** In reading order (row, then column). */
  readonly cells: readonly GridCell[];
  /** Header rows repeated at the top of a page that continues their body. */
  readonly repeats: readonly RepeatRule[];
}

export interface GridRow {
  /** Never end a page after this row (a heading row stays with what it heads). */
  readonly keepWithNext?: boolean;
  /**
   * Long prose (a goal text): when it does not fit in what is left of a page,
   * it continues on the next one between lines, at least two lines on each
   * side, instead of moving whole and leaving the rest of the page empty.
   */
  readonly splittable?: boolean;
}

export type HAlign = 'left' | 'center' | 'right';
export type VAlign = 'top' | 'middle' | 'bottom';

export interface GridCell {
  readonly row: number;
  readonly col: number;
  readonly rowSpan: number;
  readonly colSpan: number;
  readonly text: string;
  readonly hAlign: HAlign;
  readonly vAlign: VAlign;
  readonly weight: Weight;
  /** Header shading. */
  readonly shade: boolean;
  /** Where the content comes from, so a problem can be reported at file:line:col. */
  readonly path: DocPath;
  /** An amount (the text is its display form); spreadsheets store the number. */
  readonly amount?: Fen;
  /** A plain count such as a 序号 (the text is its display form); spreadsheets store the number. */
  readonly number?: number;
  /**
   * The amount is the total of this column over grid rows [from, to):
   * spreadsheets write it as a SUM formula, with the amount as its cached value.
   */
  readonly sumOfRows?: readonly [number, number];
  /**
   * The cell leads to another sheet of the same document, named by its
   * spreadsheet sheet name: a hyperlink in a workbook, a link to the sheet's
   * first page (a named destination) in a PDF.
   */
  readonly link?: string;
}

/** Half-open row ranges: rows [header[0], header[1]) head rows [body[0], body[1]). */
export interface RepeatRule {
  readonly header: readonly [number, number];
  readonly body: readonly [number, number];
}

/** A line above the table (the form's title), centred, or set to the right (a unit such as 金额单位：元). */
export interface HeadingLine {
  readonly text: string;
  readonly align?: 'center' | 'right';
  readonly size: number;
  readonly weight: Weight;
  readonly path: DocPath;
  /** Space below, in pt. */
  readonly gapAfter: number;
}

/**
 * One titled table: a form, or the summary's overview. It becomes a run of
 * PDF pages (starting on a new page) and one spreadsheet sheet.
 */
export interface Sheet {
  /** For the PDF's document title, outline entry and the like. */
  readonly title: string;
  readonly heading: readonly HeadingLine[];
  readonly grid: Grid;
}

export type CellStyle = Pick<GridCell, 'hAlign' | 'vAlign' | 'weight' | 'shade'>;

/**
 * The structural rules the layout relies on: every cell inside the grid, no
 * two cells overlapping, every (row, column) slot covered exactly once, cells
 * in reading order, repeat rules pointing at real rows. Returns the problems.
 */
export function gridProblems(grid: Grid): string[] {
  const problems: string[] = [];
  const nRows = grid.rows.length;
  const nCols = grid.columns.length;
  const owner: (number | undefined)[][] = Array.from({ length: nRows }, () => Array.from({ length: nCols }, (): number | undefined => undefined));
  grid.cells.forEach((c, i) => {
    if (c.rowSpan < 1 || c.colSpan < 1 || c.row < 0 || c.col < 0 || c.row + c.rowSpan > nRows || c.col + c.colSpan > nCols) {
      problems.push(`cell ${i} (${c.row},${c.col} ${c.rowSpan}×${c.colSpan}) lies outside the ${nRows}×${nCols} grid`);
      return;
    }
    for (let r = c.row; r < c.row + c.rowSpan; r++) {
      for (let k = c.col; k < c.col + c.colSpan; k++) {
        const prev = owner[r]![k];
        if (prev !== undefined) problems.push(`cells ${prev} and ${i} overlap at (${r},${k})`);
        else owner[r]![k] = i;
      }
    }
    const p = grid.cells[i - 1];
    if (p && (p.row > c.row || (p.row === c.row && p.col > c.col))) problems.push(`cell ${i} is out of reading order`);
  });
  owner.forEach((row, r) => row.forEach((o, k) => o === undefined && problems.push(`slot (${r},${k}) is not covered by any cell`)));
  for (let k = 0; k < nCols; k++) if (owner.every((row) => row[k] === undefined)) problems.push(`column ${k} is empty`);
  for (const rule of grid.repeats) {
    const [h0, h1] = rule.header;
    const [b0, b1] = rule.body;
    if (!(0 <= h0 && h0 < h1 && h1 <= b0 && b0 <= b1 && b1 <= nRows)) problems.push(`repeat rule ${JSON.stringify(rule)} is not header-before-body within the grid`);
  }
  return problems;
}

/** x offsets of the column edges: [0, w0, w0+w1, …, total]. */
export function columnEdges(grid: Grid): number[] {
  const edges = [0];
  for (const w of grid.columns) edges.push(edges[edges.length - 1]! + w);
  return edges;
}
