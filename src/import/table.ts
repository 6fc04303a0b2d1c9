import type { Text } from '../diagnostics/types.js';
import { formatMessage } from '../messages/index.js';

/**
 * What a reader hands to the form mapper: the cells of a form's table as
 * rectangles with their text, whatever produced them. An XLSX sheet gives
 * cells on its grid (columns and rows as units); a PDF gives the cells its
 * ruling lines enclose (points). The mapper only asks geometric questions —
 * which cell is right of this label, which is below it, which cells share
 * a column band — so both readers, and any layout, go through one mapper.
 */
export interface ReadCell {
  /** Left, right, top, bottom; y grows downwards. */
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
  /** The text as printed; `\n` where the producer broke it on purpose (paragraphs, labels written over two lines). */
  readonly text: string;
  /** A spreadsheet number (an amount typed as a number, or a formula's result). */
  readonly number?: number;
  /** A spreadsheet date. */
  readonly date?: { readonly year: number; readonly month: number; readonly day: number };
  readonly where: Where;
  /**
   * PDF only: the cell's text lines with their geometry, so a cell continued
   * on the next page joins the lines it continues (see pdf/cell-text.ts).
   */
  readonly lines?: readonly TextLine[];
}

/** One line of text inside a PDF cell. */
export interface TextLine {
  readonly text: string;
  /** The tagged-PDF paragraph the line is in (`<page>:<n>`), when the producer marks paragraphs. */
  readonly paragraph?: string;
  readonly x0: number;
  readonly x1: number;
  readonly baseline: number;
  readonly size: number;
}

/** A line of text outside the table (the title, the year, a 单位：万元 note, a page footer). */
export interface FreeText {
  readonly text: string;
  readonly y: number;
  readonly where: Where;
}

/** Where a value was read, for findings: a sheet and cell, or a page. */
export interface Where {
  readonly sheet?: string;
  /** A1-style address. */
  readonly cell?: string;
  /** 1-based page number. */
  readonly page?: number;
}

/**
 * One stretch of a document read as one table, top to bottom: a worksheet,
 * or the pages of a PDF stacked (each page's y offset by the heights of the
 * pages above). `breaks` lists the y where a new page starts, so the mapper
 * can join a row split over two pages and skip repeated header rows.
 */
export interface ReadTable {
  readonly cells: readonly ReadCell[];
  readonly free: readonly FreeText[];
  /** Tolerance for comparing coordinates (0 for grids, about a point for PDFs). */
  readonly tolerance: number;
  readonly pageStarts: readonly number[];
}

/** A problem found while reading a document, before any declaration exists. */
export interface ReadProblem {
  readonly where: Where;
  readonly message: Text;
}

/** `网络宣传工作!B3`, `第 2 页` — where a value was read, for messages. */
export function describeWhere(w: Where, lang: 'zh' | 'en'): string {
  if (w.sheet !== undefined) return w.cell ? `${quoteSheet(w.sheet)}!${w.cell}` : formatMessage(lang, 'import-unreadable', 'where-sheet', { sheet: w.sheet });
  if (w.page !== undefined) return formatMessage(lang, 'import-unreadable', 'where-page', { page: w.page });
  return '';
}

function quoteSheet(name: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
