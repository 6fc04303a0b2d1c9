import type { Lang, Text } from '../diagnostics/types.js';
import { en } from './en.js';
import { zh } from './zh.js';

/**
 * The message catalogue: zh.ts defines every message and the types of its
 * parameters, en.ts must match it key for key (a type error otherwise).
 * Sections are rule ids; a rule reports `{ messageId, data }` and the text is
 * made only when a diagnostic is printed, in the user's language.
 */
export type Catalogue = typeof zh;
/** A section of the catalogue: a rule id, or a non-rule section (see NON_RULE_SECTIONS). */
export type Section = keyof Catalogue & string;
/** The message ids of one section. */
export type MessageId<S extends Section> = keyof Catalogue[S] & string;

/** The parameters of one message; undefined for a message without any. */
export type MessageData<S extends Section, M extends MessageId<S>> = Catalogue[S][M] extends (p: infer P) => string ? P : undefined;

/** `{ messageId, data }` of one section, `data` required exactly when the message has parameters. */
export type MessageOf<S extends Section> = {
  [M in MessageId<S>]: MessageData<S, M> extends undefined
    ? { readonly messageId: M; readonly data?: undefined }
    : { readonly messageId: M; readonly data: MessageData<S, M> };
}[MessageId<S>];

/** Sections that are not a rule's (no `declare rules` entry, no configuration): fmt's and import's refusals, the language server's own texts, the command line's help. */
export const NON_RULE_SECTIONS: readonly Section[] = ['cli', 'docs', 'fmt-refused', 'font-load', 'import-unreadable', 'load', 'lsp', 'output', 'report', 'system-error'];

/** Data as it travels on a diagnostic: plain values only (it crosses worker threads). */
export type AnyData = Readonly<Record<string, unknown>>;

const CATALOGUES: Readonly<Record<Lang, Readonly<Record<string, Readonly<Record<string, string | ((p: never) => string)>>>>>> = { zh, en };

/** The text of one message in one language. An unknown id is our bug, never the user's: it throws. */
export function formatMessage(lang: Lang, section: string, messageId: string, data?: AnyData): string {
  const entry = CATALOGUES[lang][section]?.[messageId];
  if (entry === undefined) throw new Error(`internal: no message ${section}/${messageId}`);
  return typeof entry === 'string' ? entry : (entry as (p: AnyData | undefined) => string)(data);
}

/** One message in both languages, for what carries its text until the language is known (a usage error, an unreadable path). */
export function bothLanguages(section: string, messageId: string, data?: AnyData): Text {
  return { zh: formatMessage('zh', section, messageId, data), en: formatMessage('en', section, messageId, data) };
}

/** Every section and message id, for tests and tools (e.g. to list what an editor may show). */
export function catalogueIds(): readonly { section: string; messageId: string }[] {
  return Object.entries(zh).flatMap(([section, ms]) => Object.keys(ms).map((messageId) => ({ section, messageId })));
}

export { zh, en };
