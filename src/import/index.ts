import { text, type Text } from '../diagnostics/types.js';
import { DEFAULT_FORM } from '../forms/index.js';
import type { Draft } from './map/draft.js';
import { findForms } from './map/find-forms.js';
import { formSpec, type FormSpec } from './map/form-spec.js';
import { readForm } from './map/read-form.js';
import type { ReadTable, Where } from './table.js';

// `declare import`: finished forms (XLSX, PDF) back into declarations.
//   xlsx/     a workbook's sheets as tables of cells (exceljs)
//   pdf/      a PDF's pages as tables: text with positions and ruling lines (pdf.js), cells rebuilt from the lines
//   map/      a table → the forms in it → one draft declaration each, by the labels of the form's template (src/forms)
//   write/    a draft → YAML in the documented format, through the formatter (src/fmt)

export type { Draft, DraftField, DraftIndicator } from './map/draft.js';
export { declarationYaml, type WriteOptions, type WrittenDeclaration } from './write/declaration-yaml.js';
export { safeFileName } from './write/file-name.js';
export { describeWhere, type Where } from './table.js';

export type DocumentKind = 'xlsx' | 'pdf';

export type ImportResult =
  | { readonly ok: true; readonly kind: DocumentKind; readonly forms: readonly Draft[] }
  /** The document cannot be read at all: wrong format, damaged, scanned; says what to do. */
  | { readonly ok: false; readonly reason: 'legacy-xls' | 'unsupported' | 'damaged' | 'encrypted' | 'scanned' | 'no-form'; readonly message: Text; readonly where?: Where };

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
      message: text(
        '这是旧版 Excel 文件（.xls，或 WPS 的 .et）。请在 Excel 或 WPS 中打开，“另存为” Excel 工作簿（.xlsx）后再导入。',
        'This is a legacy Excel file (.xls, or WPS .et). Open it in Excel or WPS, save it as an Excel workbook (.xlsx), and import that.',
      ),
    };
  }
  if (kind === 'pdf') return importPdf(bytes, s);
  if (kind === 'zip') return importXlsx(bytes, s);
  return {
    ok: false,
    reason: 'unsupported',
    message: text('无法识别的文件格式：只能导入 .xlsx 工作簿和 PDF 文件。', 'Unrecognised file format: only .xlsx workbooks and PDF files can be imported.'),
  };
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
    return { ok: false, reason: 'damaged', message: text(`无法读取这个工作簿（${wb.detail}）。文件可能已损坏，或不是 Excel 工作簿。`, `Cannot read this workbook (${wb.detail}). It may be damaged, or not an Excel workbook.`) };
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
      ? { ok: false, reason: 'encrypted', message: text('这个 PDF 有密码保护，无法读取。请先去掉密码（另存为不加密的 PDF）再导入。', 'This PDF is password-protected. Save an unprotected copy and import that.') }
      : { ok: false, reason: 'damaged', message: text(`无法读取这个 PDF（${read.detail}）。文件可能已损坏。`, `Cannot read this PDF (${read.detail}). It may be damaged.`) };
  }
  if (read.pages.length > 0 && read.pages.every((p) => p.runs.length === 0)) {
    return {
      ok: false,
      reason: 'scanned',
      message: text(
        '这个 PDF 没有文字层（是扫描件或图片），declare 不支持文字识别（OCR）。请导入原始的 Excel 文件，或由生成它的软件导出带文字的 PDF。',
        'This PDF has no text layer (a scan or an image); declare does not do OCR. Import the original Excel file, or a PDF exported with text.',
      ),
    };
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
    message: text(
      `没有找到《${s.title}》：表中没有「${s.anchor.label}」及其内容。请确认这是申报表（不是汇总一览表），且不是图片。`,
      `No ${s.title} found: the document has no "${s.anchor.label}" label with a value. Check that it is the declaration form (not an overview list) and not an image.`,
    ),
  };
}
