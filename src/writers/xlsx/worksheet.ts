import type { GridCell } from '../../layout/grid.js';
import { drawableText } from '../../layout/measure.js';
import type { MeasuredCell } from '../../layout/measure-grid.js';
import { fenToYuanNumber } from '../../model/money.js';
import type { LaidSheet, SheetEntry } from '../document-writer.js';
import type { StyleTable, XlsxStyle } from './styles.js';
import { columnLetter, NS, quotedSheet, XML_DECLARATION, xmlText } from './xml.js';

export interface WorksheetOptions {
  readonly entry: SheetEntry;
  /** Print 第 N 页 共 M 页 as the footer. */
  readonly pageNumbers: boolean;
  /** The family cells ask for: one Excel and WPS know (FontSet.sheetFontName). */
  readonly fontName: string;
  /** Line height of that font in em, as spreadsheets space its lines (FontSet.sheetLineHeight). */
  readonly fontLineHeight: number;
  readonly styles: StyleTable;
}

export interface Worksheet {
  readonly xml: string;
}

/**
 * Points to Excel's column width: the column's width in pixels at 96 dpi
 * over the default font's digit width (Calibri 11: 7 px), in 1/256ths,
 * rounded down so a row of columns never gets wider than the layout's.
 */
export function excelColumnWidth(pt: number): number {
  const px = (pt * 96) / 72;
  return Math.floor((px / 7) * 256) / 256;
}

/** Excel's tallest row. */
export const MAX_ROW_HEIGHT = 409;
/** Rows are drawn in whole pixels (0.75 pt at 96 dpi). */
const PIXEL = 0.75;
/** Margins a little inside the PDF's, so that rounding in a spreadsheet never pushes a row or column onto another page. */
const SLACK_INCHES = 0.05;

/**
 * One laid-out sheet as SpreadsheetML, drawn from the same pages as the PDF:
 * each page's rows in order — the heading on the first page, header rows and
 * merged labels again on every page the PDF repeats them on, parts of a
 * split row where the PDF continues it — with a manual page break after each
 * page, so the workbook prints as the form. No row is taller than Excel's
 * 409 pt: a taller one becomes several rows its cells are merged over. Row
 * heights are the PDF's, rounded to whole pixels without drifting, and never
 * less than the sheet font needs for the lines; cells are bordered (also
 * inside merged ranges: Excel draws a merge's border from its edge cells) and
 * indented so text does not touch a border. Amounts are numbers formatted
 * like the PDF, and totals SUM formulas, so sums work.
 */
export function worksheetXml(sheet: LaidSheet, o: WorksheetOptions): Worksheet {
  const { layout, pages } = sheet;
  const grid = layout.sheet.grid;
  const measured = layout.measured;
  const t = measured.typography;
  const nCols = grid.columns.length;
  const lastCol = columnLetter(nCols - 1);

  const rows: { height: number; cells: Map<number, string> }[] = [];
  const merges: string[] = [];
  const links: string[] = [];
  const breaks: number[] = [];
  /** Excel row (1-based) of each grid row where it is first drawn, not repeated: what a SUM refers to. */
  const firstDrawn = new Map<number, number>();
  const formulas: { row: number; col: number; cell: GridCell; style: number }[] = [];
  const heights = new Rounder();

  for (const [pageIndex, page] of pages.entries()) {
    const s = page.structure;
    for (const h of s.heading) {
      const style = o.styles.id({
        font: { name: o.fontName, size: h.line.size, bold: h.line.weight === 'bold' },
        hAlign: h.line.align === 'right' ? 'right' : 'center',
        vAlign: 'top',
        wrap: true,
        border: false,
        shade: false,
        amount: false,
        indent: false,
      });
      const r = rows.length + 1;
      rows.push({ height: heights.next(h.height), cells: new Map([[0, textCell(`A${r}`, style, h.line.text)]]) });
      if (nCols > 1) merges.push(`A${r}:${lastCol}${r}`);
    }
    // Each page row as one or more spreadsheet rows.
    const span: [number, number][] = s.rows.map((pr) => {
      const first = rows.length + 1;
      const parts = Math.max(1, Math.ceil(pr.height / MAX_ROW_HEIGHT));
      for (let k = 0; k < parts; k++) rows.push({ height: heights.next(pr.height / parts), cells: new Map() });
      if (!pr.repeated && !firstDrawn.has(pr.row)) firstDrawn.set(pr.row, first);
      return [first, rows.length];
    });
    for (const pc of s.cells) {
      const c = grid.cells[pc.cell]!;
      const mc = measured.cells[pc.cell]!;
      const r0 = span[pc.first]![0];
      const r1 = span[pc.last]![1];
      const style = o.styles.id(cellStyle(c, o.fontName, t.size, pc.split));
      for (let r = r0; r <= r1; r++) {
        for (let k = c.col; k < c.col + c.colSpan; k++) rows[r - 1]!.cells.set(k, `<c r="${columnLetter(k)}${r}" s="${style}"/>`);
      }
      const ref = `${columnLetter(c.col)}${r0}`;
      if (c.sumOfRows !== undefined) formulas.push({ row: r0, col: c.col, cell: c, style });
      else rows[r0 - 1]!.cells.set(c.col, valueCell(ref, style, c, partText(c, mc, pc.from, pc.to)));
      if (r1 > r0 || c.colSpan > 1) merges.push(`${ref}:${columnLetter(c.col + c.colSpan - 1)}${r1}`);
      if (c.link !== undefined && c.text !== '') links.push(`<hyperlink ref="${ref}" location="${xmlText(`${quotedSheet(c.link)}!A1`)}" display="${xmlText(c.text)}"/>`);
      // The lines must fit in the sheet's own font too.
      const lines = pc.to - pc.from;
      const need = lines * o.fontLineHeight * t.size + 2 * t.padY;
      let have = 0;
      for (let r = r0; r <= r1; r++) have += rows[r - 1]!.height;
      if (need > have + 0.01) rows[r1 - 1]!.height = Math.min(MAX_ROW_HEIGHT, rows[r1 - 1]!.height + Math.ceil((need - have) / PIXEL) * PIXEL);
    }
    if (pageIndex < pages.length - 1) breaks.push(rows.length);
  }
  for (const f of formulas) {
    if (!exactInExcel(f.cell.amount!)) {
      rows[f.row - 1]!.cells.set(f.col, textCell(`${columnLetter(f.col)}${f.row}`, f.style, f.cell.text));
      continue;
    }
    const [from, to] = f.cell.sumOfRows!;
    const col = columnLetter(f.col);
    const a = firstDrawn.get(from);
    const b = firstDrawn.get(to - 1);
    const formula = to - from > 0 && a !== undefined && b !== undefined ? `SUM(${col}${a}:${col}${b})` : '0';
    rows[f.row - 1]!.cells.set(f.col, `<c r="${col}${f.row}" s="${f.style}"><f>${formula}</f><v>${fenToYuanNumber(f.cell.amount!)}</v></c>`);
  }

  const cols = grid.columns.map((pt, k) => `<col min="${k + 1}" max="${k + 1}" width="${excelColumnWidth(pt)}" customWidth="1"/>`).join('');
  const sheetRows = rows.map((row, i) => {
    const cells = [...row.cells.entries()].sort((a, b) => a[0] - b[0]).map(([, x]) => x).join('');
    return `<row r="${i + 1}" ht="${row.height}" customHeight="1">${cells}</row>`;
  });
  const margin = pages[0]?.margin;
  const inches = (pt: number | undefined, fallback: number) => (pt === undefined ? fallback : Math.max(0, Math.round((pt / 72 - SLACK_INCHES) * 1000) / 1000));
  const xml =
    XML_DECLARATION +
    `<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">` +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:${lastCol}${Math.max(1, rows.length)}"/>` +
    '<sheetViews><sheetView showGridLines="0" workbookViewId="0"/></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${cols}</cols>` +
    `<sheetData>${sheetRows.join('')}</sheetData>` +
    (merges.length > 0 ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '') +
    (links.length > 0 ? `<hyperlinks>${links.join('')}</hyperlinks>` : '') +
    '<printOptions horizontalCentered="1"/>' +
    `<pageMargins left="${inches(margin?.left, 0.6)}" right="${inches(margin?.right, 0.6)}" top="${inches(margin?.top, 0.75)}" bottom="${inches(margin?.bottom, 0.75)}" header="0.2" footer="0.2"/>` +
    `<pageSetup paperSize="9" orientation="${o.entry.orientation}" fitToWidth="1" fitToHeight="0"/>` +
    (o.pageNumbers ? '<headerFooter><oddFooter>&amp;C第 &amp;P 页 共 &amp;N 页</oddFooter></headerFooter>' : '') +
    (breaks.length > 0 ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((b) => `<brk id="${b}" max="16383" man="1"/>`).join('')}</rowBreaks>` : '') +
    '</worksheet>';
  return { xml };
}

/**
 * Row heights in whole pixels whose running total stays within half a pixel
 * of the exact one, so a page of rows is as tall as the PDF's page.
 */
class Rounder {
  private exact = 0;
  private drawn = 0;

  next(height: number): number {
    this.exact += height;
    const h = Math.max(PIXEL, Math.round((this.exact - this.drawn) / PIXEL) * PIXEL);
    this.drawn += h;
    return Math.round(h * 100) / 100;
  }
}

function cellStyle(c: GridCell, fontName: string, size: number, split: boolean): XlsxStyle {
  return {
    font: { name: fontName, size, bold: c.weight === 'bold' },
    hAlign: c.hAlign,
    // Where a split row continues, its text runs from the top, as in the PDF.
    vAlign: split ? 'top' : c.vAlign,
    wrap: true,
    border: true,
    shade: c.shade,
    amount: c.amount !== undefined,
    indent: c.hAlign !== 'center',
  };
}

/**
 * The text a page shows of a cell: all of it, or the run of lines where a
 * split row continues, exactly as written. Parts are cut where a line's ink
 * ends, so the space or line break between two parts begins the next part
 * (readers tend to drop trailing whitespace): joined, the parts are the text.
 */
function partText(c: GridCell, mc: MeasuredCell, from: number, to: number): string {
  if (to <= from) return '';
  if (from === 0 && to >= mc.lines.length) return c.text;
  const text = drawableText(c.text);
  // Where each line's ink ends in the text.
  const ends: number[] = [];
  let at = 0;
  for (const line of mc.lines) {
    const i = text.indexOf(line, at);
    at = (i < 0 ? at : i) + line.length;
    ends.push(at);
  }
  const start = from === 0 ? 0 : ends[from - 1]!;
  const end = to < mc.lines.length ? ends[to - 1]! : text.length;
  return text.slice(start, end);
}

/**
 * What a cell holds: an amount or count as a number; else its text. (Totals
 * are SUM formulas, written once the rows they add up are placed.)
 */
function valueCell(ref: string, s: number, c: GridCell, text: string): string {
  if (c.amount !== undefined) return exactInExcel(c.amount) ? `<c r="${ref}" s="${s}"><v>${fenToYuanNumber(c.amount)}</v></c>` : textCell(ref, s, c.text);
  if (c.number !== undefined) return `<c r="${ref}" s="${s}"><v>${c.number}</v></c>`;
  if (text === '') return `<c r="${ref}" s="${s}"/>`;
  return textCell(ref, s, text);
}

/**
 * Spreadsheets keep 15 significant digits: an amount of 10¹³ 元 or more
 * (10¹⁵ 分) would be shown rounded, so it is written as the exact text the
 * PDF prints (right-aligned like the numbers, but not added up by SUM).
 */
export const EXACT_LIMIT_FEN = 10n ** 15n;

function exactInExcel(fen: bigint): boolean {
  return (fen < 0n ? -fen : fen) < EXACT_LIMIT_FEN;
}

function textCell(ref: string, s: number, text: string): string {
  return `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${xmlText(text)}</t></is></c>`;
}
