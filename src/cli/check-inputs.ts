import { forPrinting } from '../check/check-file.js';
import { checkPaths, type Checked } from '../check/check-paths.js';
import type { ConfigResolver } from '../config/resolve.js';
import { pick, text, type Diagnostic, type Lang } from '../diagnostics/types.js';
import { discover } from '../load/discover.js';
import { prettyReporter } from '../report/pretty.js';
import { countDiagnostics, type Counts } from '../report/types.js';
import { reportConfigProblems } from './commands/shared.js';
import { useColor } from './io.js';
import { printProblems } from './io.js';

export interface CheckedInputs {
  readonly checked: readonly Checked[];
  readonly counts: Counts;
  /** I/O or configuration problems were printed; the command must exit 2. */
  readonly ioFailed: boolean;
}

/**
 * The front half shared by render and summary: find, read and check the
 * inputs, and show their diagnostics exactly as validate would (on stderr,
 * since stdout may carry the list of files written).
 */
export function checkInputs(paths: readonly string[], configs: ConfigResolver, lang: Lang): CheckedInputs {
  const found = discover(paths);
  // Configuration files are found next to the declarations: read them all, and stop on a broken one, before checking.
  if (configs.loadAll(found.files).length > 0) {
    reportConfigProblems(configs.problems, lang);
    return { checked: [], counts: { files: 0, errors: 0, warnings: 0 }, ioFailed: true };
  }
  // Checked to be printed: an amount configuration let through unread stops its file (unprintable-amount).
  const { checked, problems } = checkPaths(found.files, (file) => forPrinting(configs.forFile(file).check));
  const counts = countDiagnostics(checked);
  if (counts.errors + counts.warnings > 0) {
    const withFindings = checked.filter((c) => c.diagnostics.length > 0);
    process.stderr.write(prettyReporter(withFindings, counts, { lang, color: useColor(process.stderr) }));
  }
  printProblems([...found.problems, ...problems], lang);
  return { checked, counts, ioFailed: found.problems.length + problems.length > 0 };
}

export function printDiagnostics(files: readonly { file: string; text?: string; diagnostics: readonly Diagnostic[] }[], lang: Lang): void {
  process.stderr.write(prettyReporter(files, countDiagnostics(files), { lang, color: useColor(process.stderr) }));
}

export function say(lang: Lang, zh: string, en: string): void {
  process.stderr.write(pick(text(zh, en), lang) + '\n');
}
