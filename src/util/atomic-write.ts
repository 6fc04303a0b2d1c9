import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { syncDirectory, temporaryPathFor, trackTemporary, untrackTemporary } from './temp-files.js';

export type AtomicData = string | Uint8Array | Iterable<Uint8Array> | AsyncIterable<Uint8Array>;

/**
 * Write a file so that readers see either the old content or the complete
 * new one, never a half-written file (a crash, a full disk or Ctrl-C during
 * a write would otherwise leave a truncated PDF where the old one was).
 * The data goes to a uniquely named temporary file in the same directory,
 * is flushed to disk, and is then renamed over the target. On any failure
 * or signal the temporary file is removed; the target is left as it was.
 */
export async function writeFileAtomic(path: string, data: AtomicData): Promise<void> {
  const tmp = temporaryPathFor(path);
  let fh: FileHandle | undefined;
  trackTemporary(tmp);
  try {
    fh = await open(tmp, 'wx');
    if (typeof data === 'string' || data instanceof Uint8Array) await fh.writeFile(data);
    else for await (const chunk of data) await fh.write(chunk);
    await fh.sync();
    await fh.close();
    fh = undefined;
    await rename(tmp, path);
  } catch (e) {
    await fh?.close().catch(() => undefined);
    await rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  } finally {
    untrackTemporary(tmp);
  }
  await syncDirectory(dirname(path));
}
