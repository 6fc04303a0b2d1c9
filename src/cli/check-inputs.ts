import { applySeverity } from '../check/check-file.js';
import { checkBeforeDrawing, startOfFile } from '../check/later-phases.js';
import { checkPaths, type Checked } from '../check/check-paths.js';
import type { ConfigResolver } from '../config/resolve.js';
import type { Diagnostic, Lang } from '../diagnostics/types.js';
import { discover } from '../load/discover.js';
import { configIgnoreOf } from '../load/exclusions.js';
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
  const found = discover(paths, { configIgnore: configIgnoreOf(configs) });
  // Configuration files are found next to the declarations: read them all, and stop on a broken one, before checking.
  if (configs.loadAll(found.files).length > 0) {
    reportConfigProblems(configs.problems, lang);
    return { checked: [], counts: { files: 0, errors: 0, warnings: 0 }, ioFailed: true };
  }
  const run = checkPaths(found.files, (file) => configs.forFile(file).check);
  // About to be drawn: what configuration let through but no form can print stops its file (unprintable-amount).
  const checked = run.checked.map((c) => (c.declaration ? beforeDrawing(c, configs) : c));
  const problems = run.problems;
  const counts = countDiagnostics(checked);
  if (counts.errors + counts.warnings > 0) {
    const withFindings = checked.filter((c) => c.diagnostics.length > 0);
    process.stderr.write(prettyReporter(withFindings, counts, { lang, color: useColor(process.stderr) }));
  }
  printProblems([...found.problems, ...problems], lang);
  return { checked, counts, ioFailed: found.problems.length + problems.length > 0 };
}

/** The file with the findings of the render rules that run before drawing; without its declaration when one is an error. */
function beforeDrawing(c: Checked, configs: ConfigResolver): Checked {
  const found = applySeverity(checkBeforeDrawing(c.source ?? startOfFile(c.file), c.declaration!), (f) => configs.forFile(f).check);
  if (found.length === 0) return c;
  const { declaration, ...rest } = c;
  const diagnostics = [...c.diagnostics, ...found].sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column);
  return found.some((d) => d.severity === 'error') ? { ...rest, diagnostics } : { ...c, diagnostics };
}

export function printDiagnostics(files: readonly { file: string; text?: string; diagnostics: readonly Diagnostic[] }[], lang: Lang): void {
  process.stderr.write(prettyReporter(files, countDiagnostics(files), { lang, color: useColor(process.stderr) }));
}

export { say } from './io.js';
