import { readLimited } from '../../load/read.js';
import type { Diagnostic, Lang } from '../../diagnostics/types.js';
import { prettyReporter } from '../../report/pretty.js';
import { countDiagnostics } from '../../report/types.js';
import { EXIT_USAGE } from '../errors.js';
import { useColor } from '../io.js';

/** A broken configuration file stops the command before anything is checked (exit 2), shown like any diagnostic. */
export function reportConfigProblems(problems: readonly Diagnostic[], lang: Lang): number {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of problems) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  const files = [...byFile].map(([file, diagnostics]) => ({ file, diagnostics, ...readable(file) }));
  process.stderr.write(prettyReporter(files, countDiagnostics(files), { lang, color: useColor(process.stderr) }));
  return EXIT_USAGE;
}

/** The config file's text for code frames, when it can be read as UTF-8 (a BOM is dropped as the loader does). */
function readable(file: string): { text?: string } {
  const read = readLimited(file);
  return read.ok === true ? { text: read.bytes.toString('utf8').replace(/^\uFEFF/, '') } : {};
}
