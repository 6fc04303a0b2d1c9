import { checkPaths } from '../../check/check-paths.js';
import type { Lang } from '../../diagnostics/types.js';
import { discover } from '../../load/discover.js';
import { jsonReporter } from '../../report/json.js';
import { prettyReporter } from '../../report/pretty.js';
import { countDiagnostics, type Reporter } from '../../report/types.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from '../errors.js';
import { printProblems, useColor } from '../io.js';

export interface ValidateOptions {
  readonly format: string;
  readonly lang: Lang;
  readonly maxWarnings?: number;
  readonly quiet?: boolean;
}

export const REPORTERS: Record<string, Reporter> = {
  pretty: prettyReporter,
  json: jsonReporter,
};

export async function validate(paths: readonly string[], opts: ValidateOptions): Promise<number> {
  const found = discover(paths);
  const { checked, problems } = checkPaths(found.files);
  const allProblems = [...found.problems, ...problems];
  const files = opts.quiet ? checked.map((f) => ({ ...f, diagnostics: f.diagnostics.filter((d) => d.severity === 'error') })) : checked;
  const counts = countDiagnostics(checked);
  const reporter = REPORTERS[opts.format]!;
  process.stdout.write(
    reporter(files, counts, { lang: opts.lang, color: useColor(process.stdout), ...(opts.maxWarnings !== undefined && { maxWarnings: opts.maxWarnings }) }),
  );
  printProblems(allProblems, opts.lang);
  if (allProblems.length > 0) return EXIT_USAGE;
  if (counts.errors > 0) return EXIT_FINDINGS;
  if (opts.maxWarnings !== undefined && counts.warnings > opts.maxWarnings) return EXIT_FINDINGS;
  return EXIT_OK;
}
