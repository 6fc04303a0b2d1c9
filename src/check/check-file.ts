import { profileView, type ProfileSetting } from '../analysis/indicator-system.js';
import type { AmountUnit } from '../model/money.js';
import type { Diagnostic, Severity } from '../diagnostics/types.js';
import { loadDeclaration } from '../load/parse.js';
import { treeToValue } from '../load/to-value.js';
import type { SourceFile } from '../load/source-file.js';
import { buildDraft, complete, FIELD_KEYS, type FieldKey } from '../model/build.js';
import type { Declaration, DeclarationDraft } from '../model/declaration.js';
import { resolveReport } from './report.js';
import type { AnyReport, Rule } from './rule.js';
import { RULES, ruleById } from './rules/index.js';
import { schemaIssues, type SchemaIssue } from './schema-issues.js';

export type SeverityOverride = Severity | 'off';

export interface CheckOptions {
  /** Per-rule severity from configuration; `off` drops the rule's findings. */
  readonly severity?: Readonly<Record<string, SeverityOverride>>;
  /** Per-rule options from configuration, already validated against each rule's `meta.options`. */
  readonly ruleOptions?: Readonly<Record<string, unknown>>;
  /** `profile:` (or `--profile`): the indicator system and the unit's labels; absent, the current system is the default. */
  readonly profile?: ProfileSetting;
  /** `金额单位` of declare.config.yaml: the unit of amounts in files that do not state their own (default 元). */
  readonly amountUnit?: AmountUnit;
}

export interface FileResult {
  readonly file: string;
  readonly diagnostics: readonly Diagnostic[];
  /** Present when the file has no errors: only a valid declaration is ever rendered. */
  readonly declaration?: Declaration;
  /** Every field that could be read, also when the file has errors (for cross-file rules and editors). */
  readonly draft?: DeclarationDraft;
  readonly source?: SourceFile;
  /** The decoded text, also when it did not parse, for code frames. */
  readonly text?: string;
}

const MODEL_RULES = RULES.filter((r) => r.meta.phase === 'model');
const SCHEMA_RULES = RULES.filter((r) => r.meta.phase === 'schema');

/** A rule's severity under `options`; `off` when configuration turned it off. */
export function severityOf(rule: string, options: CheckOptions = {}): SeverityOverride {
  return options.severity?.[rule] ?? ruleById(rule)?.meta.severity ?? 'error';
}

/** Configuration applied to diagnostics made outside checkFile (render and cross-file rules): level changed, or dropped. */
export function applySeverity(ds: readonly Diagnostic[], options: (file: string) => CheckOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of ds) {
    const sev = severityOf(d.rule, options(d.file));
    if (sev !== 'off') out.push(sev === d.severity ? d : { ...d, severity: sev });
  }
  return out;
}

/**
 * One file's bytes through the phases: load → schema → model rules. Never
 * throws on any input. A shape problem leaves its top-level field out of the
 * model and only the rules that need that field are skipped, so one missing
 * header field does not hide the other findings of the file.
 */
export function checkFile(file: string, bytes: Uint8Array, options: CheckOptions = {}): FileResult {
  const out: Diagnostic[] = [];
  const push = (d: Diagnostic) => {
    const sev = severityOf(d.rule, options);
    if (sev !== 'off') out.push(sev === d.severity ? d : { ...d, severity: sev });
  };

  // Phase load: the loader reports under the load rules' ids.
  const loaded = loadDeclaration(file, bytes);
  if (!loaded.ok) {
    loaded.diagnostics.forEach(push);
    return { file, diagnostics: sorted(out), ...(loaded.text !== undefined && { text: loaded.text }) };
  }
  const source = loaded.source;
  // Load findings that do not stop the check (an invisible character, a tag).
  loaded.diagnostics.forEach(push);
  const reporter = (rule: Rule) => (r: AnyReport) => push(resolveReport(rule, r, source));
  // Each phase calls its rules' checks with that phase's context (see the define… functions in rule.ts).
  const run = (rule: Rule, ctx: object) => (rule.check as unknown as (ctx: object) => void)(ctx);

  // Phase schema.
  const issues = schemaIssues(loaded.value);
  for (const rule of SCHEMA_RULES) run(rule, { issues, report: reporter(rule) });

  // Phase model, on every field the schema let through.
  const draft = buildDraft({
    value: loaded.value,
    malformed: malformedFields(issues),
    writtenAt: (p) => source.scalar(p)?.raw,
    ...(options.amountUnit !== undefined && { amountUnit: options.amountUnit }),
  });
  // Which indicator system the file is judged by: read once, seen by every rule alike.
  const profile = profileView(draft.indicators?.groups, options.profile);
  for (const rule of MODEL_RULES) {
    if (!rule.meta.needs.every((f) => draft[f] !== undefined)) continue;
    const ruleOptions = rule.meta.options ? options.ruleOptions?.[rule.meta.id] ?? defaultOptions(rule) : undefined;
    run(rule, { decl: draft, options: ruleOptions, profile, report: reporter(rule) });
  }

  const diagnostics = sorted(out);
  const declaration = diagnostics.every((d) => d.severity !== 'error') ? complete(draft) : undefined;
  return { file, diagnostics, draft, ...(declaration && { declaration }), source, text: source.text };
}

/**
 * The model fields a loaded document holds, without running any rule: for
 * tools that need a file's identity (its 实施单位, 年度, 项目名称) quickly,
 * such as the editor's view of a folder.
 */
export function draftOf(source: SourceFile): DeclarationDraft {
  const value = treeToValue(source.doc, source).value;
  return buildDraft({ value, malformed: malformedFields(schemaIssues(value)), writtenAt: (p) => source.scalar(p)?.raw });
}

/** The top-level keys whose subtree is malformed; unknown keys do not count (they are not read). */
function malformedFields(issues: readonly SchemaIssue[]): Set<FieldKey | '*'> {
  const keys = new Set<string>(Object.values(FIELD_KEYS));
  const out = new Set<FieldKey | '*'>();
  for (const i of issues) {
    if (i.kind === 'unknown-key') continue;
    const head = i.path[0];
    if (head === undefined) out.add('*');
    else if (keys.has(String(head))) out.add(String(head) as FieldKey);
  }
  return out;
}

const defaults = new Map<string, unknown>();

/** A rule's options when configuration sets none: what its schema makes of `{}`. */
export function defaultOptions(rule: Rule): unknown {
  if (!defaults.has(rule.meta.id)) defaults.set(rule.meta.id, rule.meta.options?.parse({}));
  return defaults.get(rule.meta.id);
}

function sorted(ds: Diagnostic[]): Diagnostic[] {
  return ds.sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}
