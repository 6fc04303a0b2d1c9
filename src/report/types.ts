import type { Diagnostic, Lang } from '../diagnostics/types.js';

/** What a reporter needs about one checked file; plain data, so it can cross a worker boundary. */
export interface CheckedFile {
  readonly file: string;
  /** Source text for code frames; absent when the file could not be decoded. */
  readonly text?: string;
  readonly diagnostics: readonly Diagnostic[];
}

/** What a run checked and found: the numbers of the closing line. */
export interface Counts {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
}

/** How to word a report: language, colour, the `--max-warnings` limit. */
export interface ReportContext {
  readonly lang: Lang;
  readonly color: boolean;
  /** Set when warnings exceeded --max-warnings, so the report can say why it failed. */
  readonly maxWarnings?: number;
}

/** One output format: the checked files and their counts, as the text `declare validate --format` prints. */
export type Reporter = (files: readonly CheckedFile[], counts: Counts, ctx: ReportContext) => string;

export function countDiagnostics(files: readonly CheckedFile[]): Counts {
  let errors = 0;
  let warnings = 0;
  for (const f of files) for (const d of f.diagnostics) d.severity === 'error' ? errors++ : warnings++;
  return { files: files.length, errors, warnings };
}
