import { resolve } from 'node:path';
import type { SystemId } from '../analysis/indicator-system.js';
import { checkFile } from '../check/check-file.js';
import { checkPaths, type Checked } from '../check/check-paths.js';
import { checkPathsParallel } from '../check/parallel.js';
import type { ConfigResolver, ResolvedConfig } from '../config/resolve.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { discover, type IoProblem } from '../load/discover.js';
import { configIgnoreOf } from '../load/exclusions.js';
import type { Declaration, DeclarationDraft } from '../model/declaration.js';
import { countDiagnostics, type CheckedFile, type Counts } from '../report/types.js';
import { configProblemFiles, loadConfig } from './config.js';

/** A declaration given as text rather than a path (an editor buffer, stdin, a test). */
export interface DeclarationText {
  /** Its name in findings; also where its configuration is looked for (the folder need not hold the file). */
  readonly file: string;
  readonly text: string | Uint8Array;
}

export interface ValidateOptions {
  /** A configuration file for every declaration (`--config`), instead of the nearest declare.config.yaml. */
  readonly config?: string;
  /** `--profile`: the indicator system for every declaration (see loadConfig). */
  readonly profile?: SystemId;
  /** A configuration already loaded (see loadConfig); wins over `config`. */
  readonly configs?: ConfigResolver;
  /** Where relative paths start; default the working directory. */
  readonly cwd?: string;
  /**
   * Threads for many files: by default DECLARE_THREADS or one per core (at
   * most 8), only from 150 files on; 1 checks in this thread only. Results are
   * the same either way, in input order.
   */
  readonly threads?: number;
  /**
   * Keep each file's typed model (`declaration` when it has no error, `draft`
   * always): in this thread only, and more memory. Default false.
   */
  readonly models?: boolean;
}

/** One checked file: its findings, its text for code frames, and (with `models`) what it declares. */
export interface FileReport extends CheckedFile {
  readonly declaration?: Declaration;
  readonly draft?: DeclarationDraft;
}

export type ValidateResult = (
  /** A configuration file is broken: nothing was checked (the command line exits 2). */
  | { readonly kind: 'config-problems'; readonly problems: readonly Diagnostic[]; readonly files: readonly CheckedFile[] }
  | {
      readonly kind: 'checked';
      /** In input order (folders in code-point order of names). */
      readonly files: readonly FileReport[];
      readonly counts: Counts;
      /** Paths that could not be read (missing, not a file, no permission, a folder without declarations); the others are still checked. */
      readonly problems: readonly IoProblem[];
    }
) & {
  /** The configuration of the run as a whole (`--config`, or the one found from `cwd`): its `lang` is the default language. */
  readonly config: ResolvedConfig;
};

/**
 * `declare validate` as a library call: the findings of each declaration,
 * never printing and never exiting. Give paths (files and folders, mixed) or
 * texts. Configuration applies as on the command line: `config`/`configs`,
 * else the nearest declare.config.yaml above each file.
 *
 *     const r = await validate(['申报/']);
 *     if (r.kind === 'checked' && r.counts.errors === 0) …
 */
export async function validate(input: readonly string[] | readonly DeclarationText[], options: ValidateOptions = {}): Promise<ValidateResult> {
  const cwd = options.cwd ?? process.cwd();
  const configs = options.configs ?? loadConfig({ ...(options.config !== undefined && { config: options.config }), ...(options.profile !== undefined && { profile: options.profile }), cwd }).resolver;
  const config = configs.global;
  if (configs.problems.length > 0) return configProblems(configs.problems, config);
  if (input.every((i): i is DeclarationText => typeof i !== 'string')) return validateTexts(input, configs, cwd, options, config);

  const found = discover(input as readonly string[], { cwd, configIgnore: configIgnoreOf(configs) });
  // Configuration files are found next to the declarations: read them all before checking anything.
  if (configs.loadAll(found.files).length > 0) return configProblems(configs.problems, config);
  const optionsFor = (file: string) => configs.forFile(file).check;
  let files: readonly FileReport[];
  let problems: readonly IoProblem[];
  if (options.models) {
    ({ checked: files, problems } = checkPaths(found.files, optionsFor, { cwd }));
    files = (files as Checked[]).map(({ source: _source, ...report }) => report);
  } else if (options.configs) {
    // A resolver made by the caller cannot be rebuilt in another thread: check here.
    ({ checked: files, problems } = checkPaths(found.files, optionsFor, { reportOnly: true, cwd }));
  } else {
    ({ checked: files, problems } = await checkPathsParallel(found.files, optionsFor, { ...(options.config !== undefined && { explicitConfig: options.config }), cwd }, options.threads));
  }
  return { kind: 'checked', files, counts: countDiagnostics(files), problems: [...found.problems, ...problems], config };
}

function validateTexts(texts: readonly DeclarationText[], configs: ConfigResolver, cwd: string, options: ValidateOptions, config: ResolvedConfig): ValidateResult {
  if (configs.loadAll(texts.map((t) => resolve(cwd, t.file))).length > 0) return configProblems(configs.problems, config);
  const files = texts.map((t): FileReport => {
    const bytes = typeof t.text === 'string' ? Buffer.from(t.text, 'utf8') : t.text;
    const r = checkFile(t.file, bytes, configs.forFile(resolve(cwd, t.file)).check);
    return {
      file: t.file,
      diagnostics: r.diagnostics,
      ...(r.text !== undefined && { text: r.text }),
      ...(options.models && r.declaration && { declaration: r.declaration }),
      ...(options.models && r.draft && { draft: r.draft }),
    };
  });
  return { kind: 'checked', files, counts: countDiagnostics(files), problems: [], config };
}

function configProblems(problems: readonly Diagnostic[], config: ResolvedConfig): ValidateResult {
  return { kind: 'config-problems', problems, files: configProblemFiles(problems), config };
}
