import { resolve } from 'node:path';
import type { IoProblem } from '../load/discover.js';
import { readDeclaration } from '../load/read.js';
import type { SourceFile } from '../load/source-file.js';
import type { Declaration, DeclarationDraft } from '../model/declaration.js';
import type { CheckedFile } from '../report/types.js';
import { checkFile, type CheckOptions } from './check-file.js';

export interface Checked extends CheckedFile {
  readonly declaration?: Declaration;
  readonly draft?: DeclarationDraft;
  /** Positions for findings made after checking (e.g. a glyph the font lacks); not sent across threads. */
  readonly source?: SourceFile;
}

/**
 * Read and check each file in order; a file that cannot be read is a problem,
 * the others are still checked. With `reportOnly`, only what a report needs
 * is kept (findings, and the text of files that have some): holding every
 * parsed document and model until the end made validating thousands of files
 * spend a third of its time collecting garbage.
 */
export function checkPaths(
  files: readonly string[],
  options: CheckOptions | ((file: string) => CheckOptions) = {},
  { reportOnly = false, cwd = process.cwd() }: { reportOnly?: boolean; /** where relative paths start */ cwd?: string } = {},
): { checked: Checked[]; problems: IoProblem[] } {
  const checked: Checked[] = [];
  const problems: IoProblem[] = [];
  for (const file of files) {
    const r = checkOne(file, typeof options === 'function' ? options(file) : options, cwd);
    if ('problem' in r) problems.push(r.problem);
    else if (reportOnly) checked.push({ file: r.file, diagnostics: r.diagnostics, ...(r.diagnostics.length > 0 && r.text !== undefined && { text: r.text }) });
    else checked.push(r);
  }
  return { checked, problems };
}

/** `file` as the user named it: read relative to `cwd`, reported as named. */
export function checkOne(file: string, options: CheckOptions = {}, cwd = process.cwd()): Checked | { problem: IoProblem } {
  const read = readDeclaration(resolve(cwd, file), file, cwd);
  if ('problem' in read) return read;
  if ('diagnostics' in read) return { file, diagnostics: read.diagnostics };
  const r = checkFile(file, read.bytes, options);
  return {
    file,
    ...(r.text !== undefined && { text: r.text }),
    diagnostics: r.diagnostics,
    ...(r.declaration && { declaration: r.declaration }),
    ...(r.draft && { draft: r.draft }),
    ...(r.source && { source: r.source }),
  };
}
