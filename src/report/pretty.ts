import { Chalk } from 'chalk';
import { diagnosticMessage, relatedMessage, type Diagnostic } from '../diagnostics/types.js';
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
  const zh = ctx.lang === 'zh';
  const out: string[] = [];
  for (const f of files) for (const d of f.diagnostics) out.push(formatOne(f, d), '');
  return out.map((l) => l + '\n').join('');

  function formatOne(f: CheckedFile, d: Diagnostic): string {
    const sev = d.severity === 'error' ? c.red.bold(zh ? '错误' : 'error') : c.yellow.bold(zh ? '警告' : 'warning');
    const lines = [`${c.bold(`${d.file}:${d.span.line}:${d.span.column}`)} ${sev} ${c.cyan(d.rule)}`, `  ${diagnosticMessage(d, ctx.lang)}`];
    if (f.text !== undefined) lines.push(indent(codeFrame(f.text, d.span), 2));
    for (const n of d.notes ?? []) lines.push(c.dim(`  ${zh ? '注' : 'note'}: ${relatedMessage(d, n, ctx.lang)}（${d.file}:${n.span.line}:${n.span.column}）`));
    lines.push(c.dim(`  ${zh ? '规则说明' : 'rule docs'}: ${ruleDocHint(d.rule)}`));
    return lines.join('\n');
  }
}

function summaryLine(counts: Counts, ctx: ReportContext, c: InstanceType<typeof Chalk>): string {
  const zh = ctx.lang === 'zh';
  const over = ctx.maxWarnings !== undefined && counts.warnings > ctx.maxWarnings;
  const body = zh
    ? `检查了 ${counts.files} 个文件：${counts.errors} 个错误，${counts.warnings} 个警告。`
    : `Checked ${counts.files} file${counts.files === 1 ? '' : 's'}: ${counts.errors} error${counts.errors === 1 ? '' : 's'}, ${counts.warnings} warning${counts.warnings === 1 ? '' : 's'}.`;
  const overText = over
    ? zh
      ? ` 警告数超过了 --max-warnings ${ctx.maxWarnings} 的上限。`
      : ` Too many warnings (--max-warnings ${ctx.maxWarnings}).`
    : '';
  const mark = counts.errors > 0 || over ? c.red('✖') : counts.warnings > 0 ? c.yellow('⚠') : c.green('✔');
  return `${mark} ${body}${overText}`;
}

function indent(s: string, n: number): string {
  const pad = ' '.repeat(n);
  return s
    .split('\n')
    .map((l) => pad + l)
    .join('\n');
}
