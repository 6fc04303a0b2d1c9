import type { GridCell } from '../../layout/grid.js';
import type { SheetLayout } from '../../layout/layout-sheet.js';
import { fenToYuanNumber } from '../../model/money.js';
import type { SheetEntry } from '../document-writer.js';
import type { StyleTable, XlsxStyle } from './styles.js';
import { columnLetter, NS, quotedSheet, XML_DECLARATION, xmlText } from './xml.js';

export interface WorksheetOptions {
  readonly entry: SheetEntry;
  /** The family cells ask for: one Excel and WPS know (FontSet.sheetFontName). */
  readonly fontName: string;
  readonly styles: StyleTable;
}

export interface Worksheet {
  readonly xml: string;
  /** Rows 1…n are repeated at the top of every printed page (0: none). */
  readonly printTitleRows: number;
}

/** Points to Excel column width units (widths of the default font's digit, 7 px, plus 5 px padding). */
export function excelColumnWidth(pt: number): number {
  const px = (pt * 96) / 72;
  return Math.max(1, Math.round(((px - 5) / 7) * 256) / 256);
}

const BODY_SIZE = 10.5;

/**
 * One laid-out sheet as SpreadsheetML: heading rows, then the grid with its
 * merges, a thin border on every cell (also inside merged ranges: Excel
 * draws a merge's border from its edge cells), wrapped text, and row heights
 * from the layout's own measurements (Excel never auto-fits rows with merged
 * cells). Amounts are numbers formatted like the PDF, so sums work.
 */
export function worksheetXml(layout: SheetLayout, o: WorksheetOptions): Worksheet {
  const { sheet, measured } = layout;
  const grid = sheet.grid;
  const nCols = grid.columns.length;
  const lastCol = columnLetter(nCols - 1);
  // Repeated when printed: the heading, and a table header that starts the grid (the summary's overview).
  const topHeader = Math.max(0, ...grid.repeats.filter((r) => r.header[0] === 0).map((r) => r.header[1]));
  const titleRows = sheet.heading.length + topHeader;
  const top = sheet.heading.length + 1;

  const rows: string[] = [];
  const merges: string[] = [];
  const links: string[] = [];

  sheet.heading.forEach((h, i) => {
    const r = i + 1;
    const s = o.styles.id({ font: { name: o.fontName, size: h.size, bold: h.weight === 'bold' }, hAlign: 'center', vAlign: 'middle', wrap: false, border: false, shade: false, amount: false });
    const height = Math.round((h.size * 1.4 + h.gapAfter) * 100) / 100;
    rows.push(`<row r="${r}" ht="${height}" customHeight="1">${textCell(`A${r}`, s, h.text)}</row>`);
    if (nCols > 1) merges.push(`A${r}:${lastCol}${r}`);
  });

  // Every slot of the grid gets its cell's style; the value goes in the merge's first cell.
  const slots: (string | undefined)[][] = grid.rows.map(() => Array.from({ length: nCols }, (): string | undefined => undefined));
  for (const c of grid.cells) {
    const s = o.styles.id(cellStyle(c, o.fontName));
    for (let r = c.row; r < c.row + c.rowSpan; r++) {
      for (let k = c.col; k < c.col + c.colSpan; k++) {
        const ref = `${columnLetter(k)}${top + r}`;
        slots[r]![k] = r === c.row && k === c.col ? valueCell(ref, s, c, top) : `<c r="${ref}" s="${s}"/>`;
      }
    }
    if (c.rowSpan > 1 || c.colSpan > 1) merges.push(`${columnLetter(c.col)}${top + c.row}:${columnLetter(c.col + c.colSpan - 1)}${top + c.row + c.rowSpan - 1}`);
    if (c.link !== undefined && c.text !== '') links.push(`<hyperlink ref="${columnLetter(c.col)}${top + c.row}" location="${xmlText(`${quotedSheet(c.link)}!A1`)}" display="${xmlText(c.text)}"/>`);
  }
  measured.rowHeights.forEach((pt, r) => {
    rows.push(`<row r="${top + r}" ht="${Math.round(pt * 100) / 100}" customHeight="1">${slots[r]!.join('')}</row>`);
  });

  const cols = grid.columns.map((pt, k) => `<col min="${k + 1}" max="${k + 1}" width="${excelColumnWidth(pt)}" customWidth="1"/>`).join('');
  const lastRow = top + grid.rows.length - 1;
  const xml =
    XML_DECLARATION +
    `<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">` +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:${lastCol}${Math.max(1, lastRow)}"/>` +
    '<sheetViews><sheetView showGridLines="0" workbookViewId="0"/></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${cols}</cols>` +
    `<sheetData>${rows.join('')}</sheetData>` +
    (merges.length > 0 ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '') +
    (links.length > 0 ? `<hyperlinks>${links.join('')}</hyperlinks>` : '') +
    '<printOptions horizontalCentered="1"/>' +
    '<pageMargins left="0.6" right="0.6" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="9" orientation="${o.entry.orientation}" fitToWidth="1" fitToHeight="0"/>` +
    '<headerFooter><oddFooter>&amp;C第 &amp;P 页 共 &amp;N 页</oddFooter></headerFooter>' +
    '</worksheet>';
  return { xml, printTitleRows: titleRows };
}

function cellStyle(c: GridCell, fontName: string): XlsxStyle {
  return {
    font: { name: fontName, size: BODY_SIZE, bold: c.weight === 'bold' },
    hAlign: c.hAlign,
    vAlign: c.vAlign,
    wrap: true,
    border: true,
    shade: c.shade,
    amount: c.amount !== undefined,
  };
}

/**
 * What a cell holds: an amount or count as a number; a total as a SUM
 * formula over its column with the exact total as the cached result (so the
 * file shows the right figure before anything recalculates); else the text.
 */
function valueCell(ref: string, s: number, c: GridCell, top: number): string {
  if (c.amount !== undefined && c.sumOfRows !== undefined) {
    const [from, to] = c.sumOfRows;
    const col = columnLetter(c.col);
    const formula = to - from > 0 ? `SUM(${col}${top + from}:${col}${top + to - 1})` : '0';
    return `<c r="${ref}" s="${s}"><f>${formula}</f><v>${fenToYuanNumber(c.amount)}</v></c>`;
  }
  if (c.amount !== undefined) return `<c r="${ref}" s="${s}"><v>${fenToYuanNumber(c.amount)}</v></c>`;
  if (c.number !== undefined) return `<c r="${ref}" s="${s}"><v>${c.number}</v></c>`;
  if (c.text === '') return `<c r="${ref}" s="${s}"/>`;
  return textCell(ref, s, c.text);
}

function textCell(ref: string, s: number, text: string): string {
  return `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${xmlText(text)}</t></is></c>`;
}
