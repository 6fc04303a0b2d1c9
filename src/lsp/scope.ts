import { fileSelector, isSelected } from '../api/selection.js';
import type { ConfigResolver } from '../api/config.js';
import { knownKeysAt } from '../schema/declaration.js';

/**
 * Whether `declare validate` given the folder would check this file: the
 * same selection (src/api/selection.ts) — a .yaml or .yml file that belongs
 * to no tool, outside dot-folders and node_modules, not excluded by a
 * .declareignore or the configuration's `ignore:` list. The editor stays as
 * quiet about a file as validate is.
 */
export function isDeclarationPath(file: string, configs?: ConfigResolver): boolean {
  return isSelected(file, { cwd: '/', ...(configs && { configs }) });
}

/** isDeclarationPath for the files of a folder, the ignore files read once. */
export function declarationPaths(configs?: ConfigResolver): (file: string) => boolean {
  return fileSelector({ cwd: '/', ...(configs && { configs }) });
}

/** Top-level keys of a declaration: a YAML mapping with none of them is something else (a CI workflow, say). */
export const DECLARATION_KEYS: ReadonlySet<string> = new Set(knownKeysAt([]) ?? []);
