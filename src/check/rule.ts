import type { DocPath, Part, Severity, Span, Text } from '../diagnostics/types.js';
import { en, zh, type AnyData, type Catalogue, type MessageOf, type Section } from '../messages/index.js';
import type { CopyKeys } from '../analysis/copies.js';
import type { ProfileView } from '../analysis/indicator-system.js';
import type { Declaration } from '../model/declaration.js';
import type { SchemaIssue } from './schema-issues.js';

/**
 * One rule = one module in src/check/rules/, ESLint style: `meta` (id, phase,
 * default severity, docs, options) and, where the rule looks at something,
 * `check`. Its messages are the section of the catalogue (src/messages/)
 * named after its id. The engine (check-file.ts) runs the phases in order;
 * a rule's phase is written only in its module.
 */

/**
 * When a rule runs, in this order:
 * - load: reading the bytes and the YAML (reported by the loader, src/load/);
 * - schema: the shape and types of the keys;
 * - model: what the values mean, on the typed model;
 * - render: while drawing a form (characters the fonts lack);
 * - cross-file: across the files of one summary;
 * - config: about declare.config.yaml itself (stops the command; not configurable).
 */
export type Phase = 'load' | 'schema' | 'model' | 'render' | 'cross-file' | 'config';
export const PHASES: readonly Phase[] = ['load', 'schema', 'model', 'render', 'cross-file', 'config'];

/** Every rule id is a section of the message catalogue. */
export type RuleId = Section;

/** A top-level field of the model a rule may need. */
export type FieldName = keyof Declaration;

/**
 * A rule's options schema (a zod object in practice, ESLint's meta.schema in
 * spirit); written structurally so that the library's types do not depend on zod.
 */
export interface OptionsSchema<O = unknown> {
  parse(input: unknown): O;
  safeParse(input: unknown): { success: true; data: O } | { success: false; error: { issues: readonly { readonly path: readonly PropertyKey[] }[] } };
}

/** What `declare explain` and docs/rules/ say about a rule: title, description, a wrong and a right example. */
export interface RuleDocs {
  /** One line for `declare rules`. */
  readonly title: Text;
  /** One paragraph: what, why, what to do. */
  readonly description: Text;
  /** YAML fragments for `declare explain` and docs/rules. */
  readonly examples: { readonly bad: string; readonly good: string };
}

/** A rule's `meta` (as ESLint's): id, phase, default severity, docs, options. */
export interface RuleMeta {
  /** Stable kebab-case id; never renamed, users configure and suppress by it. */
  readonly id: RuleId;
  readonly phase: Phase;
  readonly severity: Severity;
  readonly docs: RuleDocs;
  /** The rule's section of the catalogue, in each language. */
  readonly messages: { readonly zh: Readonly<Record<string, unknown>>; readonly en: Readonly<Record<string, unknown>> };
  /** Options a configuration may set (`rules: { <id>: { level, ...options } }`), validated at config load. */
  readonly options?: OptionsSchema;
  /** Model fields the rule cannot run without: it is skipped when one of them is missing or malformed. */
  readonly needs: readonly FieldName[];
  /**
   * Rules that decide whether a file can be read at all (load and schema
   * phases): a configuration may not switch them off or downgrade them.
   */
  readonly locked: boolean;
}

/** A rule as the engine, the docs and the configuration see it. */
export interface Rule {
  readonly meta: RuleMeta;
  /** The phase's check, with that phase's context (see the define… functions below); absent for load and config rules. */
  readonly check?: (ctx: never) => void;
}

/** An edit a suggestion makes: the key or value at a path, or a span (for text that is not a node, e.g. `>=`). */
export type EditReport = { readonly path: DocPath; readonly part?: Part; readonly text: string } | { readonly span: Span; readonly text: string };

export type SuggestionReport<Id extends RuleId> = MessageOf<Id> & { readonly edits: readonly EditReport[] };
export type NoteReport<Id extends RuleId> = MessageOf<Id> & { readonly path: DocPath; readonly part?: Part };

/** Code-unit offsets inside a value's text (as YAML read it) of the exact characters at fault, e.g. the full-width comma in `≥1，000次`. */
export interface Within {
  readonly start: number;
  readonly end: number;
}

/** What a rule reports: where (a key path; the key or the value, default value), which message, related places, fixes. */
export type Report<Id extends RuleId> = MessageOf<Id> & {
  readonly path: DocPath;
  readonly part?: Part;
  /** Narrows the span to these characters of the value, where the source shows the value as written. */
  readonly within?: Within;
  readonly notes?: readonly NoteReport<Id>[];
  readonly suggestions?: readonly SuggestionReport<Id>[];
};

/** A report with its types erased, as the engine handles reports of every rule alike. */
export interface AnyReport {
  readonly path: DocPath;
  readonly part?: Part;
  readonly within?: Within;
  readonly messageId: string;
  readonly data?: AnyData;
  readonly notes?: readonly { readonly path: DocPath; readonly part?: Part; readonly messageId: string; readonly data?: AnyData }[];
  readonly suggestions?: readonly { readonly messageId: string; readonly data?: AnyData; readonly edits: readonly EditReport[] }[];
}

/** A cross-file report with its types erased. */
export interface AnyCrossFileReport {
  readonly file: string;
  readonly span: Span;
  readonly path: DocPath;
  readonly messageId: string;
  readonly data?: AnyData;
}

interface MetaInput<Id extends RuleId> {
  readonly id: Id;
  readonly severity: Severity;
  readonly docs: RuleDocs;
  /** Overrides the phase's default (load and schema rules are locked): e.g. invisible-character may be turned off. */
  readonly locked?: boolean;
}

function meta<Id extends RuleId>(m: MetaInput<Id>, phase: Phase, extra: { options?: OptionsSchema; needs?: readonly FieldName[] } = {}): RuleMeta {
  const c: Catalogue = zh;
  return {
    ...m,
    phase,
    messages: { zh: c[m.id], en: en[m.id] },
    ...(extra.options && { options: extra.options }),
    needs: extra.needs ?? [],
    locked: m.locked ?? (phase === 'load' || phase === 'schema'),
  };
}

// ---- load: reported by the loader (src/load/) under the rule's id ----

export function defineLoadRule<const Id extends RuleId>(m: MetaInput<Id>): Rule {
  return { meta: meta(m, 'load') };
}

// ---- schema: shape and types ----

export interface SchemaContext<Id extends RuleId> {
  /** Every shape problem of the file, classified once; each schema rule reports the kinds it owns. */
  readonly issues: readonly SchemaIssue[];
  report(r: Report<Id>): void;
}

export function defineSchemaRule<const Id extends RuleId>(m: MetaInput<Id> & { readonly check: (ctx: SchemaContext<Id>) => void }): Rule {
  const { check, ...rest } = m;
  return { meta: meta(rest, 'schema'), check };
}

// ---- model: meaning, on the typed model ----

export interface ModelContext<Id extends RuleId, N extends FieldName, U extends FieldName, O> {
  /** The fields the rule needs (always present) and those it uses when present. */
  readonly decl: Pick<Declaration, N> & Partial<Pick<Declaration, U>>;
  readonly options: O;
  /** The indicator system this file is checked against (`profile:`; the older one when a form plainly follows it). */
  readonly profile: ProfileView;
  report(r: Report<Id>): void;
}

export function defineModelRule<const Id extends RuleId, const N extends FieldName = never, const U extends FieldName = never, O = undefined>(
  m: MetaInput<Id> & {
    /** Skipped unless all of these are present and well-formed. */
    readonly needs?: readonly N[];
    /** Read when present (the rule checks each for undefined). */
    readonly uses?: readonly U[];
    readonly options?: OptionsSchema<O>;
    readonly check: (ctx: ModelContext<Id, N, U, O>) => void;
  },
): Rule {
  const { check, needs, uses: _uses, options, ...rest } = m;
  return { meta: meta(rest, 'model', { ...(options && { options }), needs: needs ?? [] }), check };
}

// ---- render: while drawing a form ----

export interface RenderContext<Id extends RuleId> {
  /** The declaration about to be drawn, when the phase runs before drawing (checkBeforeDrawing). */
  readonly decl?: Declaration;
  /** Characters no configured font can draw, with the field each is in (after drawing; none before). */
  readonly missingGlyphs: readonly { readonly char: string; readonly codePoint: number; readonly path: DocPath }[];
  report(r: Report<Id>): void;
}

export function defineRenderRule<const Id extends RuleId>(m: MetaInput<Id> & { readonly check: (ctx: RenderContext<Id>) => void }): Rule {
  const { check, ...rest } = m;
  return { meta: meta(rest, 'render'), check };
}

// ---- cross-file: the files of one summary ----

/** What the cross-file rules know of one declaration: its 实施单位, 年度 and 项目名称 and where each is written. */
export interface ProjectIdentity {
  readonly file: string;
  readonly unit: string;
  readonly year: number;
  readonly name: string;
  readonly spans: { readonly unit: Span; readonly year: Span; readonly name: Span };
  /** For summary-copied-project: digests of the goal texts and of the set of indicator names, and where each is. */
  readonly content?: {
    readonly keys: CopyKeys;
    /** One per digest in `keys.goals`: the goal's label (项目总目标, 年度总体目标), path and span. */
    readonly goals: readonly { readonly label: string; readonly path: DocPath; readonly span: Span }[];
    readonly indicators: { readonly path: DocPath; readonly span: Span };
  };
}

export type CrossFileReport<Id extends RuleId> = MessageOf<Id> & { readonly file: string; readonly span: Span; readonly path: DocPath };

export interface CrossFileContext<Id extends RuleId> {
  /** In input order. */
  readonly projects: readonly ProjectIdentity[];
  report(r: CrossFileReport<Id>): void;
}

export function defineCrossFileRule<const Id extends RuleId>(m: MetaInput<Id> & { readonly check: (ctx: CrossFileContext<Id>) => void }): Rule {
  const { check, ...rest } = m;
  return { meta: meta(rest, 'cross-file'), check };
}

// ---- config: about declare.config.yaml itself, reported by src/config/ ----

export function defineConfigRule<const Id extends RuleId>(m: MetaInput<Id>): Rule {
  return { meta: meta(m, 'config') };
}
