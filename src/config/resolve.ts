import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { SystemId } from '../analysis/indicator-system.js';
import type { CheckOptions } from '../check/check-file.js';
import type { Diagnostic, Lang } from '../diagnostics/types.js';
import { loadConfigFile } from './load.js';

/** What a declare.config.yaml can set, after validation and merging. */
export interface ResolvedConfig {
  /** Where the configuration came from, if from a file. */
  readonly file?: string;
  readonly check: CheckOptions;
  /** Absolute path of the font to render with. */
  readonly font?: string;
  readonly lang?: Lang;
  /** summary: the overview table before the forms (not by default, as the published 汇总表). */
  readonly overview?: boolean;
  /** render and summary: 第 N 页 共 M 页 at the foot of every page (not by default). */
  readonly pageNumbers?: boolean;
  /** How `declare fmt` writes amounts (grouped when not set). */
  readonly fmt?: { readonly amounts?: 'grouped' | 'plain' | 'keep' };
  /** `ignore:` patterns (gitignore syntax) and the folder they are relative to: the configuration file's. */
  readonly ignore?: { readonly base: string; readonly patterns: readonly string[] };
  /** What `declare init` fills in: `init:` of declare.config.yaml. */
  readonly init?: { readonly 实施单位?: string; readonly 主管部门?: string; readonly 年度?: number };
}

/** Finds the configuration of each declaration (see createConfigResolver for the precedence). */
export interface ConfigResolver {
  /** The configuration that applies to one declaration file. */
  forFile(file: string): ResolvedConfig;
  /**
   * Reads the configuration of every input up front and returns all problems
   * found so far: commands call it before checking anything, so a broken
   * declare.config.yaml in a subfolder stops the run instead of being met late.
   */
  loadAll(files: readonly string[]): readonly Diagnostic[];
  /** The configuration for the run as a whole (from --config, or found from the working directory). */
  readonly global: ResolvedConfig;
  /**
   * Problems in configuration files; any of them stops the command (exit 2).
   * Configuration files are found lazily: this list grows as forFile() meets
   * new folders (see loadAll).
   */
  readonly problems: readonly Diagnostic[];
}

/** File names recognised when walking up from a declaration; .yaml wins when both exist. */
export const CONFIG_FILE_NAMES = ['declare.config.yaml', 'declare.config.yml'] as const;

/**
 * Precedence, highest first: command-line flags (applied by the commands) >
 * the --config file > the nearest declare.config.yaml above each declaration
 * > built-in defaults. --config replaces the search: with it, no other
 * configuration file is read, and it applies to every file. Only the nearest
 * file counts (no merging of several levels), so what applies to a file is
 * always visible in one place.
 */
export function createConfigResolver(opts: { explicit?: string; cwd?: string; profile?: SystemId } = {}): ConfigResolver {
  const resolver = findConfigs(opts);
  return opts.profile === undefined ? resolver : withProfile(resolver, opts.profile);
}

/**
 * `--profile`: the indicator system for every file, over what configuration
 * says; the unit's own labels from the configuration still apply.
 */
function withProfile(r: ConfigResolver, system: SystemId): ConfigResolver {
  const cache = new Map<ResolvedConfig, ResolvedConfig>();
  const over = (c: ResolvedConfig): ResolvedConfig => {
    let o = cache.get(c);
    if (!o) cache.set(c, (o = { ...c, check: { ...c.check, profile: { ...c.check.profile, system } } }));
    return o;
  };
  return {
    forFile: (file) => over(r.forFile(file)),
    loadAll: (files) => r.loadAll(files),
    global: over(r.global),
    get problems() {
      return r.problems;
    },
  };
}

function findConfigs(opts: { explicit?: string; cwd?: string }): ConfigResolver {
  const cwd = opts.cwd ?? process.cwd();
  const problems: Diagnostic[] = [];
  const byFile = new Map<string, ResolvedConfig>();
  const nearestIn = new Map<string, string | null>();
  const empty: ResolvedConfig = { check: {} };

  const load = (abs: string): ResolvedConfig => {
    let c = byFile.get(abs);
    if (!c) {
      const r = loadConfigFile(abs, cwd);
      problems.push(...r.problems);
      c = r.config;
      byFile.set(abs, c);
    }
    return c;
  };

  /** The configuration file in `dir` or the closest folder above it, up to the filesystem root. */
  const nearest = (dir: string): string | null => {
    const seen: string[] = [];
    let found: string | null = null;
    for (let d = dir; ; d = dirname(d)) {
      const cached = nearestIn.get(d);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      seen.push(d);
      const here = CONFIG_FILE_NAMES.map((n) => join(d, n)).find(isFile);
      if (here) {
        found = here;
        break;
      }
      if (dirname(d) === d) break;
    }
    for (const d of seen) nearestIn.set(d, found);
    return found;
  };

  if (opts.explicit !== undefined) {
    const explicit = load(resolve(cwd, opts.explicit));
    return { forFile: () => explicit, loadAll: () => problems, global: explicit, problems };
  }

  const fromCwd = nearest(resolve(cwd));
  const global = fromCwd ? load(fromCwd) : empty;
  const forFile = (file: string): ResolvedConfig => {
    const found = nearest(dirname(resolve(cwd, file)));
    return found ? load(found) : empty;
  };
  return {
    forFile,
    loadAll(files) {
      for (const f of files) forFile(f);
      return problems;
    },
    global,
    problems,
  };
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}
