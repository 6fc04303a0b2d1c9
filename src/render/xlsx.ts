import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';
import type { GridCell } from '../layout/grid.js';
import type { SheetLayout } from '../layout/layout-sheet.js';
import { fenToYuanNumber } from '../model/money.js';
import { documentDate } from './document-date.js';
import { readZip, writeZip } from './zip.js';

export { sheetName } from './sheet-name.js';

// exceljs is the only spreadsheet library and its last release is from 2024:
// everything that touches it lives in this file.

export interface XlsxSheetOptions {
  /** Sheet name, chosen by the caller (see sheetName). */
  readonly name: string;
  /** Font family for cells: one Excel and WPS know (FontSet.sheetFontName). */
  readonly fontName: string;
}

export type Workbook = ExcelJS.Workbook;

/**
 * exceljs's single-file bundle loads in about half the time of its ~300
 * CommonJS modules (~40 ms against ~80 ms, a large part of rendering one
 * form); it is the same code and writes the same bytes. The package entry
 * is the fallback.
 */
const WorkbookClass = ((): typeof ExcelJS.Workbook => {
  const require = createRequire(import.meta.url);
  try {
    return (require('exceljs/dist/exceljs.bare.min.js') as typeof ExcelJS).Workbook;
  } catch {
    return (require('exceljs') as typeof ExcelJS).Workbook;
  }
})();

export function createWorkbook(date: Date = documentDate()): Workbook {
  const wb = new WorkbookClass();
  wb.creator = 'declare';
  wb.lastModifiedBy = 'declare';
  wb.created = date;
  wb.modified = date;
  wb.lastPrinted = date;
  return wb;
}

/** Points to Excel column width units (widths of the default font's digit, 7 px, plus 5 px padding). */
export function excelColumnWidth(pt: number): number {
  const px = (pt * 96) / 72;
  return Math.max(1, Math.round(((px - 5) / 7) * 256) / 256);
}

const AMOUNT_FORMAT = '#,##0.00';
/** GB2312: tells Excel the font is Chinese, so it matches 宋体 even on non-Chinese systems. */
const GB2312 = 134;

/**
 * Add one laid-out sheet: heading rows, then the grid with its merges, a
 * thin border on every cell (also inside merged ranges: Excel draws a
 * merge's border from its edge cells), wrapped text, and row heights from
 * the layout's own measurements (Excel never auto-fits rows with merged
 * cells). Amounts are numbers formatted like the PDF, so sums work.
 */
export function addSheet(wb: Workbook, layout: SheetLayout, options: XlsxSheetOptions): ExcelJS.Worksheet {
  const { sheet, measured } = layout;
  const grid = sheet.grid;
  const nCols = grid.columns.length;
  const ws = wb.addWorksheet(options.name, {
    properties: { defaultRowHeight: 15 },
    views: [{ showGridLines: false }],
  });
  ws.columns = grid.columns.map((pt) => ({ width: excelColumnWidth(pt) }));

  let excelRow = 1;
  for (const h of sheet.heading) {
    const row = ws.getRow(excelRow);
    row.height = Math.round((h.size * 1.4 + h.gapAfter) * 100) / 100;
    ws.mergeCells(excelRow, 1, excelRow, nCols);
    const cell = ws.getCell(excelRow, 1);
    cell.value = h.text;
    cell.style = {
      font: { name: options.fontName, size: h.size, bold: h.weight === 'bold', charset: GB2312 },
      alignment: { horizontal: 'center', vertical: 'middle' },
    };
    excelRow++;
  }
  const headingRows = sheet.heading.length;
  const top = headingRows + 1;

  measured.rowHeights.forEach((pt, r) => {
    ws.getRow(top + r).height = Math.round(pt * 100) / 100;
  });
  for (const c of grid.cells) {
    if (c.rowSpan > 1 || c.colSpan > 1) ws.mergeCells(top + c.row, 1 + c.col, top + c.row + c.rowSpan - 1, c.col + c.colSpan);
    const master = ws.getCell(top + c.row, 1 + c.col);
    master.value = c.amount !== undefined ? fenToYuanNumber(c.amount) : c.text === '' ? null : c.text;
    // Styles last, one fresh object per cell: exceljs shares one style object
    // among a merge's cells, and its setters mutate it in place.
    for (let r = c.row; r < c.row + c.rowSpan; r++) {
      for (let k = c.col; k < c.col + c.colSpan; k++) ws.getCell(top + r, 1 + k).style = cellStyle(c, options.fontName);
    }
  }

  ws.pageSetup = {
    paperSize: 9 as ExcelJS.PaperSize, // A4
    orientation: 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.6, right: 0.6, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    ...(headingRows > 0 && { printTitlesRow: `1:${headingRows}` }),
  };
  ws.headerFooter = { oddFooter: '&C第 &P 页 共 &N 页' };
  return ws;
}

function cellStyle(c: GridCell, fontName: string): Partial<ExcelJS.Style> {
  const thin = (): Partial<ExcelJS.Border> => ({ style: 'thin', color: { argb: 'FF000000' } });
  return {
    font: { name: fontName, size: 10.5, bold: c.weight === 'bold', charset: GB2312 },
    alignment: { horizontal: c.hAlign, vertical: c.vAlign, wrapText: true },
    border: { top: thin(), left: thin(), bottom: thin(), right: thin() },
    ...(c.shade && { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } } }),
    ...(c.amount !== undefined && { numFmt: AMOUNT_FORMAT }),
  };
}

/**
 * The workbook's bytes, identical for identical input: exceljs stamps every
 * zip entry with the current time, so its (uncompressed) archive is
 * rewritten with the document date on every entry, in the original order,
 * with a fixed compression level.
 */
export async function workbookBuffer(wb: Workbook, date: Date = documentDate()): Promise<Buffer> {
  // Stored, not compressed: the archive is compressed once, by writeZip.
  const raw = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as ExcelJS.XlsxWriteOptions);
  return writeZip(readZip(new Uint8Array(raw as ArrayBuffer)), date);
}
