import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import type { Text } from '../diagnostics/types.js';
import { bothLanguages } from '../messages/index.js';
import { MAX_FILE_BYTES } from './limits.js';

export type ReadResult =
  | { readonly ok: true; readonly bytes: Buffer }
  /** Larger than MAX_FILE_BYTES: nothing was read (a finding, file-limits). */
  | { readonly ok: 'too-large'; readonly size: number }
  /** Not a regular file, or the system refused: the command's own failure (exit 2). */
  | { readonly ok: false; readonly error: NodeJS.ErrnoException | NotRegular };

/** A FIFO, a device or a socket named where a file is expected. */
export interface NotRegular {
  readonly code: 'ENOTREG';
  readonly kind: Text;
}

/**
 * Read a declaration (or configuration) file safely: only a regular file is
 * read, and never more than the documented size. Opening is non-blocking so
 * a FIFO with no writer cannot hang the run, the type and size are taken from
 * the open descriptor (no race with a rename), and the read stops one byte
 * past the limit, so `/dev/zero` or a file that grows while it is read costs
 * at most that.
 */
export function readLimited(path: string, limit = MAX_FILE_BYTES): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { ok: false, error: e as NodeJS.ErrnoException };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { ok: false, error: Object.assign(new Error('EISDIR'), { code: 'EISDIR' }) };
    if (!st.isFile()) return { ok: false, error: { code: 'ENOTREG', kind: specialFileKind(st) } };
    if (st.size > limit) return { ok: 'too-large', size: st.size };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // Sized for the whole file in one read; devices and /proc files report size 0 and are read in 64 KB steps.
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(st.size - total + 1, 1 << 16), limit + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > limit) return { ok: 'too-large', size: total };
    }
    return { ok: true, bytes: Buffer.concat(chunks, total) };
  } catch (e) {
    return { ok: false, error: e as NodeJS.ErrnoException };
  } finally {
    closeSync(fd);
  }
}

/** What kind of special file a path is (FIFO, device, socket), in both languages, for "not a regular file" messages. */
export function specialFileKind(st: Stats): Text {
  if (st.isFIFO()) return bothLanguages('load', 'kind-fifo');
  if (st.isCharacterDevice()) return bothLanguages('load', 'kind-char-device');
  if (st.isBlockDevice()) return bothLanguages('load', 'kind-block-device');
  if (st.isSocket()) return bothLanguages('load', 'kind-socket');
  return bothLanguages('load', 'kind-special');
}

export function isNotRegular(e: unknown): e is NotRegular {
  return (e as NotRegular | undefined)?.code === 'ENOTREG';
}
