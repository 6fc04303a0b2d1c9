import type { Lang, Text } from '../diagnostics/types.js';
import { MAX_DOCUMENT_BYTES } from '../load/limits.js';
import { readInput } from '../load/read.js';
import { declarationYaml, describeWhere, importDocument, unreadableText, type ImportMessage, type ImportResult, type Where, type WriteOptions } from '../import/index.js';

// `declare import` as a library call. Only the form mapper is loaded with the
// library; the XLSX reader and pdf.js (about 2 MB) are chunks of their own,
// loaded the first time a workbook or a PDF is imported.

export { DECLARATION_HEADER, describeWhere, unreadableText, safeFileName } from '../import/index.js';
export type { ImportMessage, Where } from '../import/index.js';
export { declarationData } from '../import/data.js';

export interface ImportOptions extends WriteOptions {
  /** The language of `message` texts in the result (the YAML itself is Chinese, like its keys); default zh. */
  readonly lang?: Lang;
}

/** Something that could not be read: also a `# 未能识别` comment in the declaration's text. */
export interface ImportProblem {
  /** Sheet and cell, or page, where it was looked for. */
  readonly where?: Where;
  /** `where` in words (`'表 1'!B7`, `第 2 页`), in the options' language; empty when unknown. */
  readonly place: string;
  readonly message: ImportMessage;
  /** The message in the options' language. */
  readonly text: string;
}

export interface ImportedDeclaration {
  /** The declaration in the documented format and the `declare fmt` shape. */
  readonly text: string;
  /** 项目名称 as read (for a file name: see safeFileName); absent when it could not be read. */
  readonly name?: string;
  readonly unreadable: readonly ImportProblem[];
}

export type ImportedFile =
  | { readonly ok: true; readonly kind: 'xlsx' | 'pdf'; readonly declarations: readonly ImportedDeclaration[] }
  | {
      readonly ok: false;
      /** legacy-xls (save it as .xlsx), scanned (no text layer: OCR is not supported), encrypted, damaged, unsupported, no-form. */
      readonly reason: Extract<ImportResult, { ok: false }>['reason'];
      readonly message: ImportMessage;
      /** The message in the options' language: what is wrong and what to do. */
      readonly text: string;
      readonly where?: Where;
    };

/**
 * The forms in one XLSX or PDF document, each as declaration text in the
 * documented format (with `# 未能识别` where a value could not be read, each
 * also listed in `unreadable`). Writes nothing. A document that cannot be
 * imported (a legacy .xls, a scanned PDF, …) is a result with `ok: false`,
 * never an exception.
 */
export async function importBytes(bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportedFile> {
  const lang = options.lang ?? 'zh';
  const r = await importDocument(bytes);
  if (!r.ok) return { ...r, text: unreadableText(r.message, lang) };
  return {
    ok: true,
    kind: r.kind,
    declarations: r.forms.map((draft) => {
      const written = declarationYaml(draft, options);
      return {
        text: written.text,
        ...(written.name !== undefined && { name: written.name }),
        unreadable: written.unreadable.map((u) => ({
          ...(u.where && { where: u.where }),
          place: u.where ? describeWhere(u.where, lang) : '',
          message: u.message,
          text: unreadableText(u.message, lang),
        })),
      };
    }),
  };
}

/** The file given to importFile could not be read: missing, a folder, not a regular file (a FIFO, a device), over the size limit. */
export class ImportReadError extends Error {
  override readonly name = 'ImportReadError';
  constructor(
    /** Why, in both languages, naming the file. */
    readonly text: Text,
  ) {
    super(text.en);
  }
}

/**
 * importBytes of a file. Only a regular file is read, and never more than
 * 100 MB: a FIFO or /dev/zero is refused, not waited on or read forever.
 * Throws ImportReadError only when the file cannot be read.
 */
export async function importFile(path: string, options: ImportOptions = {}): Promise<ImportedFile> {
  const read = readInput(path, MAX_DOCUMENT_BYTES);
  if ('problem' in read) throw new ImportReadError(read.problem.message);
  return importBytes(read.bytes, options);
}
