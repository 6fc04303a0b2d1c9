import { basename, sep } from 'node:path';
import { DECLARATION, NOT_DECLARATIONS, SKIP_DIRS } from '../load/discover.js';
import { knownKeysAt } from '../schema/declaration.js';

/**
 * Whether `validate` would check this file when given its folder: a .yaml or
 * .yml file, not the configuration, not inside node_modules or a VCS folder.
 */
export function isDeclarationPath(file: string): boolean {
  return DECLARATION.test(file) && !NOT_DECLARATIONS.has(basename(file)) && !file.split(sep).some((part) => SKIP_DIRS.has(part));
}

/** Top-level keys of a declaration: a YAML mapping with none of them is something else (a CI workflow, say). */
export const DECLARATION_KEYS: ReadonlySet<string> = new Set(knownKeysAt([]) ?? []);
