import { resolve, sep } from 'node:path';
import { pathInside } from '../util/inside.js';
import { diagnosticMessage, relatedMessage, type Diagnostic, type Lang } from '../diagnostics/types.js';
import { formatMessage } from '../messages/index.js';
import type { Counts, ReportContext, Reporter } from './types.js';

/**
 * GitHub Actions workflow commands: one `::error …::message` (or `::warning`)
 * line per finding, which the runner turns into annotations on the pull
 * request's diff, then one plain summary line for the log.
 * https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions
 */
export const githubReporter: Reporter = (files, counts, ctx) => {
  const base = process.env.GITHUB_WORKSPACE || undefined;
  const out: string[] = [];
  for (const f of files) for (const d of f.diagnostics) out.push(workflowCommand(d, ctx.lang, base));
  out.push(summaryText(counts, ctx));
  return out.join('\n') + '\n';
};

/** The annotation for one finding; notes become further lines of the message. */
export function workflowCommand(d: Diagnostic, lang: Lang, base?: string): string {
  const s = d.span;
  const oneLine = s.endLine === s.line;
  const props: [string, string | number][] = [['file', repoPath(d.file, base)], ['line', s.line]];
  // GitHub accepts columns only for a single-line range; its endColumn is inclusive, ours exclusive.
  if (oneLine) props.push(['col', s.column]);
  props.push(['endLine', s.endLine]);
  if (oneLine) props.push(['endColumn', Math.max(s.column, s.endColumn - 1)]);
  props.push(['title', d.rule]);
  const message = [diagnosticMessage(d, lang), ...(d.notes ?? []).map((n) => `${formatMessage(lang, 'report', 'note')}: ${relatedMessage(d, n, lang)} (${d.file}:${n.span.line}:${n.span.column})`)].join('\n');
  return `::${d.severity === 'error' ? 'error' : 'warning'} ${props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',')}::${escapeData(message)}`;
}

/** The message part: %, CR and LF are encoded (as @actions/core does). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values: additionally ':' and ',', which delimit the properties. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Annotations need paths relative to the repository root. Inside GitHub
 * Actions (GITHUB_WORKSPACE) or GitLab CI (CI_PROJECT_DIR) files are made
 * relative to that root even when declare runs in a subfolder; otherwise they
 * stay as shown (relative to the working directory). Always forward slashes.
 */
export function repoPath(file: string, base?: string): string {
  let p = file;
  if (base) {
    const rel = pathInside(base, resolve(file));
    if (rel) p = rel;
  }
  return sep === '\\' ? p.replace(/\\/g, '/') : p;
}

/** The last line: a plain sentence (not a workflow command), so the log says what happened. */
export function summaryText(counts: Counts, ctx: ReportContext): string {
  const over = ctx.maxWarnings !== undefined && counts.warnings > ctx.maxWarnings;
  return formatMessage(ctx.lang, 'report', 'ci-summary', { ...counts, ...(over && { maxWarnings: ctx.maxWarnings }) });
}
