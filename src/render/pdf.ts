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
  /** Draw one page (numbered already, see numberPages), with outline entries (bookmarks) pointing at it. */
  addPage(page: LaidPage, bookmarks?: readonly string[]): void;
  /** Finish the document and return its bytes. */
  end(): Promise<Buffer>;
}

/**
 * A PDF drawn page by page, so a summary of many forms need not hold every
 * form's layout in memory at once. pdfkit only draws here: lines, rectangles
 * and text already broken and positioned by layout.
 */
export function createPdfWriter(fonts: FontSet, options: Omit<PdfOptions, 'outline'>): PdfWriter {
  const date = options.date ?? documentDate();
  const doc = new PDFDocument({
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
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  // The unshaped fonts: glyphs go exactly where layout measured them.
  for (const face of fonts.faces.values()) doc.registerFont(face.id, face.pdfFont as unknown as string);
  return {
    addPage(page, bookmarks = []) {
      doc.addPage({ size: [page.width, page.height], margin: 0 });
      for (const title of bookmarks) doc.outline.addItem(title);
      drawPage(doc, page);
    },
    end() {
      doc.end();
      return done;
    },
  };
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
