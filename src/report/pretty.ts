import { Chalk } from 'chalk';
import { diagnosticMessage, relatedMessage, type Diagnostic } from '../diagnostics/types.js';
import { formatMessage } from '../messages/index.js';
import { ruleDocHint } from '../docs/links.js';
import { codeFrame } from './code-frame.js';
import type { CheckedFile, Counts, ReportContext, Reporter } from './types.js';

/**
 * For people at a terminal: location first (clickable in most editors and
 * terminals), then the message, the offending lines, and where to read more.
 */
export const prettyReporter: Reporter = (files, counts, ctx) => prettyFindings(files, ctx) + summaryLine(counts, ctx, new Chalk({ level: ctx.color ? 1 : 0 })) + '\n';

/** The findings alone, each followed by a blank line, for commands that print them as they go. */
export function prettyFindings(files: readonly CheckedFile[], ctx: ReportContext): string {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const say = (id: 'error' | 'warning' | 'note' | 'rule-docs') => formatMessage(ctx.lang, 'report', id);
  const out: string[] = [];
  for (const f of files) for (const d of f.diagnostics) out.push(formatOne(f, d), '');
  return out.map((l) => l + '\n').join('');

  function formatOne(f: CheckedFile, d: Diagnostic): string {
    const sev = d.severity === 'error' ? c.red.bold(say('error')) : c.yellow.bold(say('warning'));
    const lines = [`${c.bold(`${d.file}:${d.span.line}:${d.span.column}`)} ${sev} ${c.cyan(d.rule)}`, `  ${diagnosticMessage(d, ctx.lang)}`];
    if (f.text !== undefined) lines.push(indent(codeFrame(f.text, d.span), 2));
    for (const n of d.notes ?? []) lines.push(c.dim(`  ${say('note')}: ${relatedMessage(d, n, ctx.lang)}（${d.file}:${n.span.line}:${n.span.column}）`));
    lines.push(c.dim(`  ${say('rule-docs')}: ${ruleDocHint(d.rule)}`));
    return lines.join('\n');
  }
}

function summaryLine(counts: Counts, ctx: ReportContext, c: InstanceType<typeof Chalk>): string {
  const over = ctx.maxWarnings !== undefined && counts.warnings > ctx.maxWarnings;
  const text = formatMessage(ctx.lang, 'report', 'summary', { ...counts, ...(over && { maxWarnings: ctx.maxWarnings }) });
  const mark = counts.errors > 0 || over ? c.red('✖') : counts.warnings > 0 ? c.yellow('⚠') : c.green('✔');
  return `${mark} ${text}`;
}

function indent(s: string, n: number): string {
  const pad = ' '.repeat(n);
  return s
    .split('\n')
    .map((l) => pad + l)
    .join('\n');
}
