import type { Diagnostic, Severity } from '../diagnostics/types.js';
import { loadDeclaration } from '../load/parse.js';
import type { SourceFile } from '../load/source-file.js';
import { buildModel } from '../model/build.js';
import type { Declaration } from '../model/declaration.js';
import { DEFAULT_RULE_OPTIONS, type Report, type Rule, type RuleOptions } from './rule.js';
import { RULES } from './rules/index.js';
import { checkSchema } from './schema-check.js';

export type SeverityOverride = Severity | 'off';

export interface CheckOptions {
  readonly rules?: RuleOptions;
  /** Per-rule severity from configuration; `off` drops the rule's findings. */
  readonly severity?: Readonly<Record<string, SeverityOverride>>;
}

export interface FileResult {
  readonly file: string;
  readonly diagnostics: readonly Diagnostic[];
  /** Present when the file has no errors: only a valid declaration is ever rendered. */
  readonly declaration?: Declaration;
  readonly source?: SourceFile;
  /** The decoded text, also when it did not parse, for code frames. */
  readonly text?: string;
}

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

/** The same options, for a declaration about to be printed: the printing rules (unprintable-amount) run too. */
export function forPrinting(options: CheckOptions): CheckOptions {
  return { ...options, rules: { ...DEFAULT_RULE_OPTIONS, ...options.rules, forPrint: true } };
}

/** load → schema → model → rules, for one file's bytes. Never throws on any input. */
export function checkFile(file: string, bytes: Uint8Array, options: CheckOptions = {}): FileResult {
  const severityOf = (rule: string): SeverityOverride => options.severity?.[rule] ?? BY_ID.get(rule)?.severity ?? 'error';
  const out: Diagnostic[] = [];
  const push = (d: Diagnostic) => {
    const sev = severityOf(d.rule);
    if (sev !== 'off') out.push(sev === d.severity ? d : { ...d, severity: sev });
  };

  const loaded = loadDeclaration(file, bytes);
  if (!loaded.ok) {
    loaded.diagnostics.forEach(push);
    return { file, diagnostics: sorted(out), ...(loaded.text !== undefined && { text: loaded.text }) };
  }
  const source = loaded.source;
  loaded.diagnostics.forEach(push);
  const schema = checkSchema(loaded.value);
  for (const f of schema.findings) {
    push({ file, span: source.locate(f.path, f.part), severity: 'error', rule: f.rule, path: f.path, message: f.message });
  }
  if (!schema.ok) return { file, diagnostics: sorted(out), source, text: source.text };

  const decl = buildModel(schema.value, source);
  const ruleOptions = options.rules ?? DEFAULT_RULE_OPTIONS;
  for (const rule of RULES) if (rule.check && !rule.print) runRule(rule, decl, source, ruleOptions, push);
  if (ruleOptions.forPrint && out.every((d) => d.severity !== 'error')) {
    for (const rule of RULES) if (rule.check && rule.print) runRule(rule, decl, source, ruleOptions, push);
  }

  const diagnostics = sorted(out);
  const clean = diagnostics.every((d) => d.severity !== 'error');
  return clean ? { file, diagnostics, declaration: decl, source, text: source.text } : { file, diagnostics, source, text: source.text };
}

function runRule(rule: Rule, decl: Declaration, source: SourceFile, options: RuleOptions, push: (d: Diagnostic) => void): void {
  const report = (r: Report) =>
    push({
      file: source.file,
      span: source.locate(r.path, r.part ?? 'value', r.within),
      severity: rule.severity,
      rule: rule.id,
      path: r.path,
      message: r.message,
      ...(r.notes && { notes: r.notes.map((n) => ({ span: source.locate(n.path, n.part ?? 'value'), message: n.message })) }),
    });
  rule.check!({ decl, source, options, report });
}

function sorted(ds: Diagnostic[]): Diagnostic[] {
  return ds.sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}
