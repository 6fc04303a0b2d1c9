import { isAbsolute } from 'node:path';
import type { Diagnostic } from '../diagnostics/types.js';
import { bothLanguages } from '../messages/index.js';
import { display, ioProblem, type IoProblem } from './discover.js';
import { tooLarge } from './parse.js';
import { isNotRegular, readLimited } from './read-limited.js';

// The reading itself has no dependencies (fonts use it too); declarations add findings and messages.
export { isNotRegular, readLimited, type NotRegular, type ReadResult } from './read-limited.js';

/**
 * A declaration's bytes for checking, or why there are none: a file over the
 * size limit is a finding (file-limits, exit 1), a FIFO, a device, a socket
 * or an unreadable path is the command's own failure (exit 2).
 */
export function readDeclaration(
  path: string,
  /** As the user named it, for findings and messages. */
  file = path,
  cwd = process.cwd(),
): { readonly bytes: Buffer } | { readonly diagnostics: readonly Diagnostic[] } | { readonly problem: IoProblem } {
  const r = readLimited(path);
  if (r.ok === true) return { bytes: r.bytes };
  if (r.ok === 'too-large') return { diagnostics: tooLarge(file, r.size).diagnostics };
  return { problem: ioProblem(file, r.error, cwd) };
}

/**
 * Any other input named by the user (a document to import, a font, an ignore
 * file), read as safely as a declaration: a regular file only, never past
 * `limit`. Why it cannot be read is a plain message (the command exits 2).
 */
export function readInput(path: string, limit: number, cwd = process.cwd()): { readonly bytes: Buffer } | { readonly problem: IoProblem } {
  const r = readLimited(path, limit);
  if (r.ok === true) return { bytes: r.bytes };
  const shown = isAbsolute(path) ? display(path, cwd) : path;
  if (r.ok === 'too-large') {
    const mb = (n: number) => Math.ceil(n / (1024 * 1024));
    return {
      problem: {
        path: shown,
        message: bothLanguages('load', 'too-large', { path: shown, mb: mb(r.size), limitMb: mb(limit) }),
      },
    };
  }
  if (isNotRegular(r.error)) {
    const kind = r.error.kind;
    return {
      problem: {
        path: shown,
        message: bothLanguages('load', 'not-regular-read', { path: shown, kind }),
      },
    };
  }
  return { problem: ioProblem(path, r.error, cwd) };
}
