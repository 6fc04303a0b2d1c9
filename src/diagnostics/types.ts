import { formatMessage, type AnyData } from '../messages/index.js';

/** One message in every language we speak, for texts that are not diagnostics (yet): usage and I/O errors. */
export interface Text {
  readonly zh: string;
  readonly en: string;
}

/** The language of what users read: Chinese first, English on request (`--lang en`). */
export type Lang = 'zh' | 'en';

/** An error fails the run (exit 1); a warning does not, unless `--max-warnings` says so. */
export type Severity = 'error' | 'warning';

/** Key path inside a declaration; list indexes are numbers. */
export type DocPath = readonly (string | number)[];

/** Which part of a `key: value` pair a finding is about. */
export type Part = 'key' | 'value';

/** 1-based, end exclusive, as editors and SARIF count. */
export interface Span {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** A message of the catalogue by id: the rule's section, this id, its named parameters. */
export interface MessageRef {
  readonly messageId: string;
  readonly data?: AnyData;
}

/** A secondary location, e.g. one of the amounts that were added up; its message is in the rule's section. */
export interface Note extends MessageRef {
  readonly span: Span;
}

/** Replace the text of `span` by `text` (an empty span inserts). */
export interface TextEdit {
  readonly span: Span;
  readonly text: string;
}

/**
 * A mechanical fix, ESLint style: what it does (a message of the rule's
 * section) and the edits that do it. Editors offer it as a code action; the
 * command line never applies it on its own.
 */
export interface Suggestion extends MessageRef {
  readonly edits: readonly TextEdit[];
}

/**
 * One finding. The message is a catalogue id with data, formatted only when
 * reported (`diagnosticMessage`), so the same diagnostic prints in either
 * language and tests compare ids and data, not wording.
 */
export interface Diagnostic extends MessageRef {
  /** As the user named it (relative to the working directory when possible). */
  readonly file: string;
  readonly span: Span;
  readonly severity: Severity;
  readonly rule: string;
  readonly path: DocPath;
  readonly notes?: readonly Note[];
  readonly suggestions?: readonly Suggestion[];
}

/** The diagnostic's message in one language. */
export function diagnosticMessage(d: Diagnostic, lang: Lang): string {
  return formatMessage(lang, d.rule, d.messageId, d.data);
}

/** A note or suggestion of `d`, in one language (its message is in the same rule's section). */
export function relatedMessage(d: Diagnostic, m: MessageRef, lang: Lang): string {
  return formatMessage(lang, d.rule, m.messageId, m.data);
}

export function text(zh: string, en: string): Text {
  return { zh, en };
}

export function pick(t: Text, lang: Lang): string {
  return lang === 'en' ? t.en : t.zh;
}
