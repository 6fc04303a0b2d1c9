import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import type { FontSet } from '../fonts/font-set.js';
import { ruleSegments, type LaidPage } from '../layout/page.js';
import { documentDate } from './document-date.js';

export interface PdfOutlineEntry {
  readonly title: string;
  /** Index into the pages given. */
  readonly page: number;
}

export interface PdfOptions {
  /** Document title (shown by viewers instead of the file name): the 项目名称. */
  readonly title: string;
  readonly subject?: string;
  /** Bookmarks, e.g. one per form in a summary. */
  readonly outline?: readonly PdfOutlineEntry[];
  /** Defaults to documentDate(). */
  readonly date?: Date;
}

const BORDER_WIDTH = 0.6;
const SHADE = '#eeeeee';
/** Stroke width that emboldens a face without a bold, relative to the size. */
const FAUX_BOLD = 0.035;

export interface PdfWriter {
  /**
   * Draw one page (numbered already, see numberPages), with outline entries
   * (bookmarks) pointing at it, and the sheets (GridCell.link targets) whose
   * first page it is.
   */
  addPage(page: LaidPage, bookmarks?: readonly string[], destinations?: readonly string[]): void;
  /** Finish the document and return its bytes. */
  end(): Promise<Buffer>;
}

/** A PdfWriter whose bytes go to a stream (a file) as pages are drawn, for documents of any length. */
export interface PdfStreamWriter {
  addPage(page: LaidPage, bookmarks?: readonly string[], destinations?: readonly string[]): void;
  /** Let the drawn pages flow out; resolves when the stream has room again. Call it between forms. */
  drain(): Promise<void>;
  /** Finish the document; resolves once the stream has received every byte and finished. */
  end(): Promise<void>;
}

/**
 * A PDF drawn page by page, so a summary of many forms need not hold every
 * form's layout in memory at once. pdfkit only draws here: lines, rectangles
 * and text already broken and positioned by layout.
 */
export function createPdfWriter(fonts: FontSet, options: Omit<PdfOptions, 'outline'>): PdfWriter {
  const doc = openDocument(fonts, options);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return {
    addPage(page, bookmarks = [], destinations = []) {
      addPageTo(doc, page, bookmarks, destinations);
    },
    end() {
      doc.end();
      return done;
    },
  };
}

/**
 * createPdfWriter writing to `out` as it goes: pdfkit writes each page out
 * when the next one begins (only the outline, the font subsets and the
 * cross-reference table wait for the end), so memory does not grow with the
 * number of pages. `out` is ended by end().
 */
export function createPdfStreamWriter(fonts: FontSet, options: Omit<PdfOptions, 'outline'>, out: Writable): PdfStreamWriter {
  const doc = openDocument(fonts, options, { layoutCache: false });
  let failure: unknown;
  out.on('error', (e) => (failure ??= e));
  doc.on('data', (c: Buffer) => out.write(c));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const check = () => {
    if (failure !== undefined) throw failure;
  };
  return {
    addPage(page, bookmarks = [], destinations = []) {
      check();
      addPageTo(doc, page, bookmarks, destinations);
    },
    async drain() {
      await new Promise((resolve) => setImmediate(resolve));
      check();
      if (out.writableNeedDrain) await once(out, 'drain');
    },
    async end() {
      check();
      doc.end();
      await ended;
      out.end();
      await finished(out);
    },
  };
}

function openDocument(fonts: FontSet, options: Omit<PdfOptions, 'outline'>, { layoutCache = true } = {}): PDFKit.PDFDocument {
  const date = options.date ?? documentDate();
  const doc = new PDFDocument({
    // pdfkit keeps the glyph run of every distinct line it has drawn, for good: a summary of thousands of forms draws
    // hundreds of thousands. Our fonts' layout is a plain table lookup, cheap to repeat.
    ...(!layoutCache && ({ fontLayoutCache: false } as object)),
    autoFirstPage: false,
    // No default Helvetica: every glyph comes from our faces.
    font: null as unknown as string,
    margin: 0,
    compress: true,
    pdfVersion: '1.7',
    lang: 'zh-CN',
    displayTitle: true,
    // The trailer /ID is derived from these in the constructor: fixed dates, same bytes.
    info: {
      Title: options.title,
      ...(options.subject !== undefined && { Subject: options.subject }),
      Creator: 'declare',
      Producer: 'declare (PDFKit)',
      CreationDate: date,
      ModDate: date,
    },
  });
  // The unshaped fonts: glyphs go exactly where layout measured them.
  for (const face of fonts.faces.values()) doc.registerFont(face.id, face.pdfFont as unknown as string);
  return doc;
}

function addPageTo(doc: PDFKit.PDFDocument, page: LaidPage, bookmarks: readonly string[], destinations: readonly string[]): void {
  doc.addPage({ size: [page.width, page.height], margin: 0 });
  for (const title of bookmarks) doc.outline.addItem(title);
  for (const d of destinations) doc.addNamedDestination(destinationName(d), 'XYZ', 0, 0, null);
  drawPage(doc, page);
}

/**
 * Named destinations are compared as bytes, and pdfkit writes a non-ASCII
 * name as UTF-16: keep them ASCII (and so sorted alike everywhere) by
 * spelling the sheet name in hex.
 */
export function destinationName(sheet: string): string {
  return `sheet-${Buffer.from(sheet, 'utf8').toString('hex')}`;
}

/** Pages of one or more sheets as one PDF. */
export function renderPdf(pages: readonly LaidPage[], fonts: FontSet, options: PdfOptions): Promise<Buffer> {
  const { outline = [], ...rest } = options;
  const bookmarks = new Map<number, string[]>();
  for (const e of outline) bookmarks.set(e.page, [...(bookmarks.get(e.page) ?? []), e.title]);
  const writer = createPdfWriter(fonts, rest);
  pages.forEach((page, i) => writer.addPage(page, bookmarks.get(i)));
  return writer.end();
}

function drawPage(doc: PDFKit.PDFDocument, page: LaidPage): void {
  const shaded = page.boxes.filter((b) => b.shade);
  if (shaded.length > 0) {
    for (const b of shaded) doc.rect(b.x, b.y, b.w, b.h);
    doc.fill(SHADE);
  }
  const rules = ruleSegments(page.boxes);
  if (rules.length > 0) {
    for (const r of rules) doc.moveTo(r.x1, r.y1).lineTo(r.x2, r.y2);
    // Square caps close the corners where a horizontal and a vertical line meet.
    doc.lineWidth(BORDER_WIDTH).lineCap('square').strokeColor('black').stroke();
  }
  for (const b of page.boxes) if (b.link !== undefined) doc.goTo(b.x, b.y, b.w, b.h, destinationName(b.link));
  doc.fillColor('black');
  for (const t of page.texts) {
    doc.font(t.face).fontSize(t.size);
    const options = {
      lineBreak: false,
      baseline: 'alphabetic',
      textWidth: t.width,
    } as const;
    if (t.fauxBold) {
      doc.save().lineWidth(t.size * FAUX_BOLD).strokeColor('black');
      doc.text(t.text, t.x, t.y, { ...options, fill: true, stroke: true });
      doc.restore();
    } else {
      doc.text(t.text, t.x, t.y, options);
    }
  }
}

/** One outline entry per sheet, at its first page. */
export function sheetOutline(pages: readonly LaidPage[]): PdfOutlineEntry[] {
  return pages.flatMap((p, i) => (p.sheetPage === 0 ? [{ title: p.sheet, page: i }] : []));
}
