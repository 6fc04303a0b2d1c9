import type ExcelJS from 'exceljs';
import type { ReadCell, ReadTable } from '../table.js';

// exceljs is read through its public API only (cells, their merge master, values, number formats).

export interface ReadSheet {
  readonly name: string;
  readonly table: ReadTable;
}

export type WorkbookResult = { readonly ok: true; readonly sheets: readonly ReadSheet[] } | { readonly ok: false; readonly detail: string };

/**
 * The same single-file bundle of exceljs the writer loads (see render/xlsx.ts),
 * through the module's own `require` so that esbuild bundles it.
 */
function workbookClass(): typeof ExcelJS.Workbook {
  return (require('exceljs/dist/exceljs.bare.min.js') as typeof ExcelJS).Workbook;
}

/**
 * Every visible worksheet as a table on its grid: a cell per value, merged
 * ranges as one cell spanning them (the value sits in the top-left cell),
 * numbers kept as numbers (an amount typed as 2810000 or computed by a
 * formula), dates as dates, rich text and hyperlinks as their text.
 */
export async function readWorkbook(bytes: Uint8Array): Promise<WorkbookResult> {
  const Workbook = workbookClass();
  const wb = new Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (e) {
    return { ok: false, detail: String((e as Error).message ?? e) };
  }
  const sheets: ReadSheet[] = [];
  wb.eachSheet((ws) => {
    if (ws.state !== 'visible' && ws.state !== undefined) return;
    sheets.push({ name: ws.name, table: sheetTable(ws) });
  });
  return { ok: true, sheets };
}

function sheetTable(ws: ExcelJS.Worksheet): ReadTable {
  // Merge extents, from each merged cell's master (public API: Cell.isMerged, Cell.master).
  const extent = new Map<string, { r0: number; c0: number; r1: number; c1: number; cell: ExcelJS.Cell }>();
  const rows = ws.rowCount;
  const cols = ws.columnCount;
  const singles: ExcelJS.Cell[] = [];
  for (let r = 1; r <= rows; r++) {
    const row = ws.getRow(r);
    if (row.hidden) continue;
    for (let c = 1; c <= cols; c++) {
      const cell = row.getCell(c);
      if (cell.isMerged) {
        const master = cell.master;
        const e = extent.get(master.address);
        if (e) {
          e.r1 = Math.max(e.r1, r);
          e.c1 = Math.max(e.c1, c);
        } else extent.set(master.address, { r0: Number(master.row), c0: Number(master.col), r1: r, c1: c, cell: master });
      } else if (hasValue(cell)) singles.push(cell);
    }
  }
  const cells: ReadCell[] = [];
  const add = (cell: ExcelJS.Cell, r0: number, c0: number, r1: number, c1: number) => {
    const v = cellValue(cell);
    cells.push({ x0: c0 - 1, x1: c1, y0: r0 - 1, y1: r1, ...v, where: { sheet: ws.name, cell: cell.address } });
  };
  for (const cell of singles) add(cell, Number(cell.row), Number(cell.col), Number(cell.row), Number(cell.col));
  for (const e of extent.values()) add(e.cell, e.r0, e.c0, e.r1, e.c1);
  cells.sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
  return { cells, free: [], tolerance: 0, pageStarts: [0] };
}

function hasValue(cell: ExcelJS.Cell): boolean {
  const v = cell.value;
  return v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '');
}

type Value = Pick<ReadCell, 'text' | 'number' | 'date'>;

function cellValue(cell: ExcelJS.Cell): Value {
  return fromValue(cell.value, cell.numFmt);
}

function fromValue(v: ExcelJS.CellValue, numFmt: string | undefined): Value {
  if (v === null || v === undefined) return { text: '' };
  if (typeof v === 'number') return { text: numberText(v, numFmt), number: v };
  if (typeof v === 'string') return { text: cleanText(v) };
  if (typeof v === 'boolean') return { text: v ? 'TRUE' : 'FALSE' };
  if (v instanceof Date) return dateValue(v, numFmt);
  if (typeof v === 'object') {
    if ('richText' in v) return { text: cleanText(v.richText.map((t) => t.text).join('')) };
    if ('formula' in v || 'sharedFormula' in v) return fromValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue, numFmt);
    if ('hyperlink' in v && 'text' in v) return fromValue((v as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue, numFmt);
    if ('error' in v) return { text: '' };
  }
  return { text: String(v) };
}

/** A date as the cell shows it: 2025-01-01, 2025/1/1 or 2025年1月1日, after its number format. */
function dateValue(v: Date, numFmt: string | undefined): Value {
  const date = { year: v.getUTCFullYear(), month: v.getUTCMonth() + 1, day: v.getUTCDate() };
  const fmt = (numFmt ?? '').replace(/"[^"]*"|\\./g, (m) => (m.includes('年') ? '年' : m.includes('/') ? '/' : ''));
  const pad = (n: number) => String(n).padStart(2, '0');
  const text = /年/.test(fmt)
    ? `${date.year}年${date.month}月${date.day}日`
    : /\//.test(fmt)
      ? /mm/i.test(fmt) ? `${date.year}/${pad(date.month)}/${pad(date.day)}` : `${date.year}/${date.month}/${date.day}`
      : `${date.year}-${pad(date.month)}-${pad(date.day)}`;
  return { text, date };
}

/** Line breaks as `\n` (Excel stores `\r\n` or `_x000D_`), no trailing spaces on lines or around the text. */
function cleanText(s: string): string {
  return s
    .replace(/_x000D_/g, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[ \t\u3000]+$/, ''))
    .join('\n')
    .replace(/^\s*\n|\s+$/g, '');
}

/** A number as the cell shows it, where that matters for reading it back: percentages as percentages. */
function numberText(n: number, numFmt: string | undefined): string {
  if (numFmt && /%/.test(numFmt.replace(/"[^"]*"/g, ''))) return `${trimFloat(n * 100)}%`;
  return trimFloat(n);
}

/** Shortest decimal of a float, without the binary noise of sums (0.1 + 0.2 → 0.3). */
export function trimFloat(n: number): string {
  return String(Number(n.toPrecision(15)));
}
