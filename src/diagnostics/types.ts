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
