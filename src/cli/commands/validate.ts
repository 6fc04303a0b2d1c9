import { checkPathsParallel } from '../../check/parallel.js';
import { createConfigResolver } from '../../config/resolve.js';
import type { Lang } from '../../diagnostics/types.js';
import { discover } from '../../load/discover.js';
import { configIgnoreOf } from '../../load/exclusions.js';
import { githubReporter } from '../../report/github.js';
import { gitlabReporter } from '../../report/gitlab.js';
import { jsonReporter } from '../../report/json.js';
import { prettyReporter } from '../../report/pretty.js';
import { sarifReporter } from '../../report/sarif.js';
import { countDiagnostics, type Reporter } from '../../report/types.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from '../errors.js';
import { printProblems, useColor } from '../io.js';
import { resolveLang } from '../lang.js';
import { reportConfigProblems } from './shared.js';

export const REPORTERS: Record<string, Reporter> = {
  pretty: prettyReporter,
  json: jsonReporter,
  github: githubReporter,
  sarif: sarifReporter,
  gitlab: gitlabReporter,
};

export interface ValidateOptions {
  readonly format?: string;
  readonly lang?: string;
  readonly config?: string;
  readonly maxWarnings?: number;
  readonly quiet?: boolean;
}

export async function validateCommand(paths: readonly string[], opts: ValidateOptions): Promise<number> {
  const configs = createConfigResolver({ ...(opts.config !== undefined && { explicit: opts.config }) });
  const lang: Lang = resolveLang(opts.lang, configs.global.lang);
  if (configs.problems.length > 0) return reportConfigProblems(configs.problems, lang);

  const found = discover(paths, { configIgnore: configIgnoreOf(configs) });
  // Configuration files are found next to the declarations: read them all before checking anything.
  if (configs.loadAll(found.files).length > 0) return reportConfigProblems(configs.problems, lang);
  const { checked, problems } = await checkPathsParallel(found.files, (file) => configs.forFile(file).check, {
    ...(opts.config !== undefined && { explicitConfig: opts.config }),
  });
  const allProblems = [...found.problems, ...problems];
  const shown = opts.quiet ? checked.map((f) => ({ ...f, diagnostics: f.diagnostics.filter((d) => d.severity === 'error') })) : checked;
  const counts = countDiagnostics(checked);
  const reporter = REPORTERS[opts.format ?? 'pretty'];
  if (!reporter) throw new Error(`internal: no reporter for ${opts.format}`);
  process.stdout.write(reporter(shown, counts, { lang, color: useColor(process.stdout), ...(opts.maxWarnings !== undefined && { maxWarnings: opts.maxWarnings }) }));
  printProblems(allProblems, lang);
  if (allProblems.length > 0) return EXIT_USAGE;
  if (counts.errors > 0) return EXIT_FINDINGS;
  if (opts.maxWarnings !== undefined && counts.warnings > opts.maxWarnings) return EXIT_FINDINGS;
  return EXIT_OK;
}
