/** One message in every language we speak; rules write both so output can switch with --lang. */
export interface Text {
  readonly zh: string;
  readonly en: string;
}

export type Lang = 'zh' | 'en';

export type Severity = 'error' | 'warning';

/** Key path inside a declaration; list indexes are numbers. */
export type DocPath = readonly (string | number)[];

/** 1-based, end exclusive, as editors and SARIF count. */
export interface Span {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** A secondary location, e.g. one of the amounts that were added up. */
export interface Note {
  readonly span: Span;
  readonly message: Text;
}

export interface Diagnostic {
  /** As the user named it (relative to the working directory when possible). */
  readonly file: string;
  readonly span: Span;
  readonly severity: Severity;
  readonly rule: string;
  readonly path: DocPath;
  readonly message: Text;
  readonly notes?: readonly Note[];
}

export function text(zh: string, en: string): Text {
  return { zh, en };
}

export function pick(t: Text, lang: Lang): string {
  return lang === 'en' ? t.en : t.zh;
}

/** Stable order: by file, then position, then rule id — output never depends on rule run order. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.span.line !== b.span.line) return a.span.line - b.span.line;
  if (a.span.column !== b.span.column) return a.span.column - b.span.column;
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
  return 0;
}
