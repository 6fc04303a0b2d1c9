import { existsSync } from 'node:fs';
import { readLimited } from './read-limited.js';
import { dirname, join, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { pathInside } from '../util/inside.js';

/**
 * What a folder walk or a glob skips, as linters do: YAML that is never a
 * declaration, folders no one keeps declarations in, and whatever the unit
 * lists in a .declareignore or under `ignore:` in declare.config.yaml. A file
 * named on the command line is never skipped (see discover).
 */

/** Folders skipped besides dot-folders (.git, .github, .gitlab, .vscode, …). */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules']);

/**
 * YAML files that belong to tools, not declarations, compared case-insensitively.
 * Dot-files (.gitlab-ci.yml, .pre-commit-config.yaml, .travis.yml, …) are skipped anyway.
 */
export const NOT_DECLARATION_NAMES: ReadonlySet<string> = new Set([
  // declare's own configuration
  'declare.config.yaml',
  'declare.config.yml',
  // CI and automation
  'azure-pipelines.yml',
  'azure-pipelines.yaml',
  'bitbucket-pipelines.yml',
  'appveyor.yml',
  'cloudbuild.yaml',
  'cloudbuild.yml',
  'buildspec.yml',
  'codemagic.yaml',
  'codecov.yml',
  'codecov.yaml',
  'action.yml',
  'action.yaml',
  'lefthook.yml',
  'taskfile.yml',
  'taskfile.yaml',
  // lockfiles and package manifests
  'pnpm-lock.yaml',
  'pnpm-workspace.yaml',
  'conda-lock.yml',
  'environment.yml',
  'environment.yaml',
  'pubspec.yaml',
  // containers and deployment
  'docker-compose.yml',
  'docker-compose.yaml',
  'compose.yml',
  'compose.yaml',
  'chart.yaml',
  'values.yaml',
  'kustomization.yaml',
  'skaffold.yaml',
  'serverless.yml',
  'serverless.yaml',
  'app.yaml',
  'render.yaml',
  // documentation sites and API descriptions
  'mkdocs.yml',
  'mkdocs.yaml',
  '_config.yml',
  'openapi.yaml',
  'openapi.yml',
  'swagger.yaml',
  'swagger.yml',
  'crowdin.yml',
  'catalog-info.yaml',
]);

/** docker-compose.override.yml, compose.prod.yaml and the like. */
const NOT_DECLARATION_PATTERNS = [/^(docker-)?compose\.[^.]+\.ya?ml$/i];

export const IGNORE_FILE = '.declareignore';

/** A file or folder name that a walk skips whatever the ignore files say. */
export function skippedByName(name: string, isDir: boolean): boolean {
  if (name.startsWith('.')) return true;
  if (isDir) return SKIPPED_FOLDERS.has(name);
  const lower = name.toLowerCase();
  return NOT_DECLARATION_NAMES.has(lower) || NOT_DECLARATION_PATTERNS.some((p) => p.test(lower));
}

/** `ignore:` of the declare.config.yaml that applies in a folder, with the folder its patterns are relative to. */
export type ConfigIgnore = (dir: string) => { readonly base: string; readonly patterns: readonly string[] } | undefined;

interface Rules {
  readonly base: string;
  readonly rules: Ignore;
}

/**
 * .declareignore files (gitignore syntax, read with the `ignore` library that
 * ESLint and Prettier use): each applies to its own folder and everything
 * below, patterns relative to that folder, as .gitignore files do. They are
 * looked for from each folder up to the repository root (the folder holding
 * .git) or the filesystem root. The configuration's `ignore:` list works the
 * same way, relative to the configuration file's folder.
 */
export function createExclusions(configIgnore?: ConfigIgnore): (abs: string, isDir: boolean) => boolean {
  const chains = new Map<string, readonly Rules[]>();
  const fromConfig = new Map<string, Rules>();

  const chain = (dir: string): readonly Rules[] => {
    let c = chains.get(dir);
    if (c) return c;
    const parent = dirname(dir);
    const above = parent === dir || existsSync(join(dir, '.git')) ? [] : chain(parent);
    const own = readIgnoreFile(join(dir, IGNORE_FILE));
    c = own ? [...above, { base: dir, rules: own }] : above;
    chains.set(dir, c);
    return c;
  };

  const configRules = (dir: string): Rules | undefined => {
    const found = configIgnore?.(dir);
    if (!found || found.patterns.length === 0) return undefined;
    const key = `${found.base}\0${found.patterns.join('\n')}`;
    let r = fromConfig.get(key);
    if (!r) fromConfig.set(key, (r = { base: found.base, rules: ignore().add([...found.patterns]) }));
    return r;
  };

  return (abs, isDir) => {
    const dir = dirname(abs);
    const all = [...chain(dir)];
    const cfg = configRules(dir);
    if (cfg) all.push(cfg);
    return all.some(({ base, rules }) => {
      const rel = pathInside(base, abs);
      if (!rel) return false;
      const posix = rel.split(sep).join('/');
      return rules.ignores(isDir ? `${posix}/` : posix);
    });
  };
}

function readIgnoreFile(path: string): Ignore | undefined {
  // Read as safely as a declaration (a FIFO named .declareignore must not hang the run). None here, or an
  // unreadable one, is as good as none: it cannot hide a declaration's problems.
  const read = readLimited(path);
  if (read.ok !== true) return undefined;
  return ignore().add(read.bytes.toString('utf8').replace(/^\uFEFF/, ''));
}


/** ConfigIgnore from a configuration resolver (its forFile finds the configuration from a file's folder). */
export function configIgnoreOf(configs: { forFile(file: string): { readonly ignore?: ReturnType<ConfigIgnore> } }): ConfigIgnore {
  return (dir) => configs.forFile(join(dir, IGNORE_FILE)).ignore;
}
