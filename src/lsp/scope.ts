import { basename, sep } from 'node:path';
import { DECLARATION } from '../load/discover.js';
import { SKIPPED_FOLDERS, skippedByName } from '../load/exclusions.js';
import { knownKeysAt } from '../schema/declaration.js';

/** Folders validate never walks into. Other dot-folders are not judged here: the workspace itself may sit under one. */
const NEVER_WALKED = new Set([...SKIPPED_FOLDERS, '.git', '.svn', '.hg']);

/**
 * Whether `validate` would check this file when given its folder: a .yaml or
 * .yml file that is not a dot-file, the configuration or another tool's YAML
 * (CI configs, lockfiles, …; see load/exclusions.ts), not inside
 * node_modules or a VCS folder.
 */
export function isDeclarationPath(file: string): boolean {
  return DECLARATION.test(file) && !skippedByName(basename(file), false) && !file.split(sep).some((part) => NEVER_WALKED.has(part));
}

/** Top-level keys of a declaration: a YAML mapping with none of them is something else (a CI workflow, say). */
export const DECLARATION_KEYS: ReadonlySet<string> = new Set(knownKeysAt([]) ?? []);
