import { randomBytes } from 'node:crypto';
import { renameSync, rmSync } from 'node:fs';
import { open, readdir, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Temporary files that outputs are written through before being renamed into
 * place. A signal (Ctrl-C, a CI runner's SIGTERM, a closed terminal) ends the
 * process without unwinding, so the ones that exist right now are removed
 * here — or, for the copy of a file being replaced, put back — and the
 * process then dies of the same signal, so the shell sees the usual status
 * (130 for Ctrl-C). A run killed outright (SIGKILL, a power cut) leaves its
 * temporary files behind: the next run into the same folder sweeps them.
 */
const live = new Map<string, string | undefined>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let watching = false;

/** `.<name>.<pid>.<random>.tmp` (new content) or `.old` (a kept copy of the file being replaced). */
const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{12}\.(tmp|old)$/;

/** A unique temporary name beside `target` (rename is atomic only within one file system). */
export function temporaryPathFor(target: string, kind: 'tmp' | 'old' = 'tmp'): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.${kind}`);
}

/** Remove `tmp` if the process is interrupted. */
export function trackTemporary(tmp: string): void {
  track(tmp, undefined);
}

/** If the process is interrupted, rename `backup` back to `target` (undoing a replacement in flight). */
export function trackBackup(backup: string, target: string): void {
  track(backup, target);
}

function track(path: string, restoreTo: string | undefined): void {
  live.set(path, restoreTo);
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
  for (const [path, restoreTo] of live) {
    try {
      if (restoreTo !== undefined) renameSync(path, restoreTo);
      else rmSync(path, { force: true });
    } catch {
      // best effort: the process is going away
    }
  }
  live.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeLive();
  for (const s of SIGNALS) process.off(s, onSignal);
  watching = false;
  process.kill(process.pid, signal);
}

/**
 * Remove the temporary files a killed run left in `dir` (ours by name, and
 * made by a process that no longer exists: a run writing there right now
 * keeps its own). Errors are ignored: sweeping is a courtesy.
 */
export async function sweepTemporaries(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const swept: string[] = [];
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m || isAlive(Number(m[1]))) continue;
    try {
      await rm(join(dir, name), { force: true });
      swept.push(name);
    } catch {
      // not ours to worry about
    }
  }
  return swept;
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
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
