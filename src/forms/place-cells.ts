import type { Typography } from '../layout/page-setup.js';

/** What placement needs of a template cell. */
export interface Sized {
  readonly width: number | 'rest';
  readonly rowSpan?: number;
}

export interface Placed<C> {
  readonly cell: C;
  /** Row within the rows given. */
  readonly row: number;
  /** Left and right edges in pt from the table's left side. */
  readonly x0: number;
  readonly x1: number;
}

const EPS = 1e-6;

/** A cell's outer width in pt: its room for text in ideographs of the body size, plus padding. */
export function outerWidth(chars: number, t: Typography): number {
  return chars * t.size + 2 * t.padX;
}

/**
 * Place rows of cells left to right as an HTML table does: each cell starts
 * where the previous one ended, skipping places taken by cells of earlier
 * rows that span into this one; a `rest` cell reaches the next taken place
 * or the table's right edge. Every row must end exactly at `tableWidth`.
 */
export function placeRows<C extends Sized>(rows: readonly (readonly C[])[], tableWidth: number, t: Typography, where = 'table'): Placed<C>[][] {
  const taken = rows.map((): [number, number][] => []);
  return rows.map((cells, r) => {
    const busy = taken[r]!.sort((a, b) => a[0] - b[0]);
    let x = 0;
    const skip = () => {
      for (const [a, b] of busy) if (Math.abs(a - x) < EPS) x = b;
    };
    const placed = cells.map((cell): Placed<C> => {
      skip();
      const x0 = x;
      const limit = busy.find(([a]) => a > x0 + EPS)?.[0] ?? tableWidth;
      const x1 = cell.width === 'rest' ? limit : x0 + outerWidth(cell.width, t);
      if (x1 > limit + EPS) throw new Error(`internal: ${where}: row ${r} is wider than its room (${x1.toFixed(1)} > ${limit.toFixed(1)} pt)`);
      x = x1;
      for (let k = 1; k < (cell.rowSpan ?? 1); k++) {
        if (!taken[r + k]) throw new Error(`internal: ${where}: a cell of row ${r} spans past the last row`);
        taken[r + k]!.push([x0, x1]);
      }
      return { cell, row: r, x0, x1 };
    });
    skip();
    if (Math.abs(x - tableWidth) > EPS) throw new Error(`internal: ${where}: row ${r} ends at ${x.toFixed(1)} pt, not at the table's edge (${tableWidth.toFixed(1)} pt)`);
    return placed;
  });
}

/** The grid's columns: one wherever some cell has an edge. */
export class ColumnSet {
  private readonly edges: number[];

  constructor(xs: Iterable<number>) {
    const sorted = [...xs].sort((a, b) => a - b);
    this.edges = sorted.filter((x, i) => i === 0 || x - sorted[i - 1]! > EPS);
  }

  /** Column widths in pt. */
  widths(): number[] {
    return this.edges.slice(1).map((x, i) => x - this.edges[i]!);
  }

  /** The column a cell edge at `x` starts (or, for a right edge, ends before). */
  index(x: number): number {
    const i = this.edges.findIndex((e) => Math.abs(e - x) <= EPS);
    if (i < 0) throw new Error(`internal: no column edge at ${x}`);
    return i;
  }
}
