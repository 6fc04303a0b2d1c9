import { XMLParser } from 'fast-xml-parser';
import type { ReadCell, ReadTable } from '../table.js';
import { dateFormatOf, isDateFormat, serialToDate } from './number-formats.js';
import { unzipText } from './unzip.js';

// A workbook is a zip of SpreadsheetML parts; only what a form needs is read:
// the sheet list, shared strings, number formats (to tell dates), and each
// sheet's cells and merged ranges. fflate unzips (the writers already use it);
// fast-xml-parser parses the parts, rather than a hand-written XML reader.

export interface ReadSheet {
  readonly name: string;
  readonly table: ReadTable;
}

export type WorkbookResult = { readonly ok: true; readonly sheets: readonly ReadSheet[] } | { readonly ok: false; readonly detail: string };

type Xml = Record<string, unknown>;

const ARRAYS = new Set(['sheet', 'Relationship', 'si', 'r', 'row', 'c', 'mergeCell', 'numFmt', 'xf']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  // Character references (`&#10;`, `&#x4E2D;`) are XML, and LibreOffice and WPS write line breaks and
  // other characters so; fast-xml-parser decodes them only with its HTML entities switched on.
  htmlEntities: true,
  isArray: (name) => ARRAYS.has(name),
});

/**
 * Every visible worksheet as a table on its grid: a cell per value, merged
 * ranges as one cell spanning them (the value sits in the top-left cell),
 * numbers kept as numbers (an amount typed as 2810000 or computed by a
 * formula), dates as dates written as the cell shows them, rich text as its
 * text. Never throws: a file that is not a workbook says why.
 */
export async function readWorkbook(bytes: Uint8Array): Promise<WorkbookResult> {
  let parts: Map<string, string>;
  try {
    parts = unzipText(bytes, (name) => name.startsWith('xl/') && /\.(xml|rels)$/.test(name));
  } catch (e) {
    return { ok: false, detail: String((e as Error).message ?? e) };
  }
  const xml = (name: string): Xml | undefined => {
    const part = parts.get(name);
    return part === undefined ? undefined : (parser.parse(part) as Xml);
  };
  try {
    const workbook = xml('xl/workbook.xml');
    if (!workbook) return { ok: false, detail: 'no xl/workbook.xml' };
    const rels = new Map(list(get(xml('xl/_rels/workbook.xml.rels'), 'Relationships', 'Relationship')).map((r) => [attr(r, 'Id'), attr(r, 'Target')]));
    const strings = list(get(xml('xl/sharedStrings.xml'), 'sst', 'si')).map(stringItem);
    const styles = cellFormats(xml('xl/styles.xml'));
    const date1904 = ['1', 'true'].includes(attr(get(workbook, 'workbook', 'workbookPr'), 'date1904') ?? '');

    const sheets: ReadSheet[] = [];
    for (const s of list(get(workbook, 'workbook', 'sheets', 'sheet'))) {
      const state = attr(s, 'state');
      if (state === 'hidden' || state === 'veryHidden') continue;
      const target = rels.get(attr(s, 'id') ?? '');
      if (!target) continue;
      const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
      const sheet = xml(path);
      if (!sheet) continue;
      const name = attr(s, 'name') ?? path;
      sheets.push({ name, table: sheetTable(name, sheet, strings, styles, date1904) });
    }
    return { ok: true, sheets };
  } catch (e) {
    return { ok: false, detail: String((e as Error).message ?? e) };
  }
}

function sheetTable(name: string, sheet: Xml, strings: readonly string[], styles: readonly string[], date1904: boolean): ReadTable {
  const ws = get(sheet, 'worksheet') as Xml;
  const merges = list(get(ws, 'mergeCells', 'mergeCell')).flatMap((m) => {
    const ref = /^([A-Z]+\d+):([A-Z]+\d+)$/.exec(attr(m, 'ref') ?? '');
    return ref ? [{ from: address(ref[1]!), to: address(ref[2]!) }] : [];
  });
  const mergeAt = new Map(merges.map((m) => [`${m.from.row},${m.from.col}`, m]));
  const covered = new Set<string>();
  for (const m of merges) for (let r = m.from.row; r <= m.to.row; r++) for (let c = m.from.col; c <= m.to.col; c++) if (r !== m.from.row || c !== m.from.col) covered.add(`${r},${c}`);

  const cells: ReadCell[] = [];
  const hiddenRows = new Set<number>();
  for (const row of list(get(ws, 'sheetData', 'row'))) {
    const rowNumber = Number(attr(row, 'r'));
    if (['1', 'true'].includes(attr(row, 'hidden') ?? '')) hiddenRows.add(rowNumber);
    for (const c of list(get(row, 'c'))) {
      const ref = attr(c, 'r');
      if (!ref) continue;
      const at = address(ref);
      if (covered.has(`${at.row},${at.col}`) || hiddenRows.has(at.row)) continue;
      const value = cellValue(c, strings, styles, date1904);
      if (value.text === '' && value.number === undefined) continue;
      const m = mergeAt.get(`${at.row},${at.col}`);
      const to = m?.to ?? at;
      cells.push({ x0: at.col - 1, x1: to.col, y0: at.row - 1, y1: to.row, ...value, where: { sheet: name, cell: ref } });
    }
  }
  cells.sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
  return { cells, free: [], tolerance: 0, pageStarts: [0] };
}

type Value = Pick<ReadCell, 'text' | 'number' | 'date'>;

function cellValue(c: Xml, strings: readonly string[], styles: readonly string[], date1904: boolean): Value {
  const type = attr(c, 't') ?? 'n';
  const v = text(get(c, 'v'));
  switch (type) {
    case 's':
      return { text: cleanText(strings[Number(v)] ?? '') };
    case 'inlineStr':
      return { text: cleanText(stringItem(get(c, 'is'))) };
    case 'str':
      return { text: cleanText(v) };
    case 'b':
      return { text: v === '1' ? 'TRUE' : 'FALSE' };
    case 'e':
      return { text: '' };
    case 'd': {
      const d = new Date(v);
      return Number.isNaN(d.getTime()) ? { text: cleanText(v) } : dateValue(d, undefined);
    }
    default: {
      if (v.trim() === '') return { text: '' };
      const n = Number(v);
      if (!Number.isFinite(n)) return { text: cleanText(v) };
      const format = styles[Number(attr(c, 's') ?? 0)];
      if (format !== undefined && isDateFormat(format)) return dateValue(serialToDate(n, date1904), format);
      return { text: numberText(n, format), number: n };
    }
  }
}

/** Text of a shared or inline string: plain `<t>`, or rich-text runs `<r><t>`; phonetic guides (`<rPh>`) are not part of it. */
function stringItem(si: unknown): string {
  if (si === undefined || si === null) return '';
  if (typeof si !== 'object') return String(si);
  const t = get(si, 't');
  if (t !== undefined) return text(t);
  return list(get(si, 'r'))
    .map((r) => text(get(r, 't')))
    .join('');
}

/** Each cell style's number format code, by style index (cellXfs order). */
function cellFormats(styles: Xml | undefined): string[] {
  const custom = new Map(list(get(styles, 'styleSheet', 'numFmts', 'numFmt')).map((f) => [Number(attr(f, 'numFmtId')), attr(f, 'formatCode') ?? '']));
  return list(get(styles, 'styleSheet', 'cellXfs', 'xf')).map((xf) => {
    const id = Number(attr(xf, 'numFmtId') ?? 0);
    return custom.get(id) ?? builtInFormat(id);
  });
}

/** The built-in formats that matter here: dates (as a Chinese Excel shows them) and percentages. */
function builtInFormat(id: number): string {
  if (id === 9 || id === 10) return '0%';
  if (id === 14 || (id >= 15 && id <= 17) || id === 22) return 'yyyy/m/d';
  if ((id >= 27 && id <= 36) || (id >= 50 && id <= 58)) return 'yyyy"年"m"月"d"日"';
  return 'General';
}

function dateValue(v: Date, format: string | undefined): Value {
  const date = { year: v.getUTCFullYear(), month: v.getUTCMonth() + 1, day: v.getUTCDate() };
  return { text: dateFormatOf(date, format), date };
}

/** Line breaks as `\n` (Excel stores `\r\n` or `_x000D_`), no trailing spaces on lines or around the text. */
function cleanText(s: string): string {
  return s
    .replace(/_x000D_/g, '')
    .replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[ \t\u3000]+$/, ''))
    .join('\n')
    .replace(/^\s*\n|\s+$/g, '');
}

/** A number as the cell shows it, where that matters for reading it back: percentages as percentages. */
function numberText(n: number, format: string | undefined): string {
  if (format && /%/.test(format.replace(/"[^"]*"/g, ''))) return `${trimFloat(n * 100)}%`;
  return trimFloat(n);
}

/** Shortest decimal of a float, without the binary noise of sums (0.1 + 0.2 → 0.3). */
export function trimFloat(n: number): string {
  return String(Number(n.toPrecision(15)));
}

/** `B12` → row 12, column 2. */
function address(ref: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}

// Small accessors over the parsed XML, which has objects, arrays and strings in no guaranteed shape.
function get(node: unknown, ...path: string[]): unknown {
  let n = node;
  for (const p of path) n = n && typeof n === 'object' ? (n as Xml)[p] : undefined;
  return n;
}
function list(node: unknown): Xml[] {
  return Array.isArray(node) ? (node as Xml[]) : node === undefined || node === null || node === '' ? [] : [node as Xml];
}
function attr(node: unknown, name: string): string | undefined {
  const v = get(node, `@${name}`);
  return v === undefined ? undefined : String(v);
}
function text(node: unknown): string {
  if (node === undefined || node === null) return '';
  if (typeof node === 'object') return String((node as Xml)['#text'] ?? '');
  return String(node);
}
