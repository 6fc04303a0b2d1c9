import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { loadPdfjs, quietPdfjsLoading } from './pdfjs.js';

/** A run of text as drawn: its box in top-down page coordinates (pt). */
export interface TextRun {
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  /** y of the baseline, from the top of the page. */
  readonly baseline: number;
  /** Font size: the height of the em box. */
  readonly size: number;
  /**
   * The tagged-PDF paragraph (`/P` marked content) the run is in, when the
   * producer marks paragraphs (Word and WPS do for accessibility): a key
   * unique within the document, so two runs in one paragraph share it.
   */
  readonly paragraph?: string;
}

/** A ruling line, horizontal (y0 = y1) or vertical (x0 = x1), top-down coordinates. */
export interface Rule {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export interface PdfPage {
  /** 1-based. */
  readonly number: number;
  readonly width: number;
  readonly height: number;
  readonly runs: readonly TextRun[];
  readonly rules: readonly Rule[];
}

export type PdfReadResult =
  | { readonly ok: true; readonly pages: readonly PdfPage[] }
  | { readonly ok: false; readonly reason: 'encrypted' | 'damaged'; readonly detail: string };

type Matrix = readonly [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** A stroke or a filled bar no thicker than this is a ruling line; anything wider is shading. */
const MAX_RULE_THICKNESS = 2.5;
/** Lines closer to axis-parallel than this (pt over their length) count as horizontal or vertical. */
const SKEW = 0.5;

/**
 * Every page's text runs and ruling lines, in top-down page coordinates.
 * Text comes from pdf.js's text layer (with the PDF's own Unicode mapping,
 * no normalisation, so `（` stays `（`); lines from its operator list:
 * stroked segments and rectangles, and thin filled bars (some producers,
 * LibreOffice among them, draw borders as filled rectangles).
 */
export async function readPdfPages(bytes: Uint8Array): Promise<PdfReadResult> {
  const loud = quietPdfjsLoading();
  const pdfjs = await loadPdfjs();
  let doc: PDFDocumentProxy;
  try {
    doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, useSystemFonts: false, disableFontFace: true, stopAtErrors: false }).promise;
  } catch (e) {
    const name = (e as { name?: string }).name ?? '';
    return { ok: false, reason: name === 'PasswordException' ? 'encrypted' : 'damaged', detail: String((e as Error).message ?? e) };
  } finally {
    loud();
  }
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) pages.push(await readPage(await doc.getPage(n), pdfjs.OPS as unknown as Record<string, number>));
    return { ok: true, pages };
  } catch (e) {
    return { ok: false, reason: 'damaged', detail: String((e as Error).message ?? e) };
  } finally {
    await doc.destroy();
  }
}

async function readPage(page: PDFPageProxy, OPS: Record<string, number>): Promise<PdfPage> {
  const viewport = page.getViewport({ scale: 1 });
  const toPage = viewport.transform as unknown as Matrix;

  const runs: TextRun[] = [];
  const content = await page.getTextContent({ disableNormalization: true, includeMarkedContent: true });
  // Marked content nests; the innermost open /P is the run's paragraph.
  const marks: (string | undefined)[] = [];
  let paragraphs = 0;
  for (const item of content.items) {
    if ('type' in item) {
      // pdf.js gives the tag name (documented in its source, missing from its types).
      const tag = (item as { tag?: string | null }).tag;
      if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') marks.push(tag === 'P' ? `${page.pageNumber}:${paragraphs++}` : undefined);
      else if (item.type === 'endMarkedContent') marks.pop();
      continue;
    }
    if (!('str' in item) || item.str.trim() === '') continue; // pdf.js adds spaces of its own between distant runs
    const [a, b, c, d, e, f] = item.transform as number[];
    if (Math.abs(b!) > 1e-3 || Math.abs(c!) > 1e-3) continue; // rotated text is not part of a form's table
    const size = Math.abs(d!);
    const [x0, y] = apply(toPage, e!, f!);
    const [x1] = apply(toPage, e! + item.width * Math.sign(a!), f!);
    const paragraph = [...marks].reverse().find((m) => m !== undefined);
    runs.push({ text: item.str, x0: Math.min(x0, x1), x1: Math.max(x0, x1), baseline: y, size, ...(paragraph !== undefined && { paragraph }) });
  }

  const rules: Rule[] = [];
  const ops = await page.getOperatorList();
  let ctm: Matrix = IDENTITY;
  const stack: Matrix[] = [];
  let pending: { segments: [number, number, number, number][]; rects: [number, number, number, number][] } | undefined;
  const pageSpace = (x: number, y: number) => apply(toPage, ...apply(ctm, x, y));
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as unknown as Matrix);
    else if (fn === OPS.constructPath) pending = collectPath(args, OPS, pageSpace, pending);
    else if (pending && isPaint(fn, OPS)) {
      const stroked = fn !== OPS.fill && fn !== OPS.eoFill && fn !== OPS.endPath;
      const filled = fn === OPS.fill || fn === OPS.eoFill || fn === OPS.fillStroke || fn === OPS.eoFillStroke || fn === OPS.closeFillStroke || fn === OPS.closeEOFillStroke;
      if (stroked) {
        for (const [x0, y0, x1, y1] of pending.segments) pushRule(rules, x0, y0, x1, y1);
        for (const [x0, y0, x1, y1] of pending.rects) {
          pushRule(rules, x0, y0, x1, y0);
          pushRule(rules, x0, y1, x1, y1);
          pushRule(rules, x0, y0, x0, y1);
          pushRule(rules, x1, y0, x1, y1);
        }
      } else if (filled) {
        for (const [x0, y0, x1, y1] of [...pending.rects, ...polygonBoxes(pending.segments)]) {
          const w = x1 - x0;
          const h = y1 - y0;
          if (h <= MAX_RULE_THICKNESS && w > h) pushRule(rules, x0, (y0 + y1) / 2, x1, (y0 + y1) / 2);
          else if (w <= MAX_RULE_THICKNESS && h > w) pushRule(rules, (x0 + x1) / 2, y0, (x0 + x1) / 2, y1);
        }
      }
      pending = undefined;
    }
  }
  return { number: page.pageNumber, width: viewport.width, height: viewport.height, runs, rules };
}

function isPaint(fn: number | undefined, OPS: Record<string, number>): boolean {
  return [OPS.stroke, OPS.closeStroke, OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke, OPS.endPath].includes(fn!);
}

/** Straight segments and rectangles of one path, in page space; curves are skipped (a form's borders are straight). */
function collectPath(
  args: unknown[],
  OPS: Record<string, number>,
  toPage: (x: number, y: number) => [number, number],
  into: { segments: [number, number, number, number][]; rects: [number, number, number, number][] } | undefined,
) {
  const out = into ?? { segments: [], rects: [] };
  const subOps = args[0] as number[];
  const coords = args[1] as number[];
  let k = 0;
  let cur: [number, number] | undefined;
  let start: [number, number] | undefined;
  for (const op of subOps) {
    if (op === OPS.moveTo) {
      cur = toPage(coords[k]!, coords[k + 1]!);
      start = cur;
      k += 2;
    } else if (op === OPS.lineTo) {
      const next = toPage(coords[k]!, coords[k + 1]!);
      if (cur) out.segments.push([cur[0], cur[1], next[0], next[1]]);
      cur = next;
      k += 2;
    } else if (op === OPS.curveTo) {
      cur = toPage(coords[k + 4]!, coords[k + 5]!);
      k += 6;
    } else if (op === OPS.curveTo2 || op === OPS.curveTo3) {
      cur = toPage(coords[k + 2]!, coords[k + 3]!);
      k += 4;
    } else if (op === OPS.closePath) {
      if (cur && start && (cur[0] !== start[0] || cur[1] !== start[1])) out.segments.push([cur[0], cur[1], start[0], start[1]]);
      cur = start;
    } else if (op === OPS.rectangle) {
      const [ax, ay] = toPage(coords[k]!, coords[k + 1]!);
      const [bx, by] = toPage(coords[k]! + coords[k + 2]!, coords[k + 1]! + coords[k + 3]!);
      out.rects.push([Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by)]);
      k += 4;
    }
  }
  return out;
}

/** Closed polygons drawn as segments (a filled border bar written as m l l l h): their bounding boxes, when axis-parallel. */
function polygonBoxes(segments: readonly [number, number, number, number][]): [number, number, number, number][] {
  if (segments.length < 3) return [];
  const xs = segments.flatMap((s) => [s[0], s[2]]);
  const ys = segments.flatMap((s) => [s[1], s[3]]);
  const axisParallel = segments.every(([x0, y0, x1, y1]) => Math.abs(x0 - x1) < SKEW || Math.abs(y0 - y1) < SKEW);
  return axisParallel ? [[Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]] : [];
}

function pushRule(rules: Rule[], x0: number, y0: number, x1: number, y1: number): void {
  if (Math.abs(y0 - y1) < SKEW && Math.abs(x1 - x0) >= SKEW) {
    const y = (y0 + y1) / 2;
    rules.push({ x0: Math.min(x0, x1), y0: y, x1: Math.max(x0, x1), y1: y });
  } else if (Math.abs(x0 - x1) < SKEW && Math.abs(y1 - y0) >= SKEW) {
    const x = (x0 + x1) / 2;
    rules.push({ x0: x, y0: Math.min(y0, y1), x1: x, y1: Math.max(y0, y1) });
  }
}
