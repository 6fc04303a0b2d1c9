import type { ReadCell } from '../table.js';

type Box = Pick<ReadCell, 'x0' | 'x1' | 'y0' | 'y1'>;

const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

/** Share of the narrower box's width that the two boxes have in common. */
export function xOverlap(a: Box, b: Box): number {
  const w = Math.min(a.x1 - a.x0, b.x1 - b.x0);
  return w <= 0 ? 0 : overlap(a.x0, a.x1, b.x0, b.x1) / w;
}

/** Share of the shorter box's height that the two boxes have in common. */
export function yOverlap(a: Box, b: Box): number {
  const h = Math.min(a.y1 - a.y0, b.y1 - b.y0);
  return h <= 0 ? 0 : overlap(a.y0, a.y1, b.y0, b.y1) / h;
}

/** The nearest cell right of `label` in its row (cells sharing at least half their height). */
export function rightOf(cells: readonly ReadCell[], label: Box, tol: number): ReadCell | undefined {
  return cells
    .filter((c) => c !== label && c.x0 >= label.x1 - tol && yOverlap(c, label) >= 0.5)
    .sort((a, b) => a.x0 - b.x0 || a.y0 - b.y0)[0];
}

/** The nearest cell below `label` in its column band (cells sharing at least half their width). */
export function below(cells: readonly ReadCell[], label: Box, tol: number): ReadCell | undefined {
  return cells
    .filter((c) => c !== label && c.y0 >= label.y1 - tol && xOverlap(c, label) >= 0.5)
    .sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0)[0];
}

/** Same left and right edges (a cell continued further down, on the next page or in the next row). */
export function sameBand(a: Box, b: Box, tol: number): boolean {
  return Math.abs(a.x0 - b.x0) <= Math.max(tol, 0.5) && Math.abs(a.x1 - b.x1) <= Math.max(tol, 0.5);
}

/** The vertical centre of a box. */
export const midY = (b: Box) => (b.y0 + b.y1) / 2;
