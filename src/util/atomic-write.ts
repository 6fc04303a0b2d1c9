import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export type AtomicData = string | Uint8Array | Iterable<Uint8Array> | AsyncIterable<Uint8Array>;

/**
 * Write a file so that readers see either the old content or the complete
 * new one, never a half-written file (a crash, a full disk or Ctrl-C during
 * a write would otherwise leave a truncated PDF where the old one was).
 * The data goes to a uniquely named temporary file in the same directory
 * (rename is atomic only within one file system), is flushed to disk, and
 * is then renamed over the target. On any failure the temporary file is
 * removed and the error rethrown; the target is left as it was.
 */
export async function writeFileAtomic(path: string, data: AtomicData): Promise<void> {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let fh: FileHandle | undefined;
  inFlight.add(tmp);
  watchSignals();
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
    inFlight.delete(tmp);
  }
  await syncDirectory(dir);
}

/** Temporary files being written right now: removed if the process is interrupted. */
const inFlight = new Set<string>();
let watching = false;

/**
 * Ctrl-C (or a CI runner's SIGTERM) ends the process without unwinding, so a
 * temporary file would stay behind; remove what is in flight, then exit as
 * the signal would have (128 + its number). The targets were never touched.
 */
function watchSignals(): void {
  if (watching) return;
  watching = true;
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    process.once(signal, () => {
      for (const tmp of inFlight) rmSync(tmp, { force: true });
      process.exit(code);
    });
  }
}

/** Make the rename itself durable; not possible on every platform (Windows), hence best effort. */
async function syncDirectory(dir: string): Promise<void> {
  let fh: FileHandle | undefined;
  try {
    fh = await open(dir, 'r');
    await fh.sync();
  } catch {
    // ignored: the file's content is already safe; only the rename might not survive a power cut
  } finally {
    await fh?.close().catch(() => undefined);
  }
}
