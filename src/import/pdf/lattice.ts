import type { Rule } from './read-pages.js';

/** A table cell found from ruling lines: the smallest ruled rectangle with its corner at a line crossing. */
export interface LatticeCell {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** Lines closer than this (pt) are one line; a line ending this close to another still meets it. */
export const SNAP = 1.5;

interface Edge {
  /** The fixed coordinate: y of a horizontal edge, x of a vertical one. */
  at: number;
  from: number;
  to: number;
}

/**
 * The cells a table's ruling lines enclose — the "lattice" method of PDF
 * table extractors (pdfplumber, camelot): snap nearly equal coordinates
 * together, join collinear pieces into edges, find where horizontal and
 * vertical edges cross, and take each crossing as the top-left corner of
 * the smallest rectangle whose four sides all lie on edges. A merged cell
 * has no lines inside it, so it comes out as one cell spanning its rows or
 * columns. Written for declare from the published description of the method.
 */
export function latticeCells(rules: readonly Rule[]): LatticeCell[] {
  rules = [...rules, ...pageCuts(rules)];
  const horizontal = joinEdges(rules.filter((r) => r.y0 === r.y1).map((r) => ({ at: r.y0, from: r.x0, to: r.x1 })));
  const vertical = joinEdges(rules.filter((r) => r.x0 === r.x1).map((r) => ({ at: r.x0, from: r.y0, to: r.y1 })));
  if (horizontal.length < 2 || vertical.length < 2) return [];

  // Crossings: point (x, y) → the ids of the edges through it.
  const xs = clusters(vertical.map((e) => e.at));
  const ys = clusters(horizontal.map((e) => e.at));
  const xi = (x: number) => nearest(xs, x);
  const yi = (y: number) => nearest(ys, y);
  const points = new Map<string, { x: number; y: number; h: number; v: number }>();
  horizontal.forEach((h, hid) => {
    vertical.forEach((v, vid) => {
      if (v.at >= h.from - SNAP && v.at <= h.to + SNAP && h.at >= v.from - SNAP && h.at <= v.to + SNAP) {
        points.set(`${xi(v.at)},${yi(h.at)}`, { x: xi(v.at), y: yi(h.at), h: hid, v: vid });
      }
    });
  });
  const at = (x: number, y: number) => points.get(`${x},${y}`);

  // Per column and per row, the crossings in order, to walk down and right from a corner.
  const byColumn = new Map<number, number[]>();
  const byRow = new Map<number, number[]>();
  for (const p of points.values()) {
    byColumn.set(p.x, [...(byColumn.get(p.x) ?? []), p.y]);
    byRow.set(p.y, [...(byRow.get(p.y) ?? []), p.x]);
  }
  for (const list of [...byColumn.values(), ...byRow.values()]) list.sort((a, b) => a - b);

  const cells: LatticeCell[] = [];
  for (const p of [...points.values()].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const below = byColumn.get(p.x)!.filter((y) => y > p.y);
    const right = byRow.get(p.y)!.filter((x) => x > p.x);
    found: for (const by of below) {
      const b = at(p.x, by)!;
      if (b.v !== p.v) break; // the left side ends here: no cell further down either
      for (const rx of right) {
        const r = at(rx, p.y)!;
        if (r.h !== p.h) break;
        const corner = at(rx, by);
        if (corner && corner.v === r.v && corner.h === b.h) {
          cells.push({ x0: xs[p.x]!, y0: ys[p.y]!, x1: xs[rx]!, y1: ys[by]! });
          break found;
        }
      }
    }
  }
  return cells;
}

/**
 * Where a page break cuts a table, some producers (LibreOffice printing a
 * sheet) draw no line: the cells cut by the break stay open at the page's
 * last (or first) row. The vertical lines that stop at the lowest (highest)
 * point of the page's table show where the cut is; a line joining their
 * ends closes those cells, as the next page's continuation closes them there.
 */
function pageCuts(rules: readonly Rule[]): Rule[] {
  const vertical = rules.filter((r) => r.x0 === r.x1);
  if (vertical.length < 2) return [];
  const cut = (y: number, ends: (r: Rule) => number): Rule[] => {
    const at = vertical.filter((r) => Math.abs(ends(r) - y) <= SNAP).map((r) => r.x0);
    return at.length >= 2 ? [{ x0: Math.min(...at), y0: y, x1: Math.max(...at), y1: y }] : [];
  };
  const bottom = Math.max(...vertical.map((r) => r.y1));
  const top = Math.min(...vertical.map((r) => r.y0));
  return [...cut(bottom, (r) => r.y1), ...cut(top, (r) => r.y0)];
}

/** Collinear pieces (same coordinate within SNAP, touching or overlapping) joined into one edge each. */
function joinEdges(pieces: Edge[]): Edge[] {
  const out: Edge[] = [];
  const sorted = [...pieces].sort((a, b) => a.at - b.at || a.from - b.from);
  const groups: Edge[][] = [];
  for (const e of sorted) {
    const g = groups[groups.length - 1];
    if (g && Math.abs(e.at - g[0]!.at) <= SNAP) g.push(e);
    else groups.push([e]);
  }
  for (const g of groups) {
    const at = g.reduce((a, e) => a + e.at, 0) / g.length;
    const spans = g.map((e) => [e.from, e.to] as [number, number]).sort((a, b) => a[0] - b[0]);
    let [from, to] = spans[0]!;
    for (const [a, b] of spans.slice(1)) {
      if (a <= to + SNAP) to = Math.max(to, b);
      else {
        out.push({ at, from, to });
        [from, to] = [a, b];
      }
    }
    out.push({ at, from, to });
  }
  return out;
}

/** Distinct coordinates, nearly equal ones merged (their mean). */
function clusters(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1]! <= SNAP) last.push(v);
    else out.push([v]);
  }
  return out.map((c) => c.reduce((a, b) => a + b, 0) / c.length);
}

/** Index of the cluster nearest to `v`. */
function nearest(sorted: readonly number[], v: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && Math.abs(sorted[lo - 1]! - v) < Math.abs(sorted[lo]! - v) ? lo - 1 : lo;
}
