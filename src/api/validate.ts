import { resolve } from 'node:path';
import type { SystemId } from '../analysis/indicator-system.js';
import { checkFile } from '../check/check-file.js';
import { checkPaths, type Checked } from '../check/check-paths.js';
import { checkPathsParallel } from '../check/parallel.js';
import type { ConfigResolver, ResolvedConfig } from '../config/resolve.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { discover, type IoProblem } from '../load/discover.js';
import { configIgnoreOf } from '../load/exclusions.js';
import type { SourceFile } from '../load/source-file.js';
import type { Declaration, DeclarationDraft } from '../model/declaration.js';
import { countDiagnostics, type CheckedFile, type Counts } from '../report/types.js';
import { configProblemFiles, loadConfig } from './config.js';

/** A declaration given as text rather than a path (an editor buffer, stdin, a test). */
export interface DeclarationText {
  /** Its name in findings; also where its configuration is looked for (the folder need not hold the file). */
  readonly file: string;
  readonly text: string | Uint8Array;
}

/** How validate finds configuration, where paths start, and what it keeps of each file. */
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
  /**
   * Texts only: keep each file's parsed YAML (`source`: positions, comments,
   * the scalars as written), for an editor's fixes and hovers. Default false.
   */
  readonly sources?: boolean;
  /**
   * What a broken configuration file does: `stop` (the default, as the
   * command line, which exits 2) checks nothing and returns the problems;
   * `defaults` checks with the built-in defaults and returns the problems
   * beside the findings (`configProblems`), as an editor does while the user
   * is still fixing the file.
   */
  readonly onConfigProblems?: 'stop' | 'defaults';
}

/** One checked file: its findings, its text for code frames, and (with `models`) what it declares. */
export interface FileReport extends CheckedFile {
  readonly declaration?: Declaration;
  readonly draft?: DeclarationDraft;
  /** With `sources` (texts only), when it parsed as YAML. */
  readonly source?: SourceFile;
}

/** What validate returns: the findings of each file, or the configuration problems that stopped it. */
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
      /** With `onConfigProblems: 'defaults'`: what is wrong in the configuration files, which were not applied. */
      readonly configProblems?: readonly Diagnostic[];
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
  if (input.every((i): i is DeclarationText => typeof i !== 'string')) return validateTexts(input, options);
  const cwd = options.cwd ?? process.cwd();
  const configs = configsOf(options, cwd);
  const config = configs.global;
  if (configs.problems.length > 0) return configProblems(configs.problems, config);

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

/**
 * validate for texts in hand, without a promise: what an editor calls on
 * every change (the language server does). The configuration of each text
 * is found from its `file`, as for a file on disk.
 */
export function validateTexts(texts: readonly DeclarationText[], options: ValidateOptions = {}): ValidateResult {
  const cwd = options.cwd ?? process.cwd();
  const configs = configsOf(options, cwd);
  const config = configs.global;
  configs.loadAll(texts.map((t) => resolve(cwd, t.file)));
  const broken = configs.problems.length > 0;
  if (broken && options.onConfigProblems !== 'defaults') return configProblems(configs.problems, config);
  const files = texts.map((t): FileReport => {
    const bytes = typeof t.text === 'string' ? Buffer.from(t.text, 'utf8') : t.text;
    const r = checkFile(t.file, bytes, broken ? {} : configs.forFile(resolve(cwd, t.file)).check);
    return {
      file: t.file,
      diagnostics: r.diagnostics,
      ...(r.text !== undefined && { text: r.text }),
      ...(options.models && r.declaration && { declaration: r.declaration }),
      ...(options.models && r.draft && { draft: r.draft }),
      ...(options.sources && r.source && { source: r.source }),
    };
  });
  return { kind: 'checked', files, counts: countDiagnostics(files), problems: [], config, ...(broken && { configProblems: [...configs.problems] }) };
}

function configsOf(options: ValidateOptions, cwd: string): ConfigResolver {
  return options.configs ?? loadConfig({ ...(options.config !== undefined && { config: options.config }), ...(options.profile !== undefined && { profile: options.profile }), cwd }).resolver;
}

function configProblems(problems: readonly Diagnostic[], config: ResolvedConfig): ValidateResult {
  return { kind: 'config-problems', problems, files: configProblemFiles(problems), config };
}
