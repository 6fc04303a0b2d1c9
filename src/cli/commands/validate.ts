import type { SystemId } from '../../analysis/indicator-system.js';
import { validate } from '../../api/validate.js';
import { resolveLang } from '../../config/lang.js';
import type { Lang } from '../../diagnostics/types.js';
import { MACHINE_FORMATS, REPORTERS, type ReportFormat } from '../../report/index.js';
import { prettyFindings } from '../../report/pretty.js';
import { workflowCommand } from '../../report/github.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from '../errors.js';
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
  const result = await validate(paths, { ...(opts.config !== undefined && { config: opts.config }), ...(opts.profile !== undefined && { profile: opts.profile }) });
  const lang: Lang = resolveLang(opts.lang, result.config.lang);
  if (result.kind === 'config-problems') return reportConfigProblems(result.problems, lang);

  const { files, counts, problems } = result;
  const shown = opts.quiet ? files.map((f) => ({ ...f, diagnostics: f.diagnostics.filter((d) => d.severity === 'error') })) : files;
  const color = useColor(process.stdout);
  if (problems.length > 0) {
    if (format === 'pretty') process.stdout.write(prettyFindings(shown, { lang, color }));
    else if (format === 'github') for (const f of shown) for (const d of f.diagnostics) process.stdout.write(workflowCommand(d, lang, process.env.GITHUB_WORKSPACE || undefined) + '\n');
    else if (!MACHINE_FORMATS.has(format)) throw new Error(`internal: no incomplete report for ${format}`);
    printProblems(problems, lang);
    process.stderr.write(formatMessage(lang, 'cli', 'validate-unfinished', { files: counts.files }) + '\n');
    return EXIT_USAGE;
  }
  process.stdout.write(REPORTERS[format](shown, counts, { lang, color, ...(opts.maxWarnings !== undefined && { maxWarnings: opts.maxWarnings }) }));
  if (counts.errors > 0) return EXIT_FINDINGS;
  if (opts.maxWarnings !== undefined && counts.warnings > opts.maxWarnings) return EXIT_FINDINGS;
  return EXIT_OK;
}
