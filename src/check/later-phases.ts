import type { Diagnostic, DocPath, Span } from '../diagnostics/types.js';
import type { Declaration } from '../model/declaration.js';
import { resolveReport, type Locator } from './report.js';
import type { AnyCrossFileReport, AnyReport, ProjectIdentity, RenderContext, Rule, RuleId } from './rule.js';
import { RULES } from './rules/index.js';

/**
 * The phases after checkFile: render (while drawing a form) and cross-file
 * (across the files of a summary). Severities are the rules' defaults; the
 * caller applies configuration (applySeverity in check-file.ts).
 */

/** Findings of the render rules for one form: characters no font can draw, at the field each is in. */
export function checkRendered(at: Locator, missingGlyphs: RenderContext<RuleId>['missingGlyphs']): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of RULES.filter((r) => r.meta.phase === 'render')) {
    run(rule, { missingGlyphs, report: (r: AnyReport) => out.push(resolveReport(rule, r, at)) });
  }
  return out;
}

/**
 * The render rules before a form is drawn, on the declaration itself: what no
 * form can print even though configuration let the file validate (an amount
 * that was not read, unprintable-amount). A form is drawn only without errors here.
 */
export function checkBeforeDrawing(at: Locator, decl: Declaration): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of RULES.filter((r) => r.meta.phase === 'render')) {
    run(rule, { decl, missingGlyphs: [], report: (r: AnyReport) => out.push(resolveReport(rule, r, at)) });
  }
  return out;
}

function run(rule: Rule, ctx: object): void {
  (rule.check as unknown as (ctx: object) => void)(ctx);
}

/** A locator for a file whose source is gone: every path at the top of the file. */
export function startOfFile(file: string): Locator {
  const start: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return { file, locate: (_p: DocPath) => start };
}

/** Findings of the cross-file rules, in input order of the files (and rule order within a file). */
export function checkAcrossFiles(projects: readonly ProjectIdentity[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of RULES.filter((r) => r.meta.phase === 'cross-file')) {
    const report = (r: AnyCrossFileReport) =>
      out.push({ file: r.file, span: r.span, severity: rule.meta.severity, rule: rule.meta.id, path: r.path, messageId: r.messageId, ...(r.data !== undefined && { data: r.data }) });
    run(rule, { projects, report });
  }
  const order = new Map(projects.map((p, i) => [p.file, i]));
  // Stable: within one file, the rules' order.
  return out.sort((a, b) => order.get(a.file)! - order.get(b.file)!);
}
