import { DEFAULT_FORM } from '../forms/index.js';
import type { Draft, ImportMessage } from './map/draft.js';
import { findForms } from './map/find-forms.js';
import { formSpec, type FormSpec } from './map/form-spec.js';
import { readForm } from './map/read-form.js';
import type { ReadTable, Where } from './table.js';

// `declare import`: finished forms (XLSX, PDF) back into declarations.
//   xlsx/     a workbook's sheets as tables of cells (exceljs)
//   pdf/      a PDF's pages as tables: text with positions and ruling lines (pdf.js), cells rebuilt from the lines
//   map/      a table → the forms in it → one draft declaration each, by the labels of the form's template (src/forms)
//   write/    a draft → YAML in the documented format, through the formatter (src/fmt)

export type { Draft, DraftField, DraftIndicator, ImportMessage } from './map/draft.js';
export { DECLARATION_HEADER, declarationYaml, unreadableText, type WriteOptions, type WrittenDeclaration } from './write/declaration-yaml.js';
export { safeFileName } from './write/file-name.js';
export { describeWhere, type Where } from './table.js';

export type DocumentKind = 'xlsx' | 'pdf';

export type ImportResult =
  | { readonly ok: true; readonly kind: DocumentKind; readonly forms: readonly Draft[] }
  /** The document cannot be read at all: wrong format, damaged, scanned; says what to do. */
  | { readonly ok: false; readonly reason: 'legacy-xls' | 'unsupported' | 'damaged' | 'encrypted' | 'scanned' | 'no-form'; readonly message: ImportMessage; readonly where?: Where };

let spec: FormSpec | undefined;
const defaultSpec = () => (spec ??= formSpec(DEFAULT_FORM));

/**
 * One document → the forms found in it, each as a draft declaration. A
 * workbook gives one form per sheet that holds one (a summary workbook's
 * overview sheet holds none); a PDF gives one per form, however many pages
 * each runs over. Never throws on bad input.
 */
export async function importDocument(bytes: Uint8Array, options: { spec?: FormSpec } = {}): Promise<ImportResult> {
  const s = options.spec ?? defaultSpec();
  const kind = sniff(bytes);
  if (kind === 'ole') {
    return {
      ok: false,
      reason: 'legacy-xls',
      message: { messageId: 'legacy-xls' } };
  }
  if (kind === 'pdf') return importPdf(bytes, s);
  if (kind === 'zip') return importXlsx(bytes, s);
  return {
    ok: false,
    reason: 'unsupported',
    message: { messageId: 'unsupported-format' } };
}

function sniff(bytes: Uint8Array): 'pdf' | 'zip' | 'ole' | 'other' {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'ole';
  return 'other';
}

async function importXlsx(bytes: Uint8Array, s: FormSpec): Promise<ImportResult> {
  const { readWorkbook } = await import('./xlsx/read-workbook.js');
  const wb = await readWorkbook(bytes);
  if (!wb.ok) {
    return { ok: false, reason: 'damaged', message: { messageId: 'damaged-workbook', data: { detail: wb.detail } } };
  }
  const forms = wb.sheets.flatMap((sheet) => formsIn(sheet.table, s));
  if (forms.length === 0) return noForm(s, wb.sheets.length > 0 ? { sheet: wb.sheets[0]!.name } : undefined);
  return { ok: true, kind: 'xlsx', forms };
}

async function importPdf(bytes: Uint8Array, s: FormSpec): Promise<ImportResult> {
  const { readPdfPages } = await import('./pdf/read-pages.js');
  const { pdfTable } = await import('./pdf/pdf-table.js');
  const read = await readPdfPages(bytes);
  if (!read.ok) {
    return read.reason === 'encrypted'
      ? { ok: false, reason: 'encrypted', message: { messageId: 'encrypted-pdf' } }
      : { ok: false, reason: 'damaged', message: { messageId: 'damaged-pdf', data: { detail: read.detail } } };
  }
  if (read.pages.length > 0 && read.pages.every((p) => p.runs.length === 0)) {
    return {
      ok: false,
      reason: 'scanned',
      message: { messageId: 'scanned-pdf' } };
  }
  const forms = formsIn(pdfTable(read.pages), s);
  if (forms.length === 0) return noForm(s, { page: 1 });
  return { ok: true, kind: 'pdf', forms };
}

function formsIn(table: ReadTable, s: FormSpec): Draft[] {
  return findForms(table, s).map((region) => readForm(region, s));
}

function noForm(s: FormSpec, where: Where | undefined): ImportResult {
  return {
    ok: false,
    reason: 'no-form',
    ...(where && { where }),
    message: { messageId: 'no-form', data: { title: s.title, label: s.anchor.label } } };
}
