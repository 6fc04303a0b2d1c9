import type { SystemId } from '../analysis/indicator-system.js';
import { createConfigResolver, type ConfigResolver, type ResolvedConfig } from '../config/resolve.js';
import { readLimited } from '../load/read.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { CheckedFile } from '../report/types.js';

export type { ConfigResolver, ResolvedConfig };

/** Where loadConfig looks for configuration, and what it applies over it. */
export interface LoadConfigOptions {
  /** A configuration file to use for every declaration (`--config`), instead of searching. */
  readonly config?: string;
  /** Where relative paths start and the search for declare.config.yaml begins; default the working directory. */
  readonly cwd?: string;
  /** `--profile`: the indicator system for every declaration, over the configuration's `profile` (its labels still apply). */
  readonly profile?: SystemId;
}

/**
 * The configuration of a run: `--config`, or the nearest declare.config.yaml
 * above each declaration (see docs/config.md). `problems` lists what is
 * wrong in any configuration file read so far: a command stops on them
 * (exit 2). Files beside the declarations are found as they are asked for;
 * `resolver.loadAll(files)` reads them all up front.
 */
export function loadConfig(options: LoadConfigOptions = {}): { readonly resolver: ConfigResolver; readonly global: ResolvedConfig; readonly problems: readonly Diagnostic[] } {
  const resolver = createConfigResolver({
    ...(options.config !== undefined && { explicit: options.config }),
    ...(options.cwd !== undefined && { cwd: options.cwd }),
    ...(options.profile !== undefined && { profile: options.profile }),
  });
  return { resolver, global: resolver.global, problems: resolver.problems };
}

/** Configuration problems as reports show them: one entry per configuration file, with its text for code frames. */
export function configProblemFiles(problems: readonly Diagnostic[]): CheckedFile[] {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of problems) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  return [...byFile].map(([file, diagnostics]) => ({ file, diagnostics, ...readable(file) }));
}

/** The config file's text for code frames, when it can be read as UTF-8 (a BOM is dropped as the loader does). */
function readable(file: string): { text?: string } {
  // Read as safely as the configuration itself: `--config /dev/zero` is already a finding, not a hang.
  const read = readLimited(file);
  return read.ok === true ? { text: read.bytes.toString('utf8').replace(/^\uFEFF/, '') } : {};
}
