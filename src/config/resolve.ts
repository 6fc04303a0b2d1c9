import type { CheckOptions } from '../check/check-file.js';
import type { Diagnostic, Lang } from '../diagnostics/types.js';

/** What a declare.config.yaml can set, after validation and merging. */
export interface ResolvedConfig {
  /** Where the configuration came from, if from a file. */
  readonly file?: string;
  readonly check: CheckOptions;
  /** Absolute path of the font to render with. */
  readonly font?: string;
  readonly lang?: Lang;
}

export interface ConfigResolver {
  /** The configuration that applies to one declaration file. */
  forFile(file: string): ResolvedConfig;
  /** The configuration for the run as a whole (from --config, or found from the working directory). */
  readonly global: ResolvedConfig;
  /** Problems in configuration files; any of them stops the command (exit 2). */
  readonly problems: readonly Diagnostic[];
}

export function createConfigResolver(_opts: { explicit?: string; cwd?: string } = {}): ConfigResolver {
  const empty: ResolvedConfig = { check: {} };
  return { forFile: () => empty, global: empty, problems: [] };
}
