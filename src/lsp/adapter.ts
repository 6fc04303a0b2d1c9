import { resolve } from 'node:path';
import { checkFile, type SeverityOverride } from '../check/check-file.js';
import { RULES } from '../check/rules/index.js';
import { createConfigResolver, type ResolvedConfig } from '../config/resolve.js';
import type { Diagnostic, Lang, Severity } from '../diagnostics/types.js';
import type { SourceFile } from '../load/source-file.js';
import { resolveLang } from '../config/lang.js';

/**
 * The one place the language server asks declare to check a file. It runs
 * exactly what `declare validate` runs for that file — the same checkFile,
 * the same configuration discovery (the nearest declare.config.yaml above
 * the file), the same language choice — on the editor's text instead of the
 * bytes on disk. When src/api/validate lands, this module calls it instead.
 */
export interface DocumentCheck {
  /** Findings about the document, as validate reports them (1-based spans). */
  readonly diagnostics: readonly Diagnostic[];
  /** The parsed document, when it parsed: positions for fixes and hovers. */
  readonly source?: SourceFile;
  /** Problems of the configuration file that applies, with its absolute path (validate would stop with exit 2). */
  readonly configProblems: readonly Diagnostic[];
  /** The configuration file that applies, if any (absolute). */
  readonly configFile?: string;
  readonly lang: Lang;
  /** Severity of a rule after configuration (`off` drops its findings). */
  severityOf(rule: string): SeverityOverride;
}

const DEFAULT_SEVERITY = new Map<string, Severity>(RULES.map((r) => [r.meta.id, r.meta.severity]));

export function checkDocument(file: string, text: string, opts: { lang?: string | undefined } = {}): DocumentCheck {
  // A fresh resolver each time: configuration files are small, and an edited one must count at once.
  const configs = createConfigResolver({ cwd: '/' });
  const config: ResolvedConfig = configs.forFile(file);
  const configProblems = configs.problems.map((d) => ({ ...d, file: resolve('/', d.file) }));
  // With a broken configuration validate refuses to run; the editor still checks, with the built-in defaults.
  const check = configProblems.length > 0 ? {} : config.check;
  const r = checkFile(file, Buffer.from(text, 'utf8'), check);
  const lang = resolveLang(opts.lang, config.lang);
  return {
    diagnostics: r.diagnostics,
    ...(r.source && { source: r.source }),
    configProblems,
    ...(config.file !== undefined && { configFile: resolve('/', config.file) }),
    lang,
    severityOf: (rule) => check.severity?.[rule] ?? DEFAULT_SEVERITY.get(rule) ?? 'error',
  };
}
