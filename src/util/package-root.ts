import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The installed package's folder (where package.json, docs/ and schemas/
 * are). Found by walking up from this module, so it is right whether the
 * code runs from src/ under test, from the bundle in dist/, or installed
 * under node_modules/declare-cli.
 */
export function packageRoot(): string {
  if (root) return root;
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'declare-cli') return (root = dir);
    if (dirname(dir) === dir) throw new Error('internal: cannot find the declare package folder');
  }
}

interface PackageInfo {
  readonly version: string;
  /** package.json's `repository`: a string or { type, url } (see docs/links.ts). */
  readonly repository?: unknown;
}

let info: PackageInfo | undefined;

/** The installed package.json's version and repository. */
export function packageInfo(): PackageInfo {
  info ??= JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as PackageInfo;
  return info;
}

/** The version in the installed package.json. */
export function packageVersion(): string {
  return packageInfo().version;
}
