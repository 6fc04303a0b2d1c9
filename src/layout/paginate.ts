import { breakLines } from './break-lines.js';
import type { GridCell, HeadingLine, Sheet } from './grid.js';
import type { MeasuredGrid } from './measure-grid.js';
import { drawableText, faceRuns, textWidth, type Measurer, type Weight } from './measure.js';
import type { LaidPage, PageBox, PageHeadingLine, PageStructure, PageText } from './page.js';
import { baselineOffset, contentHeight, contentWidth, type PageGeometry } from './page-setup.js';

export interface PaginateOptions {
  readonly page: PageGeometry;
  /** Face for characters no face covers, per weight (FontSet.primary). */
  readonly fallbackFace: Readonly<Record<Weight, string>>;
}

/**
 * Lay a measured sheet out on pages. Rows break between pages, never inside,
 * unless a row is taller than a whole page: then it is split between lines.
 * Header rows of a repeat rule are repeated on pages that continue their
 * body, and a merged cell that continues on a new page shows its label
 * again there, as people expect of a printed form. Pages come without
 * numbers: see numberPages.
 */
export function paginate(sheet: Sheet, mg: MeasuredGrid, m: Measurer, opts: PaginateOptions): LaidPage[] {
  const width = contentWidth(opts.page);
  const heading = layoutHeading(sheet.heading, width, m);
  const plans = planPages(mg, contentHeight(opts.page), heading.height);
  const index = indexRows(mg);
  return plans.map((plan, i) => drawPlan(plan, i, sheet, heading, mg, index, m, opts));
}

/** One row (or part of a split row) on a page. */
interface Slice {
  readonly row: number;
  height: number;
  /** A header row drawn again on a continuation page. */
  readonly repeated: boolean;
  /** For a split row: the lines [from, to) of each of its cells shown here. */
  readonly lines?: ReadonlyMap<number, readonly [number, number]>;
}

interface Plan {
  readonly slices: Slice[];
  readonly first: boolean;
}

const EPS = 0.01;

interface RowIndex {
  /** Cells of one row, per row. */
  readonly single: readonly number[][];
  /** Cells spanning several rows that cover the row, per row. */
  readonly covering: readonly number[][];
}

function indexRows(mg: MeasuredGrid): RowIndex {
  const single = mg.grid.rows.map((): number[] => []);
  const covering = mg.grid.rows.map((): number[] => []);
  mg.grid.cells.forEach((c, i) => {
    if (c.rowSpan === 1) single[c.row]!.push(i);
    else for (let r = c.row; r < c.row + c.rowSpan; r++) covering[r]!.push(i);
  });
  return { single, covering };
}

const inSpan = (c: GridCell, row: number) => c.row <= row && row < c.row + c.rowSpan;
const lastRow = (c: GridCell) => c.row + c.rowSpan - 1;

function planPages(mg: MeasuredGrid, capacity: number, headingHeight: number): Plan[] {
  const { grid, rowHeights, lineHeight, typography: t } = mg;
  const cells = grid.cells;
  const need = mg.cells.map((c) => c.height);
  const { single, covering } = indexRows(mg);
  const n = grid.rows.length;

  const headerRowsFor = (row: number): number[] =>
    grid.repeats.filter((rule) => rule.body[0] <= row && row < rule.body[1]).flatMap((rule) => range(rule.header[0], rule.header[1]));
  const headerHeight = (row: number) => headerRowsFor(row).reduce((a, hr) => a + rowHeights[hr]!, 0);

  const pages: Plan[] = [];
  let page: Plan = { slices: [], first: true };
  let used = headingHeight;
  let r = 0;
  /** While a split row continues: the next line of each of its cells. */
  let from: Map<number, number> | undefined;

  const bodySlices = () => page.slices.filter((s) => !s.repeated);
  const fragmentHeight = (c: number) => page.slices.reduce((a, s) => (inSpan(cells[c]!, s.row) ? a + s.height : a), 0);
  const newPage = () => {
    pages.push(page);
    page = { slices: [], first: false };
    used = 0;
    for (const hr of headerRowsFor(r)) {
      page.slices.push({ row: hr, height: rowHeights[hr]!, repeated: true });
      used += rowHeights[hr]!;
    }
  };
  const remainingHeight = (row: number, next: ReadonlyMap<number, number>) => {
    let lines = 0;
    for (const c of single[row]!) lines = Math.max(lines, mg.cells[c]!.lines.length - (next.get(c) ?? 0));
    return Math.max(t.minRowHeight, lines * lineHeight + 2 * t.padY);
  };

  /** End the page before row r; returns the row the next page starts with (earlier when rows move along). */
  const closePage = (r: number): number => {
    for (let guard = 0; guard <= n; guard++) {
      const body = bodySlices();
      const last = body[body.length - 1];
      if (!last || body.length < 2) return r;
      // A heading row is not left alone at the bottom of a page.
      if (grid.rows[last.row]?.keepWithNext && !last.lines) {
        page.slices.splice(page.slices.indexOf(last), 1);
        used -= last.height;
        r = last.row;
        continue;
      }
      // A merged cell that continues on the next page needs room for its label here too.
      let moved = false;
      for (const c of covering[last.row]!) {
        const cell = cells[c]!;
        if (lastRow(cell) <= last.row) continue;
        const deficit = need[c]! - fragmentHeight(c);
        if (deficit <= EPS) continue;
        if (capacity - used >= deficit) {
          last.height += deficit;
          used += deficit;
          continue;
        }
        // No room to grow: move the cell's rows to the next page, if any row stays here.
        const at = page.slices.findIndex((s) => !s.repeated && inSpan(cell, s.row));
        if (at > page.slices.indexOf(body[0]!)) {
          const removed = page.slices.splice(at);
          used -= removed.reduce((a, s) => a + s.height, 0);
          r = removed[0]!.row;
          moved = true;
          break;
        }
      }
      if (!moved) return r;
    }
    return r;
  };

  while (r < n) {
    let h = from ? remainingHeight(r, from) : rowHeights[r]!;
    // A merged cell that began on an earlier page and ends with this row needs room for its label on this page.
    for (const c of covering[r]!) {
      if (lastRow(cells[c]!) !== r) continue;
      const deficit = need[c]! - (fragmentHeight(c) + h);
      if (deficit > EPS) h += deficit;
    }
    if (used + h <= capacity + EPS) {
      const lines = from && new Map(single[r]!.map((c) => [c, [from!.get(c) ?? 0, mg.cells[c]!.lines.length] as const]));
      page.slices.push({ row: r, height: h, repeated: false, ...(lines && { lines }) });
      used += h;
      r++;
      from = undefined;
      continue;
    }
    const fresh = bodySlices().length === 0;
    const tooTall = h > capacity - headerHeight(r) + EPS;
    if (fresh || tooTall || grid.rows[r]?.splittable) {
      // Taller than any page, or prose that may continue: split it between lines, starting here unless hardly
      // anything would fit (prose keeps two lines on each side of the break).
      const room = capacity - used;
      const left = Math.max(...single[r]!.map((c) => mg.cells[c]!.lines.length - (from?.get(c) ?? 0)), 0);
      const fits = Math.floor((room - 2 * t.padY + EPS) / lineHeight);
      const prose = !fresh && !tooTall;
      if (fresh || (tooTall && room >= 2 * lineHeight + 2 * t.padY) || (prose && fits >= 2 && left - fits >= 2)) {
        const k = Math.max(1, fits);
        const lines = new Map<number, readonly [number, number]>();
        const next = new Map<number, number>();
        for (const c of single[r]!) {
          const start = from?.get(c) ?? 0;
          const end = Math.min(mg.cells[c]!.lines.length, start + k);
          lines.set(c, [start, end]);
          next.set(c, end);
        }
        page.slices.push({ row: r, height: room, repeated: false, lines });
        used = capacity;
        from = next;
        newPage();
        continue;
      }
    }
    r = closePage(r);
    newPage();
  }
  pages.push(page);
  return pages;
}

function range(a: number, b: number): number[] {
  return Array.from({ length: Math.max(0, b - a) }, (_, i) => a + i);
}

interface HeadingLayout {
  readonly height: number;
  readonly lines: readonly { readonly text: string; readonly size: number; readonly weight: Weight; readonly baseline: number; readonly line: HeadingLine }[];
  readonly blocks: readonly PageHeadingLine[];
}

function layoutHeading(heading: readonly HeadingLine[], width: number, m: Measurer): HeadingLayout {
  const lines: HeadingLayout['lines'][number][] = [];
  const blocks: PageHeadingLine[] = [];
  let y = 0;
  for (const h of heading) {
    const pitch = h.size * 1.4;
    const top = y;
    const broken = breakLines(drawableText(h.text), width, { size: h.size, weight: h.weight }, m);
    for (const text of broken) {
      lines.push({ text, size: h.size, weight: h.weight, baseline: y + baselineOffset(h.size, pitch), line: h });
      y += pitch;
    }
    y += h.gapAfter;
    blocks.push({ line: h, lines: broken.length, height: y - top });
  }
  return { height: y, lines, blocks };
}

interface Fragment {
  readonly cell: number;
  readonly firstSlice: number;
  lastSlice: number;
  readonly y: number;
  h: number;
  readonly lines: readonly string[];
  /** Index of the first of `lines` among the cell's lines. */
  readonly from: number;
  /** Part of a split row: lines flow from the top. */
  readonly split: boolean;
}

function drawPlan(
  plan: Plan,
  index: number,
  sheet: Sheet,
  heading: HeadingLayout,
  mg: MeasuredGrid,
  { single, covering }: RowIndex,
  m: Measurer,
  opts: PaginateOptions,
): LaidPage {
  const geo = opts.page;
  // A table narrower than the page is centred on it.
  const tableWidth = mg.edges[mg.edges.length - 1]!;
  const left = geo.margin.left + Math.max(0, (contentWidth(geo) - tableWidth) / 2);
  const boxes: PageBox[] = [];
  const texts: PageText[] = [];
  const t = mg.typography;
  let y = geo.margin.top;

  const emitLine = (text: string, x: number, baseline: number, size: number, weight: Weight, path: PageText['path']) => {
    for (const run of faceRuns(text, size, weight, m, opts.fallbackFace[weight])) {
      texts.push({ x, y: baseline, size, face: run.face, fauxBold: run.fauxBold, text: run.text, width: run.width, path });
      x += run.width;
    }
  };

  if (plan.first) {
    const width = contentWidth(geo);
    for (const l of heading.lines) {
      const w = textWidth(l.text, l.size, l.weight, m);
      // Centred on the page; a line set to the right ends where the table does.
      const x = l.line.align === 'right' ? left + tableWidth - w : geo.margin.left + (width - w) / 2;
      emitLine(l.text, x, y + l.baseline, l.size, l.weight, l.line.path);
    }
    y += heading.height;
  }

  const frags: Fragment[] = [];
  const open = new Map<number, Fragment>();
  plan.slices.forEach((s, i) => {
    for (const c of single[s.row]!) {
      const range = s.lines?.get(c);
      const lines = range ? mg.cells[c]!.lines.slice(range[0], range[1]) : mg.cells[c]!.lines;
      frags.push({ cell: c, firstSlice: i, lastSlice: i, y, h: s.height, lines, from: range?.[0] ?? 0, split: s.lines !== undefined });
    }
    const here = new Set(covering[s.row]);
    for (const c of open.keys()) if (!here.has(c)) open.delete(c);
    for (const c of covering[s.row]!) {
      const f = open.get(c);
      if (f) {
        f.h += s.height;
        f.lastSlice = i;
      } else {
        const nf: Fragment = { cell: c, firstSlice: i, lastSlice: i, y, h: s.height, lines: mg.cells[c]!.lines, from: 0, split: false };
        frags.push(nf);
        open.set(c, nf);
      }
    }
    y += s.height;
  });
  // Reading order: top to bottom, then left to right (text extraction and screen readers follow it).
  frags.sort((a, b) => a.firstSlice - b.firstSlice || mg.grid.cells[a.cell]!.col - mg.grid.cells[b.cell]!.col);

  for (const f of frags) {
    const cell = mg.grid.cells[f.cell]!;
    const x = left + mg.edges[cell.col]!;
    const w = mg.edges[cell.col + cell.colSpan]! - mg.edges[cell.col]!;
    boxes.push({ x, y: f.y, w, h: f.h, shade: cell.shade, path: cell.path, ...(cell.link !== undefined && { link: cell.link }) });
    const blockH = f.lines.length * mg.lineHeight;
    const innerTop = f.y + t.padY;
    const innerH = f.h - 2 * t.padY;
    const valign = f.split ? 'top' : cell.vAlign;
    const top =
      valign === 'top' || blockH >= innerH ? innerTop : valign === 'middle' ? innerTop + (innerH - blockH) / 2 : innerTop + innerH - blockH;
    f.lines.forEach((line, i) => {
      const lw = textWidth(line, t.size, cell.weight, m);
      const lx =
        cell.hAlign === 'left' ? x + t.padX : cell.hAlign === 'right' ? x + w - t.padX - lw : x + (w - lw) / 2;
      emitLine(line, lx, top + i * mg.lineHeight + baselineOffset(t.size, mg.lineHeight), t.size, cell.weight, cell.path);
    });
  }
  const structure: PageStructure = {
    heading: plan.first ? heading.blocks : [],
    rows: plan.slices.map((s) => ({ row: s.row, height: s.height, repeated: s.repeated })),
    cells: frags.map((f) => ({ cell: f.cell, first: f.firstSlice, last: f.lastSlice, from: f.from, to: f.from + f.lines.length, split: f.split })),
  };
  return { width: geo.width, height: geo.height, margin: geo.margin, boxes, texts, sheet: sheet.title, sheetPage: index, structure };
}
