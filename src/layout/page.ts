import type { DocPath } from '../diagnostics/types.js';
import type { HeadingLine } from './grid.js';
import { faceRuns, textWidth, type Measurer } from './measure.js';
import type { PageGeometry } from './page-setup.js';

/**
 * The output of layout: everything a backend draws, already positioned, so
 * no backend measures or breaks anything. Coordinates in pt from the page's
 * top-left corner, y growing downwards.
 */
export interface LaidPage {
  readonly width: number;
  readonly height: number;
  /** The paper's margins: where the content may go. */
  readonly margin: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
  readonly boxes: readonly PageBox[];
  readonly texts: readonly PageText[];
  /** Title of the sheet this page shows (for outlines). */
  readonly sheet: string;
  /** 0 for the sheet's first page. */
  readonly sheetPage: number;
  /**
   * The same page as rows and cells of the grid: what a spreadsheet draws, so
   * that it breaks, repeats and continues exactly where the PDF does.
   */
  readonly structure: PageStructure;
}

export interface PageStructure {
  /** Heading lines on this page (the sheet's first page only), top down. */
  readonly heading: readonly PageHeadingLine[];
  /** The grid rows on this page, top down: repeated header rows, whole rows and parts of split rows. */
  readonly rows: readonly PageRow[];
  /** Each cell shown on this page, once: a cell merged over rows appears over the rows it has here. */
  readonly cells: readonly PageCell[];
}

export interface PageHeadingLine {
  readonly line: HeadingLine;
  /** Lines it takes (a long title wraps). */
  readonly lines: number;
  /** Including the space below it. */
  readonly height: number;
}

export interface PageRow {
  /** Index into grid.rows. */
  readonly row: number;
  readonly height: number;
  /** A header row drawn again on a continuation page. */
  readonly repeated: boolean;
}

export interface PageCell {
  /** Index into grid.cells. */
  readonly cell: number;
  /** Page rows [first, last] it covers here. */
  readonly first: number;
  readonly last: number;
  /** The lines of the cell shown here: all of them, or a run of them where a split row continues. */
  readonly from: number;
  readonly to: number;
  /** Part of a split row. */
  readonly split: boolean;
}

/** A cell (or the part of it on this page): a bordered rectangle. */
export interface PageBox {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly shade: boolean;
  readonly path: DocPath;
  /** The cell links to another sheet (GridCell.link). */
  readonly link?: string;
}

/** One run of text in one face; `y` is the baseline. */
export interface PageText {
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly face: string;
  readonly fauxBold: boolean;
  readonly text: string;
  /** Advance width in pt, as measured by layout. */
  readonly width: number;
  readonly path: DocPath;
}

export interface PageNumbering {
  /** Number of the first page given (1 unless pages precede them in the document). */
  readonly first: number;
  /** Pages in the whole document. */
  readonly total: number;
  /** The footer text; defaults to the official `第 N 页 共 M 页`. */
  readonly format?: (n: number, total: number) => string;
  /** Face for the footer text (see FontSet.primary). */
  readonly face: string;
}

export const pageNumberText = (n: number, total: number): string => `第 ${n} 页 共 ${total} 页`;

/**
 * Add the page-number footer. Separate from pagination because the total is
 * only known once every part of the document is paginated (a summary PDF
 * holds an overview and many forms, numbered across the whole document).
 */
export function numberPages(pages: readonly LaidPage[], geometry: PageGeometry, m: Measurer, numbering: PageNumbering): LaidPage[] {
  const format = numbering.format ?? pageNumberText;
  const size = geometry.footerSize;
  return pages.map((page, i) => {
    const text = format(numbering.first + i, numbering.total);
    const width = textWidth(text, size, 'regular', m);
    let x = (page.width - width) / 2;
    const y = page.height - geometry.footerBaseline;
    const runs = faceRuns(text, size, 'regular', m, numbering.face).map((run) => {
      const t: PageText = { x, y, size, face: run.face, fauxBold: run.fauxBold, text: run.text, width: run.width, path: [] };
      x += run.width;
      return t;
    });
    return { ...page, texts: [...page.texts, ...runs] };
  });
}

/** A straight border line from (x1, y1) to (x2, y2); horizontal or vertical. */
export interface RuleSegment {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

const key = (v: number) => Math.round(v * 100);

/**
 * The borders of all boxes as the fewest lines: each edge shared by two
 * cells is drawn once, and collinear edges that touch become one line.
 * Drawing a shared edge twice makes it look heavier once anti-aliased.
 */
export function ruleSegments(boxes: readonly PageBox[]): RuleSegment[] {
  const horizontal = new Map<number, [number, number][]>();
  const vertical = new Map<number, [number, number][]>();
  const add = (map: Map<number, [number, number][]>, at: number, a: number, b: number) => {
    const k = key(at);
    map.set(k, [...(map.get(k) ?? []), [a, b]]);
  };
  for (const b of boxes) {
    add(horizontal, b.y, b.x, b.x + b.w);
    add(horizontal, b.y + b.h, b.x, b.x + b.w);
    add(vertical, b.x, b.y, b.y + b.h);
    add(vertical, b.x + b.w, b.y, b.y + b.h);
  }
  const out: RuleSegment[] = [];
  const merge = (map: Map<number, [number, number][]>, emit: (at: number, a: number, b: number) => void) => {
    for (const k of [...map.keys()].sort((a, b) => a - b)) {
      const spans = map.get(k)!.sort((p, q) => p[0] - q[0]);
      let [a, b] = spans[0]!;
      for (const [c, d] of spans.slice(1)) {
        if (c <= b + 0.01) b = Math.max(b, d);
        else {
          emit(k / 100, a, b);
          [a, b] = [c, d];
        }
      }
      emit(k / 100, a, b);
    }
  };
  merge(horizontal, (y, a, b) => out.push({ x1: a, y1: y, x2: b, y2: y }));
  merge(vertical, (x, a, b) => out.push({ x1: x, y1: a, x2: x, y2: b }));
  return out;
}
