import type { Writable } from 'node:stream';
import type { FontSet } from '../fonts/font-set.js';
import type { SheetLayout } from '../layout/layout-sheet.js';
import type { LaidPage } from '../layout/page.js';

/**
 * One output format: PDF and XLSX implement it, and a new format (ODS, an
 * image per page, …) is a new implementation here. A document is a run of
 * laid-out sheets (a form; a summary's overview and forms), announced up
 * front in a DocumentOutline and then drawn one by one, each written out as
 * it is added, so a document of any length never sits in memory whole.
 * Writers only draw: every line break, row height and page break was
 * decided by layout.
 */
export interface DocumentWriter {
  /** Draw the next sheet of the outline: its pages (numbered already, see numberPages). */
  addSheet(sheet: LaidSheet): Promise<void>;
  /** Complete the document; resolves once every byte has been handed to the output and it has finished. */
  finish(): Promise<void>;
}

/** What a document holds, known before the first sheet is drawn. */
export interface DocumentOutline {
  /** The document title readers show (a form's 项目名称, the summary's title). */
  readonly title: string;
  readonly subject?: string;
  readonly sheets: readonly SheetEntry[];
  /** Fixed, so the same input gives the same bytes (see documentDate). */
  readonly date: Date;
  /** Pages carry 第 N 页 共 M 页 (drawn by layout on PDF pages; a workbook prints it as its footer). */
  readonly pageNumbers?: boolean;
}

export interface SheetEntry {
  /** The worksheet's name in a workbook (unique, as Excel allows: see sheetNames); also what links point at. */
  readonly name: string;
  /** An outline entry (PDF bookmark) at the sheet's first page. */
  readonly bookmark?: string;
  /** Other sheets link to this one (GridCell.link): the PDF gives its first page a named destination. */
  readonly linkTarget?: boolean;
  /** Paper orientation when a spreadsheet is printed. */
  readonly orientation: 'portrait' | 'landscape';
}

/** A sheet as layout computed it, with the pages to draw (page numbers added or not). */
export interface LaidSheet {
  readonly layout: SheetLayout;
  readonly pages: readonly LaidPage[];
}

export type DocumentFormat = 'pdf' | 'xlsx';

/** A writer for `format` whose bytes go to `out`; `out` is ended by finish(). */
export async function createDocumentWriter(format: DocumentFormat, out: Writable, outline: DocumentOutline, fonts: FontSet): Promise<DocumentWriter> {
  // pdfkit is large: a caller that wants only a workbook should not load it.
  if (format === 'pdf') return (await import('./pdf.js')).createPdfWriter(out, outline, fonts);
  return (await import('./xlsx/workbook.js')).createXlsxWriter(out, outline, fonts);
}
