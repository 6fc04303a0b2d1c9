import { isAbsolute, relative, sep } from 'node:path';

/**
 * `path` relative to `folder` when it is inside it ('' for the folder
 * itself), else undefined: outside it, or on another drive. The one place
 * that decides "is this inside the working folder" (display paths, SARIF and
 * annotation paths, where init points the schema). A name that merely starts
 * with two dots (`..草稿/a.yaml`) is inside.
 */
export function pathInside(folder: string, path: string): string | undefined {
  const rel = relative(folder, path);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return rel;
}
