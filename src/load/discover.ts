import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, resolve, sep } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { pathInside } from '../util/inside.js';
import type { Text } from '../diagnostics/types.js';
import { bothLanguages } from '../messages/index.js';
import { specialFileKind } from './read-limited.js';
import { createExclusions, skippedByName, SKIPPED_FOLDERS, type ConfigIgnore } from './exclusions.js';

/** A path that could not be read: the command's own failure (exit 2), not a finding about a declaration. */
export interface IoProblem {
  readonly path: string;
  readonly message: Text;
}

export interface Discovered {
  /** Display paths (relative to the working directory when inside it), in a stable order. */
  readonly files: readonly string[];
  readonly problems: readonly IoProblem[];
}

export interface DiscoverOptions {
  readonly cwd?: string;
  /** The `ignore:` list of the declare.config.yaml that applies in a folder (see createExclusions). */
  readonly configIgnore?: ConfigIgnore;
}

/** A declaration's file name: what folder walks and globs look for (the LSP asks the same question). */
export const DECLARATION = /\.ya?ml$/i;
/** Folders the language server never treats as holding declarations (walks skip more: see exclusions.ts). */
export const SKIP_DIRS: ReadonlySet<string> = new Set(['node_modules', '.git', '.svn', '.hg']);
/** The configuration's file names, which the language server checks as configuration (walks skip more: see exclusions.ts). */
export const NOT_DECLARATIONS: ReadonlySet<string> = new Set(['declare.config.yaml', 'declare.config.yml']);

/**
 * Command-line arguments → declaration files, the way a linter selects them:
 *
 * - a file named explicitly is always checked, whatever its name;
 * - a folder is walked recursively for *.yaml / *.yml;
 * - a glob (`'申报/**\/*.yaml'`, quoted so the shell leaves it alone) is
 *   expanded by declare itself, the same on every OS and shell;
 * - walks and globs skip dot-files and dot-folders, node_modules, YAML that
 *   belongs to tools (CI configs, lockfiles, declare.config.yaml, …), and what
 *   .declareignore files and the configuration's `ignore:` list exclude.
 *
 * Order (summary depends on it, and output must be the same on every
 * machine): arguments as given; inside a folder, names in Unicode code-point
 * order with subfolders expanded in place; a glob's matches in the same
 * order. A file reached twice (two arguments, a symlink) is listed once;
 * symlinked folders are followed once, loops are not; unreadable entries are
 * reported and the rest is still returned.
 */
export function discover(inputs: readonly string[], options: DiscoverOptions | string = {}): Discovered {
  const { cwd = process.cwd(), configIgnore } = typeof options === 'string' ? { cwd: options } : options;
  const files: string[] = [];
  const problems: IoProblem[] = [];
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();
  const excluded = createExclusions(configIgnore);

  const addFile = (abs: string) => {
    let real: string;
    try {
      real = realpathSync(abs);
    } catch {
      real = abs;
    }
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    files.push(display(abs, cwd));
  };

  /** Walks a folder; returns how many YAML files it skipped (for the message when nothing is left). */
  const walk = (dir: string): number => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (e) {
      problems.push(ioProblem(dir, e, cwd));
      return 0;
    }
    if (seenDirs.has(real)) return 0; // a symlink loop, or the same folder given twice
    seenDirs.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      problems.push(ioProblem(dir, e, cwd));
      return 0;
    }
    entries.sort((a, b) => compareCodePoints(a.name, b.name));
    let skipped = 0;
    for (const e of entries) {
      const p = join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const st = statSync(p);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // a dangling link is not a declaration
        }
      }
      if (isDir) {
        if (!skippedByName(e.name, true) && !excluded(p, true)) skipped += walk(p);
      } else if (isFile && DECLARATION.test(e.name)) {
        if (skippedByName(e.name, false) || excluded(p, false)) skipped++;
        else addFile(p);
      }
    }
    return skipped;
  };

  const expand = (pattern: string) => {
    const matches = globSync(pattern, {
      cwd,
      absolute: true,
      onlyFiles: true,
      dot: false,
      expandDirectories: false,
      followSymbolicLinks: true,
      ignore: [...SKIPPED_FOLDERS].map((f) => `**/${f}/**`),
    }).map((m) => resolve(m));
    const kept = preferRealPaths(matches.filter((m) => DECLARATION.test(m) && !skippedOnTheWay(m)));
    kept.sort(comparePaths);
    for (const m of kept) addFile(m);
    if (kept.length === 0) {
      problems.push(
        matches.length === 0
          ? { path: pattern, message: bothLanguages('load', 'no-match', { pattern }) }
          : {
              path: pattern,
              message: bothLanguages('load', 'matches-ignored', { pattern, count: matches.length }),
            },
      );
    }
  };

  /** A glob match is skipped if it, or a folder between the working directory and it, would be skipped by a walk. */
  const skippedOnTheWay = (abs: string): boolean => {
    if (skippedByName(abs.slice(abs.lastIndexOf(sep) + 1), false) || excluded(abs, false)) return true;
    const rel = pathInside(cwd, abs);
    if (rel === undefined) return false;
    const parts = rel.split(sep).slice(0, -1);
    for (let i = 1; i <= parts.length; i++) if (excluded(join(cwd, ...parts.slice(0, i)), true)) return true;
    return false;
  };

  for (const input of inputs) {
    const abs = resolve(cwd, input);
    let st;
    try {
      st = statSync(abs);
    } catch (e) {
      // A path that exists is taken literally (a file may be called 项目[1].yaml); otherwise a pattern is a glob.
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' && isDynamicPattern(input)) expand(input);
      else problems.push(ioProblem(input, e, cwd));
      continue;
    }
    if (st.isDirectory()) {
      const before = files.length;
      const skipped = walk(abs);
      if (files.length === before && !problems.some((p) => p.path === display(abs, cwd))) {
        problems.push({
          path: input,
          message:
            skipped === 0
              ? bothLanguages('load', 'folder-empty', { folder: input })
              : bothLanguages('load', 'folder-ignored', { folder: input, count: skipped }),
        });
      }
    } else if (st.isFile()) addFile(abs);
    // A FIFO, /dev/zero or a socket: refused here, before anything tries to read it (which could block or never end).
    else problems.push(ioProblem(input, { code: 'ENOTREG', kind: specialFileKind(st) }, cwd));
  }
  return { files, problems };
}

/**
 * Unicode code-point order. JavaScript's `<` compares UTF-16 code units,
 * which sorts characters beyond U+FFFF (surrogate pairs) before U+E000–U+FFFF.
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

/** Surrogates (U+D800–U+DFFF) stand for code points above U+FFFF: rank them after U+E000–U+FFFF. */
function codePointRank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  if (unit >= 0xe000) return unit - 0x800;
  return unit;
}

/** One path per file: where a symlinked folder leads to a file a second time, the path without the link, as a walk would list it. */
function preferRealPaths(paths: readonly string[]): string[] {
  const byReal = new Map<string, string>();
  for (const p of paths) {
    let real: string;
    try {
      real = realpathSync(p);
    } catch {
      real = p;
    }
    const had = byReal.get(real);
    if (had === undefined || (p === real && had !== real) || (had !== real && p !== real && comparePaths(p, had) < 0)) byReal.set(real, p);
  }
  return [...byReal.values()];
}

/** Folder by folder, as a walk would list them: a/b.yaml, a/c/d.yaml, a/e.yaml. */
function comparePaths(a: string, b: string): number {
  const pa = a.split(sep);
  const pb = b.split(sep);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const c = compareCodePoints(pa[i]!, pb[i]!);
    if (c !== 0) return c;
  }
  return pa.length - pb.length;
}

export function display(abs: string, cwd = process.cwd()): string {
  return pathInside(cwd, abs) || abs;
}

export function ioProblem(path: string, err: unknown, cwd = process.cwd()): IoProblem {
  const code = (err as NodeJS.ErrnoException)?.code;
  const shown = isAbsolute(path) ? display(path, cwd) : path;
  switch (code) {
    case 'ENOENT':
      return { path: shown, message: bothLanguages('load', 'not-found', { path: shown }) };
    case 'EACCES':
    case 'EPERM':
      return { path: shown, message: bothLanguages('load', 'no-permission', { path: shown }) };
    case 'EISDIR':
      return { path: shown, message: bothLanguages('load', 'is-folder', { path: shown }) };
    case 'ENOTREG': {
      const kind = (err as { kind?: Text }).kind ?? bothLanguages('load', 'kind-special');
      return { path: shown, message: bothLanguages('load', 'not-regular', { path: shown, kind }) };
    }
    case 'ELOOP':
      return { path: shown, message: bothLanguages('load', 'symlink-loop', { path: shown }) };
    default:
      return { path: shown, message: bothLanguages('load', 'cannot-read', { path: shown, code: code ?? String(err) }) };
  }
}
