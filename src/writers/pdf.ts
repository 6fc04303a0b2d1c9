import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import type { FontSet } from '../fonts/font-set.js';
import { ruleSegments, type LaidPage } from '../layout/page.js';
import type { DocumentOutline, DocumentWriter, LaidSheet } from './document-writer.js';

const BORDER_WIDTH = 0.6;
const SHADE = '#eeeeee';
/** Stroke width that emboldens a face without a bold, relative to the size. */
const FAUX_BOLD = 0.035;

/**
 * The PDF DocumentWriter. pdfkit only draws here: lines, rectangles and
 * text already broken and positioned by layout. It writes each page out
 * when the next one begins (only the outline, the font subsets and the
 * cross-reference table wait for the end), so memory does not grow with the
 * number of pages; addSheet waits while `out` is full.
 */
export function createPdfWriter(out: Writable, outline: DocumentOutline, fonts: FontSet): DocumentWriter {
  const doc = openDocument(fonts, outline);
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
  let next = 0;
  return {
    async addSheet(sheet: LaidSheet) {
      check();
      const entry = outline.sheets[next++];
      if (!entry) throw new Error('internal: more sheets than the outline announced');
      sheet.pages.forEach((page, k) => {
        doc.addPage({ size: [page.width, page.height], margin: 0 });
        if (k === 0 && entry.bookmark !== undefined) doc.outline.addItem(entry.bookmark);
        if (k === 0 && entry.linkTarget) doc.addNamedDestination(destinationName(entry.name), 'XYZ', 0, 0, null);
        drawPage(doc, page);
      });
      // Let the drawn pages flow out before the next sheet is laid out.
      await new Promise((resolve) => setImmediate(resolve));
      check();
      if (out.writableNeedDrain) await once(out, 'drain');
    },
    async finish() {
      check();
      if (next !== outline.sheets.length) throw new Error(`internal: ${next} of ${outline.sheets.length} sheets drawn`);
      doc.end();
      await ended;
      out.end();
      await finished(out);
    },
  };
}

function openDocument(fonts: FontSet, options: DocumentOutline): PDFKit.PDFDocument {
  const date = options.date;
  const doc = new PDFDocument({
    // pdfkit keeps the glyph run of every distinct line it has drawn, for good: a summary of thousands of forms draws
    // hundreds of thousands. Our fonts' layout is a plain table lookup, cheap to repeat.
    ...({ fontLayoutCache: false } as object),
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

/**
 * Named destinations are compared as bytes, and pdfkit writes a non-ASCII
 * name as UTF-16: keep them ASCII (and so sorted alike everywhere) by
 * spelling the sheet name in hex.
 */
export function destinationName(sheet: string): string {
  return `sheet-${Buffer.from(sheet, 'utf8').toString('hex')}`;
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
