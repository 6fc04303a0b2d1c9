import { configProblemFiles } from '../../api/config.js';
import type { Diagnostic, Lang } from '../../diagnostics/types.js';
import { prettyReporter } from '../../report/pretty.js';
import { countDiagnostics } from '../../report/types.js';
import { EXIT_USAGE } from '../errors.js';
import { useColor } from '../io.js';

/** A broken configuration file stops the command before anything is checked (exit 2), shown like any diagnostic, on stderr. */
export function reportConfigProblems(problems: readonly Diagnostic[], lang: Lang): number {
  const files = configProblemFiles(problems);
  process.stderr.write(prettyReporter(files, countDiagnostics(files), { lang, color: useColor(process.stderr) }));
  return EXIT_USAGE;
}
