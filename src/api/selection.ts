import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { configIgnoreOf, createExclusions, skippedByName } from '../load/exclusions.js';
import { pathInside } from '../util/inside.js';
import { loadConfig, type ConfigResolver } from './config.js';

/**
 * Whether `validate`, given a folder that holds `file` (the repository's
 * root, or any folder between it and the file), would check it: the same
 * rules as its walk — a .yaml or .yml name that belongs to no tool, no
 * dot-file, no dot-folder or node_modules on the way, nothing a
 * .declareignore or the configuration's `ignore:` list excludes. An editor
 * asks this before checking an open file, so that it stays as quiet about a
 * file as `declare validate .` is. (A file named on the command line is
 * always checked; an editor has no command line.)
 */
export function isSelected(file: string, options: SelectionOptions = {}): boolean {
  return fileSelector(options)(file);
}

/** Which configuration decides `ignore:`, and where relative paths start. */
export interface SelectionOptions {
  /** The configuration (for its `ignore:` lists); found from `cwd` and each file by default. */
  readonly configs?: ConfigResolver;
  /** Where relative paths start; default the working directory. */
  readonly cwd?: string;
}

/** isSelected for many files at once: the ignore files are read once for all of them. */
export function fileSelector(options: SelectionOptions = {}): (file: string) => boolean {
  const cwd = options.cwd ?? process.cwd();
  const excluded = createExclusions(configIgnoreOf(options.configs ?? loadConfig({ cwd }).resolver));
  return (file) => selected(resolve(cwd, file), excluded);
}

function selected(abs: string, excluded: (abs: string, isDir: boolean) => boolean): boolean {
  const name = abs.slice(dirname(abs).length + 1);
  if (!/\.ya?ml$/i.test(name) || skippedByName(name, false) || excluded(abs, false)) return false;
  // The folders a walk from the repository root passes through on the way to the file;
  // outside a repository, where the walk would start is unknown: only folders no one keeps declarations in.
  const root = repositoryRoot(dirname(abs));
  const rel = root === undefined ? undefined : pathInside(root, dirname(abs));
  if (rel === undefined) return !abs.split(/[\\/]/).some((part) => NEVER_DECLARATIONS.has(part));
  let dir = root!;
  for (const part of rel === '' ? [] : rel.split(/[\\/]/)) {
    dir = join(dir, part);
    if (skippedByName(part, true) || excluded(dir, true)) return false;
  }
  return true;
}

const NEVER_DECLARATIONS: ReadonlySet<string> = new Set(['node_modules', '.git', '.svn', '.hg']);

/** The nearest folder at or above `dir` that holds .git, where .declareignore files stop applying. */
function repositoryRoot(dir: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) return undefined;
  }
}
