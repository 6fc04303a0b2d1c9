import type { DocPath, Severity, Text } from '../diagnostics/types.js';
import type { Part, SourceFile } from '../load/source-file.js';
import type { Declaration } from '../model/declaration.js';

/**
 * One rule = one module in src/check/rules/, ESLint style: its metadata
 * (id, default severity, docs, examples) and its check. Rules whose problems
 * are found while loading or by the schema (YAML syntax, unknown keys, …)
 * have metadata only; the loader and schema check report under their ids.
 */
export interface Rule {
  /** Stable kebab-case id; never renamed, users configure and suppress by it. */
  readonly id: string;
  readonly severity: Severity;
  /** One line for `declare rules`. */
  readonly title: Text;
  /** One paragraph: what, why, what to do. */
  readonly description: Text;
  /** YAML fragments for `declare explain` and docs/rules. */
  readonly examples: { readonly bad: string; readonly good: string };
  /**
   * A printing rule: it runs only when the declaration is about to be printed
   * (RuleOptions.forPrint), after every other rule, and only when they found
   * no error — it says why a file that validates cannot be printed.
   */
  readonly print?: boolean;
  /** Absent for rules reported by the loader or the schema phase. */
  readonly check?: (ctx: RuleContext) => void;
}

export interface RuleOptions {
  /** Extra 项目性质 values a unit's configuration allows. */
  readonly extraNatures: readonly string[];
  /** Extra 二级指标 labels a unit's configuration allows. */
  readonly extraLevel2: readonly string[];
  /**
   * The declaration is being checked to be printed (render, summary): the
   * rules that guard what a form can print run too (unprintable-amount).
   */
  readonly forPrint?: boolean;
}

export const DEFAULT_RULE_OPTIONS: RuleOptions = { extraNatures: [], extraLevel2: [] };

export interface Report {
  readonly path: DocPath;
  /** Point at the key (a misplaced label) or the value (a bad amount); default value. */
  readonly part?: Part;
  /**
   * Code-unit offsets inside the value's text (as YAML read it) of the exact
   * characters at fault, e.g. the full-width comma in `≥1，000次`; the span
   * narrows to them when the source shows the value as written.
   */
  readonly within?: { readonly start: number; readonly end: number };
  readonly message: Text;
  /** Related places, e.g. the amounts that were added up. */
  readonly notes?: readonly { readonly path: DocPath; readonly part?: Part; readonly message: Text }[];
}

export interface RuleContext {
  readonly decl: Declaration;
  readonly source: SourceFile;
  readonly options: RuleOptions;
  report(r: Report): void;
}

