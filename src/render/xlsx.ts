import type { Writable } from 'node:stream';
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
  /** Paper orientation when printed; default portrait. */
  readonly orientation?: 'portrait' | 'landscape';
}

export type Workbook = ExcelJS.Workbook;

/**
 * exceljs's single-file bundle loads in about half the time of its ~300
 * CommonJS modules (~40 ms against ~80 ms, a large part of rendering one
 * form); it is the same code and writes the same bytes.
 *
 * `require` is the module's own (vitest provides one; in dist/ each chunk's
 * banner defines it), never a createRequire() result: esbuild bundles only
 * literal `require('…')` calls of the free name, and bundled, exceljs is not a
 * runtime dependency (a 23 MB install), evaluated on first use as before.
 */
const WorkbookClass = (require('exceljs/dist/exceljs.bare.min.js') as typeof ExcelJS).Workbook;

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
  // Repeated when printed: the heading, and a table header that starts the grid (the summary's overview).
  const topHeader = Math.max(0, ...grid.repeats.filter((r) => r.header[0] === 0).map((r) => r.header[1]));
  const titleRows = sheet.heading.length + topHeader;
  const pageSetup: Partial<ExcelJS.PageSetup> = {
    paperSize: 9 as ExcelJS.PaperSize, // A4
    orientation: options.orientation ?? 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.6, right: 0.6, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    ...(titleRows > 0 && { printTitlesRow: `1:${titleRows}` }),
  };
  // Page setup and views as options too: a streaming worksheet writes them when it is created.
  const ws = wb.addWorksheet(options.name, {
    properties: { defaultRowHeight: 15 },
    views: [{ showGridLines: false }],
    pageSetup,
  });
  const streaming = adaptStreamingWorksheet(ws);
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
  // A streaming worksheet writes out each finished row, so a long table (a summary's overview) is not held whole.
  // Cells come in reading order, each styling all the rows it spans: rows above the current cell's are finished.
  let written = top - 1;
  for (const c of grid.cells) {
    if (streaming && top + c.row - 1 > written) {
      written = top + c.row - 1;
      ws.getRow(written).commit();
    }
    if (c.rowSpan > 1 || c.colSpan > 1) ws.mergeCells(top + c.row, 1 + c.col, top + c.row + c.rowSpan - 1, c.col + c.colSpan);
    const master = ws.getCell(top + c.row, 1 + c.col);
    master.value = cellValue(c, top, streaming);
    // Styles last, one fresh object per cell: exceljs shares one style object
    // among a merge's cells, and its setters mutate it in place.
    for (let r = c.row; r < c.row + c.rowSpan; r++) {
      for (let k = c.col; k < c.col + c.colSpan; k++) ws.getCell(top + r, 1 + k).style = cellStyle(c, options.fontName);
    }
  }

  ws.pageSetup = pageSetup;
  ws.headerFooter = { oddFooter: '&C第 &P 页 共 &N 页' };
  return ws;
}

/**
 * What a cell holds: an amount or count as a number; a total as a SUM
 * formula over its column with the exact total as the cached result (so the
 * file shows the right figure before anything recalculates); a link to
 * another sheet as a hyperlink when the writer supports one; else the text.
 */
function cellValue(c: GridCell, top: number, links: boolean): ExcelJS.CellValue {
  if (c.amount !== undefined && c.sumOfRows !== undefined) {
    const [from, to] = c.sumOfRows;
    const col = columnLetter(c.col);
    const range = to - from > 0 ? `${col}${top + from}:${col}${top + to - 1}` : undefined;
    return { formula: range ? `SUM(${range})` : '0', result: fenToYuanNumber(c.amount) } as ExcelJS.CellFormulaValue;
  }
  if (c.amount !== undefined) return fenToYuanNumber(c.amount);
  if (c.number !== undefined) return c.number;
  if (c.text === '') return null;
  if (c.link !== undefined && links) {
    const location = sheetLocation(c.link);
    if (location) return { text: c.text, hyperlink: location };
  }
  return c.text;
}

/** `A`…`Z`, `AA`…: the column letters of a 0-based column. */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** `'名称'!A1`: the first cell of a sheet, as a hyperlink's location; undefined where exceljs would not see an in-workbook link. */
export function sheetLocation(sheet: string): string | undefined {
  const location = `'${sheet.replace(/'/g, "''")}'!A1`;
  return /^[^!]+![a-zA-Z]+\d+$/.test(location) ? location : undefined;
}

interface StreamingWorksheet {
  _sheetRelsWriter: {
    _hyperlinks: { address: string; target?: string }[];
    addHyperlink(h: { address: string; target: string }): void;
  };
  _writePageMargins(): void;
  pageSetup: Partial<ExcelJS.PageSetup>;
  stream: { write(s: string): unknown };
}

/**
 * Two gaps of exceljs's streaming worksheet, next to what its in-memory
 * writer does (and Excel itself writes):
 * - it writes every hyperlink as an external relationship and drops the
 *   target, so a link to another sheet would lead nowhere: keep such links
 *   as a hyperlink element with a `location` and no relationship;
 * - it leaves out the print options, so a sheet would not print centred.
 * Only a streaming worksheet is changed; returns whether the worksheet can
 * hold links to other sheets.
 */
function adaptStreamingWorksheet(ws: ExcelJS.Worksheet): boolean {
  const w = ws as unknown as Partial<StreamingWorksheet>;
  const rels = w._sheetRelsWriter;
  if (!rels || !Array.isArray(rels._hyperlinks) || typeof rels.addHyperlink !== 'function' || typeof w._writePageMargins !== 'function') return false;
  rels.addHyperlink = (h) => {
    rels._hyperlinks.push({ address: h.address, target: h.target });
  };
  const margins = w._writePageMargins.bind(ws);
  w._writePageMargins = () => {
    const ps = w.pageSetup ?? {};
    const attrs = [ps.horizontalCentered && 'horizontalCentered="1"', ps.verticalCentered && 'verticalCentered="1"'].filter(Boolean);
    // printOptions comes right before pageMargins in a worksheet.
    if (attrs.length > 0) w.stream!.write(`<printOptions ${attrs.join(' ')}/>`);
    margins();
  };
  return true;
}

/** A workbook written as its sheets are added (see createStreamingWorkbook). */
export type StreamingWorkbook = ExcelJS.stream.xlsx.WorkbookWriter;

/**
 * A workbook that writes each sheet to `out` once the sheet is committed
 * (commitSheet), so a summary of thousands of forms holds one sheet at a
 * time. `out` receives a stored (uncompressed) archive with exceljs's own
 * timestamps: give it to rewriteZipFile for the final, reproducible bytes.
 */
export function createStreamingWorkbook(out: Writable, date: Date = documentDate()): StreamingWorkbook {
  // The single-file bundle has no streaming writer: this needs the package itself (bundled too; see WorkbookClass).
  const { stream } = require('exceljs') as typeof ExcelJS;
  const wb = new stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
    zip: { store: true },
    creator: 'declare',
    lastModifiedBy: 'declare',
    created: date,
    modified: date,
    lastPrinted: date,
  } as Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions>);
  return wb;
}

/**
 * Write a streaming workbook's sheet out. Resolves once the archive has
 * taken the whole sheet (exceljs's own "zipped" signal comes before that),
 * so sheets do not pile up in memory faster than they are written.
 */
export function commitSheet(wb: StreamingWorkbook, ws: ExcelJS.Worksheet): Promise<void> {
  const zip = (wb as unknown as { zip?: NodeJS.EventEmitter }).zip;
  const w = ws as unknown as { commit(): void };
  if (!zip) {
    w.commit();
    return Promise.resolve();
  }
  const part = `worksheets/sheet${ws.id}.xml`;
  return new Promise<void>((resolve, reject) => {
    const onEntry = (e: { name?: string }) => {
      if (e.name?.endsWith(part)) {
        off();
        resolve();
      }
    };
    const onError = (e: unknown) => {
      off();
      reject(e);
    };
    const off = () => {
      zip.off('entry', onEntry);
      zip.off('error', onError);
    };
    zip.on('entry', onEntry);
    zip.on('error', onError);
    w.commit();
  }).then(() => release(ws));
}

/**
 * A committed streaming worksheet stays in the workbook's list until the end
 * (for its name, id and print titles) along with everything it held while
 * being written, some kilobytes a sheet: drop what commit was the last to use.
 */
function release(ws: ExcelJS.Worksheet): void {
  const w = ws as unknown as Record<string, unknown> & { committed?: boolean; _stream?: { pipes?: unknown[]; buffers?: unknown[] } };
  if (!w.committed) return;
  w._columns = null;
  w._merges = [];
  w._dimensions = null;
  w._sheetRelsWriter = null;
  w._sheetCommentsWriter = null;
  w.dataValidations = null;
  w._formulae = {};
  w.conditionalFormatting = [];
  if (w._stream) {
    w._stream.pipes = [];
    w._stream.buffers = [];
  }
}

/** Finish a streaming workbook: the remaining parts, then the archive's end; resolves when `out` has finished. */
export async function finishStreamingWorkbook(wb: StreamingWorkbook): Promise<void> {
  await wb.commit();
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
