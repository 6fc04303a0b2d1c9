import { resolve } from 'node:path';
import { loadConfig, type ConfigResolver } from '../api/config.js';
import { validateTexts } from '../api/validate.js';
import { RULES } from '../check/rules/index.js';
import type { SeverityOverride } from '../check/check-file.js';
import type { Diagnostic, Lang, Severity } from '../diagnostics/types.js';
import type { SourceFile } from '../load/source-file.js';
import { resolveLang } from '../config/lang.js';

/**
 * The one place the language server asks declare to check a file: through
 * the library's own validate (src/api), on the editor's text instead of the
 * bytes on disk — the same checks, the same configuration discovery (the
 * nearest declare.config.yaml above the file), the same language choice.
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

/** The configuration as validate finds it, read afresh: configuration files are small, and an edited one must count at once. */
export function documentConfigs(): ConfigResolver {
  return loadConfig({ cwd: '/' }).resolver;
}

export function checkDocument(file: string, text: string, opts: { lang?: string | undefined; configs?: ConfigResolver } = {}): DocumentCheck {
  const configs = opts.configs ?? documentConfigs();
  const config = configs.forFile(file);
  // With a broken configuration validate refuses to run; the editor still checks, with the built-in defaults.
  const r = validateTexts([{ file, text }], { configs, cwd: '/', sources: true, onConfigProblems: 'defaults' });
  if (r.kind !== 'checked') throw new Error('internal: validate stopped on a configuration problem');
  const configProblems = (r.configProblems ?? []).map((d) => ({ ...d, file: resolve('/', d.file) }));
  const check = configProblems.length > 0 ? {} : config.check;
  const checked = r.files[0]!;
  return {
    diagnostics: checked.diagnostics,
    ...(checked.source && { source: checked.source }),
    configProblems,
    ...(config.file !== undefined && { configFile: resolve('/', config.file) }),
    lang: resolveLang(opts.lang, config.lang),
    severityOf: (rule) => check.severity?.[rule] ?? DEFAULT_SEVERITY.get(rule) ?? 'error',
  };
}
