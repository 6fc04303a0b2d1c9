import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Temporary files that outputs are written through before being renamed into
 * place. A signal (Ctrl-C, a CI runner's SIGTERM, a closed terminal) ends the
 * process without unwinding, so the ones that exist right now are removed
 * here, and the process then dies of the same signal, so the shell sees the
 * usual status (130 for Ctrl-C). The targets are never touched until rename.
 */
const live = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let watching = false;

/** A unique temporary name beside `target` (rename is atomic only within one file system). */
export function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

export function trackTemporary(tmp: string): void {
  live.add(tmp);
  if (watching) return;
  watching = true;
  for (const s of SIGNALS) process.on(s, onSignal);
  process.on('exit', removeLive);
}

export function untrackTemporary(tmp: string): void {
  live.delete(tmp);
  if (live.size > 0 || !watching) return;
  watching = false;
  for (const s of SIGNALS) process.off(s, onSignal);
  process.off('exit', removeLive);
}

function removeLive(): void {
  for (const tmp of live) rmSync(tmp, { force: true });
  live.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeLive();
  for (const s of SIGNALS) process.off(s, onSignal);
  watching = false;
  process.kill(process.pid, signal);
}

/** Make a rename durable; not possible on every platform (Windows), hence best effort. */
export async function syncDirectory(dir: string): Promise<void> {
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
