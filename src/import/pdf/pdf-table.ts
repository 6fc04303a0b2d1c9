import type { FreeText, ReadCell, ReadTable, TextLine } from '../table.js';
import { joinLines, runsToLines } from './cell-text.js';
import { latticeCells } from './lattice.js';
import type { PdfPage, TextRun } from './read-pages.js';

/**
 * A PDF's pages as one tall table: each page's cells (from its ruling
 * lines) with the text inside them, pages stacked top to bottom. Text
 * outside every cell (titles, notes, page numbers) is kept as free lines.
 */
export function pdfTable(pages: readonly PdfPage[]): ReadTable {
  const cells: ReadCell[] = [];
  const free: FreeText[] = [];
  const pageStarts: number[] = [];
  let offset = 0;
  for (const page of pages) {
    pageStarts.push(offset);
    const boxes = latticeCells(page.rules);
    const inside = new Map<number, TextRun[]>();
    const outside: TextRun[] = [];
    const footer = pageNumberRuns(page.runs);
    for (const run of page.runs) {
      // The em box's centre: half an em above the baseline (0.88 em ascent, 0.12 em descent).
      const cx = (run.x0 + run.x1) / 2;
      const cy = run.baseline - 0.38 * run.size;
      // Page numbers are the page's, never a cell's, even where a cell runs into the footer.
      const i = footer.has(run) ? -1 : smallestContaining(boxes, cx, cy);
      if (i < 0) outside.push(run);
      else inside.set(i, [...(inside.get(i) ?? []), run]);
    }
    boxes.forEach((b, i) => {
      const lines = runsToLines(inside.get(i) ?? []);
      const shifted: TextLine[] = lines.map((l) => ({ ...l, baseline: l.baseline + offset }));
      cells.push({
        x0: b.x0,
        x1: b.x1,
        y0: b.y0 + offset,
        y1: b.y1 + offset,
        text: joinLines(lines, b),
        lines: shifted,
        where: { page: page.number },
      });
    });
    for (const l of runsToLines(outside)) free.push({ text: l.text, y: l.baseline + offset, where: { page: page.number } });
    offset += page.height;
  }
  cells.sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
  return { cells, free, tolerance: 1.5, pageStarts };
}

/** `第 2 页 共 4 页`, `第2页`, `- 2 -`, `Page 2 of 4`, with the spaces taken out. */
const PAGE_NUMBER = /^(?:第\d+页(?:[,，/]?共\d+页)?|-\d+-|Page\d+(?:of\d+)?)$/i;

/**
 * The runs that write a page number: a run, or neighbouring runs on one
 * baseline, whose text is a page number (producers write `第 2 页 共 4 页`
 * in several pieces).
 */
function pageNumberRuns(runs: readonly TextRun[]): Set<TextRun> {
  const out = new Set<TextRun>();
  const sorted = [...runs].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  for (let i = 0; i < sorted.length; i++) {
    let text = '';
    for (let j = i; j < sorted.length && j < i + 8; j++) {
      const r = sorted[j]!;
      if (Math.abs(r.baseline - sorted[i]!.baseline) > r.size / 3) break;
      if (j > i && r.x0 - sorted[j - 1]!.x1 > 2 * r.size) break;
      text += r.text.replace(/\s+/g, '');
      if (PAGE_NUMBER.test(text)) for (let k = i; k <= j; k++) out.add(sorted[k]!);
    }
  }
  return out;
}

/** Cells never overlap in a lattice; the smallest is chosen anyway, in case a table is drawn inside a frame. */
function smallestContaining(boxes: readonly { x0: number; x1: number; y0: number; y1: number }[], x: number, y: number): number {
  let best = -1;
  let area = Infinity;
  boxes.forEach((b, i) => {
    if (x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1) {
      const a = (b.x1 - b.x0) * (b.y1 - b.y0);
      if (a < area) {
        area = a;
        best = i;
      }
    }
  });
  return best;
}
