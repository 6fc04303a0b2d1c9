import { appendFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { SystemId } from '../../analysis/indicator-system.js';
import { validate, type DeclarationText } from '../../api/validate.js';
import { resolveLang } from '../../config/lang.js';
import type { Lang } from '../../diagnostics/types.js';
import { MACHINE_FORMATS, REPORTERS, type ReportFormat } from '../../report/index.js';
import { prettyFindings } from '../../report/pretty.js';
import { githubJobSummary, workflowCommand } from '../../report/github.js';
import type { CheckedFile, Counts, ReportContext } from '../../report/types.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError } from '../errors.js';
import { formatMessage } from '../../messages/index.js';
import { printProblems, useColor } from '../io.js';
import { reportConfigProblems } from './shared.js';

export interface ValidateOptions {
  readonly format?: string;
  readonly lang?: string;
  readonly config?: string;
  /** `--profile`: the indicator system, over the configuration's. */
  readonly profile?: SystemId;
  readonly maxWarnings?: number;
  readonly quiet?: boolean;
  /**
   * `-o/--output-file`: the report goes to this file instead of stdout, as
   * UTF-8 whatever the shell would do (PowerShell's `>` re-encodes), and
   * replaces the old file only once complete.
   */
  readonly outputFile?: string;
  /** `--stdin`: one declaration read from standard input (main.ts makes sure no paths come with it). */
  readonly stdin?: boolean;
  /** `--stdin-filename`: its name in findings; its folder is where declare.config.yaml is looked for. */
  readonly stdinFilename?: string;
}

/**
 * `declare validate`: src/api/validate.ts does the work; this prints the
 * report in the chosen format and chooses the exit code. A run that cannot
 * finish (an input it cannot read: exit 2) claims no result: no count line,
 * and no machine-readable report at all (an incomplete SARIF upload would
 * mark every open alert as fixed); the findings it did make still go out in
 * the formats for people.
 */
export async function validateCommand(paths: readonly string[], opts: ValidateOptions): Promise<number> {
  const format = (opts.format ?? 'pretty') as ReportFormat;
  const input: readonly string[] | readonly DeclarationText[] = opts.stdin ? [{ file: opts.stdinFilename ?? '<stdin>', text: await readStdin() }] : paths;
  const result = await validate(input, { ...(opts.config !== undefined && { config: opts.config }), ...(opts.profile !== undefined && { profile: opts.profile }) });
  const lang: Lang = resolveLang(opts.lang, result.config.lang);
  if (result.kind === 'config-problems') return reportConfigProblems(result.problems, lang);

  const { files, counts, problems } = result;
  const shown = opts.quiet ? files.map((f) => ({ ...f, diagnostics: f.diagnostics.filter((d) => d.severity === 'error') })) : files;
  // A file gets no colour codes, whatever the terminal.
  const color = opts.outputFile === undefined && useColor(process.stdout);
  const emit = (report: string) => (opts.outputFile === undefined ? process.stdout.write(report) : writeReport(opts.outputFile, report));
  if (problems.length > 0) {
    if (format === 'pretty') await emit(prettyFindings(shown, { lang, color }));
    else if (format === 'github') await emit(shown.flatMap((f) => f.diagnostics.map((d) => workflowCommand(d, lang, process.env.GITHUB_WORKSPACE || undefined) + '\n')).join(''));
    else if (!MACHINE_FORMATS.has(format)) throw new Error(`internal: no incomplete report for ${format}`);
    printProblems(problems, lang);
    process.stderr.write(formatMessage(lang, 'cli', 'validate-unfinished', { files: counts.files }) + '\n');
    return EXIT_USAGE;
  }
  const ctx: ReportContext = { lang, color, ...(opts.maxWarnings !== undefined && { maxWarnings: opts.maxWarnings }) };
  await emit(REPORTERS[format](shown, counts, ctx));
  if (format === 'github' && process.env.GITHUB_STEP_SUMMARY && !writeStepSummary(process.env.GITHUB_STEP_SUMMARY, shown, counts, ctx)) return EXIT_USAGE;
  if (counts.errors > 0) return EXIT_FINDINGS;
  if (opts.maxWarnings !== undefined && counts.warnings > opts.maxWarnings) return EXIT_FINDINGS;
  return EXIT_OK;
}

/** All of standard input, as bytes: the encoding checks apply to it exactly as to a file. */
async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new UsageError({ zh: formatMessage('zh', 'cli', 'stdin-unreadable', { code }), en: formatMessage('en', 'cli', 'stdin-unreadable', { code }) });
  }
  return Buffer.concat(chunks);
}

/** The report file, written whole or not at all; a file that cannot be written is an I/O problem (exit 2, said by writeFileAtomic's OutputError). */
async function writeReport(file: string, report: string): Promise<void> {
  const [{ writeFileAtomic }, { OutputError }] = await Promise.all([import('../../util/atomic-write.js'), import('../../writers/output-files.js')]);
  try {
    // As ESLint does: a report path in a folder that does not exist yet (reports/validate.sarif) creates it.
    await mkdir(dirname(resolve(file)), { recursive: true }).catch(() => undefined);
    await writeFileAtomic(resolve(file), report);
  } catch (e) {
    if (e instanceof OutputError) throw new UsageError(e.text);
    throw e;
  }
}

/**
 * GitHub's job summary: appended (other steps write to the same file), so
 * every finding is on the run's page even when the per-step annotation limit
 * hides most of them. False, said on stderr, when the file cannot be written.
 */
function writeStepSummary(file: string, files: readonly CheckedFile[], counts: Counts, ctx: ReportContext): boolean {
  try {
    appendFileSync(file, githubJobSummary(files, counts, { ...ctx, color: false }), 'utf8');
    return true;
  } catch (e) {
    process.stderr.write(formatMessage(ctx.lang, 'cli', 'step-summary-failed', { file, code: (e as NodeJS.ErrnoException).code ?? String(e) }) + '\n');
    return false;
  }
}
