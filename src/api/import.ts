import { readFile } from 'node:fs/promises';
import { declarationYaml, importDocument, type ImportResult, type WriteOptions, type WrittenDeclaration } from '../import/index.js';

export { declarationYaml, importDocument, unreadableText, describeWhere, safeFileName, DECLARATION_HEADER } from '../import/index.js';
export type { Draft, DraftField, DraftIndicator, ImportMessage, ImportResult, Where, WriteOptions, WrittenDeclaration } from '../import/index.js';
export { declarationData } from '../import/data.js';

export type ImportedFile =
  | { readonly ok: true; readonly kind: 'xlsx' | 'pdf'; readonly declarations: readonly WrittenDeclaration[] }
  | Extract<ImportResult, { ok: false }>;

/**
 * `declare import` as a library call, without writing anything: the forms in
 * one XLSX or PDF file, each as declaration text in the documented format
 * (with `# 未能识别` where a value could not be read, listed in `unreadable`).
 * Throws only when the file cannot be read (an I/O error).
 */
export async function importFile(path: string, options: WriteOptions = {}): Promise<ImportedFile> {
  const r = await importDocument(await readFile(path));
  if (!r.ok) return r;
  return { ok: true, kind: r.kind, declarations: r.forms.map((d) => declarationYaml(d, options)) };
}
