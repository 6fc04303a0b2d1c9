import type { Text } from '../diagnostics/types.js';
import { MAX_DOCUMENT_BYTES } from '../load/limits.js';
import { readInput } from '../load/read.js';
import { declarationYaml, importDocument, type ImportResult, type WriteOptions, type WrittenDeclaration } from '../import/index.js';

export { declarationYaml, importDocument, unreadableText, describeWhere, safeFileName, DECLARATION_HEADER } from '../import/index.js';
export type { Draft, DraftField, DraftIndicator, ImportMessage, ImportResult, Where, WriteOptions, WrittenDeclaration } from '../import/index.js';
export { declarationData } from '../import/data.js';

/** The file given to importFile could not be read (missing, a folder, not a regular file, too large): why, in both languages. */
export class ImportReadError extends Error {
  override readonly name = 'ImportReadError';
  constructor(readonly text: Text) {
    super(text.en);
  }
}

export type ImportedFile =
  | { readonly ok: true; readonly kind: 'xlsx' | 'pdf'; readonly declarations: readonly WrittenDeclaration[] }
  | Extract<ImportResult, { ok: false }>;

/**
 * `declare import` as a library call, without writing anything: the forms in
 * one XLSX or PDF file, each as declaration text in the documented format
 * (with `# 未能识别` where a value could not be read, listed in `unreadable`).
 * Throws ImportReadError only when the file cannot be read (missing, not a
 * regular file such as a FIFO, over the size limit).
 */
export async function importFile(path: string, options: WriteOptions = {}): Promise<ImportedFile> {
  // Only a regular file, never past the limit: a FIFO or /dev/zero is an error, not a hang.
  const read = readInput(path, MAX_DOCUMENT_BYTES);
  if ('problem' in read) throw new ImportReadError(read.problem.message);
  const r = await importDocument(read.bytes);
  if (!r.ok) return r;
  return { ok: true, kind: r.kind, declarations: r.forms.map((d) => declarationYaml(d, options)) };
}
