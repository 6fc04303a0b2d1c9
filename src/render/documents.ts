import type { FontSet } from '../fonts/font-set.js';
import type { SheetLayout } from '../layout/layout-sheet.js';
import { numberPages } from '../layout/page.js';
import type { PageGeometry } from '../layout/page-setup.js';

// pdfkit and exceljs are imported on demand: they are large, and a caller
// that wants only one format should not pay for loading the other.

export interface PdfDocumentOptions {
  /** The document title viewers show (a form's 项目名称, or the summary's name). */
  readonly title: string;
  readonly subject?: string;
  readonly page: PageGeometry;
  /** Add one outline (bookmark) entry per sheet, at its first page. */
  readonly outline?: boolean;
}

/**
 * Sheets as one PDF: each starts on a new page, pages are numbered
 * 第 N 页 共 M 页 across the whole document. One sheet makes a form; an
 * overview plus many forms make a summary.
 */
export async function sheetsPdf(layouts: readonly SheetLayout[], fonts: FontSet, options: PdfDocumentOptions): Promise<Buffer> {
  const { renderPdf, sheetOutline } = await import('./pdf.js');
  const all = layouts.flatMap((l) => l.pages);
  const pages = numberPages(all, options.page, fonts, { first: 1, total: all.length, face: fonts.primary.regular });
  return renderPdf(pages, fonts, {
    title: options.title,
    ...(options.subject !== undefined && { subject: options.subject }),
    ...(options.outline && { outline: sheetOutline(pages) }),
  });
}

/** Sheets as one workbook, one worksheet each, named by the caller (see sheetName in xlsx.ts). */
export async function sheetsXlsx(sheets: readonly { readonly layout: SheetLayout; readonly name: string }[], fonts: FontSet): Promise<Buffer> {
  const { addSheet, createWorkbook, workbookBuffer } = await import('./xlsx.js');
  const wb = createWorkbook();
  for (const s of sheets) addSheet(wb, s.layout, { name: s.name, fontName: fonts.sheetFontName });
  return workbookBuffer(wb);
}

/** Excel's rules for sheet names, without loading exceljs. */
export { sheetName } from './sheet-name.js';
