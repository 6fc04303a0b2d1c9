import { createWriteStream, type WriteStream } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { basename, dirname } from 'node:path';
import type { Text } from '../diagnostics/types.js';
import { bothLanguages } from '../messages/index.js';
import { sweepTemporaries, syncDirectory, temporaryPathFor, trackBackup, trackTemporary, untrackTemporary } from '../util/temp-files.js';

/**
 * The files one command writes together — a form's PDF and XLSX, a summary's
 * two files — replaced all or nothing. Each is written through a temporary
 * file beside its target; only when all are complete and on disk are they
 * put in place, each by an atomic rename, with a hard link (or copy) of the
 * file it replaces kept until every rename has succeeded. If any target
 * cannot be replaced (open in Excel on Windows: EBUSY/EPERM; immutable;
 * read-only; the name is a folder) the ones already replaced are put back,
 * so either every target has its new content or none changed. Ctrl-C at any
 * point removes the temporary files (and puts back a file being replaced).
 * Temporary files a killed run left in the folder are swept first.
 */
export class OutputFiles {
  private readonly streams: WriteStream[] = [];
  private readonly temps: string[] = [];
  /** The first error each stream reported (a full disk shows up here). */
  private readonly failures = new Map<number, unknown>();
  private done = false;

  private constructor(
    readonly targets: readonly string[],
    private readonly fs: FileOps,
  ) {}

  /** Check the targets can be files, sweep leftovers, and open one temporary file per target. */
  static async open(targets: readonly string[], fs: FileOps = NODE_FS): Promise<OutputFiles> {
    const files = new OutputFiles(targets, fs);
    for (const t of targets) {
      const st = await fs.lstat(t).catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? undefined : files.refuse(e, t)));
      if (st && !st.isFile() && !st.isSymbolicLink()) throw files.error(st.isDirectory() ? 'EISDIR' : 'ENOTFILE', t);
    }
    for (const dir of new Set(targets.map((t) => dirname(t)))) await sweepTemporaries(dir);
    try {
      for (const [i, t] of targets.entries()) {
        const tmp = temporaryPathFor(t);
        trackTemporary(tmp);
        files.temps.push(tmp);
        const stream = createWriteStream(tmp, { flags: 'wx' });
        stream.on('error', (e) => {
          if (!files.failures.has(i)) files.failures.set(i, e);
        });
        files.streams.push(stream);
        await once(stream, 'open');
      }
    } catch (e) {
      throw await files.abandon(e);
    }
    return files;
  }

  /** Where the i-th target's bytes go; the document writer ends it. */
  stream(i: number): WriteStream {
    return this.streams[i]!;
  }

  /** Flush every file to disk and put them all in place, or none. */
  async commit(): Promise<void> {
    try {
      for (const [i, s] of this.streams.entries()) {
        if (!s.writableEnded) s.end();
        await finished(s).catch((e: unknown) => {
          throw this.failures.get(i) ?? e;
        });
        const fh = await this.fs.open(this.temps[i]!, 'r+');
        try {
          await fh.sync();
        } finally {
          await fh.close();
        }
      }
    } catch (e) {
      throw await this.abandon(e);
    }
    await this.replaceAll();
  }

  /** Remove the temporary files; the targets stay as they were. */
  async discard(): Promise<void> {
    if (this.done) return;
    this.done = true;
    for (const s of this.streams) s.destroy();
    for (const tmp of this.temps) {
      await this.fs.rm(tmp, { force: true }).catch(() => undefined);
      untrackTemporary(tmp);
    }
  }

  /**
   * Discard, and turn what went wrong into an OutputError naming the file
   * concerned (the one whose stream failed, when one did); anything that is
   * not an error of the environment is returned as it is.
   */
  async abandon(e: unknown): Promise<unknown> {
    await this.discard();
    if (e instanceof OutputError) return e;
    const failed = [...this.failures.entries()].find(([, f]) => f === e) ?? [...this.failures.entries()][0];
    const cause = failed ? failed[1] : e;
    const code = (cause as NodeJS.ErrnoException)?.code;
    if (typeof code !== 'string' || !/^E[A-Z0-9]+$/.test(code)) return e;
    return this.error(code, this.targets[failed ? failed[0] : 0]!, cause);
  }

  private async replaceAll(): Promise<void> {
    const replaced: { target: string; backup?: string }[] = [];
    const backups: string[] = [];
    try {
      for (const [i, target] of this.targets.entries()) {
        let backup: string | undefined;
        if (await exists(this.fs, target)) {
          backup = temporaryPathFor(target, 'old');
          trackBackup(backup, target);
          backups.push(backup);
          // A second name for the old content: the target itself is never missing.
          await this.fs.link(target, backup).catch(() => this.fs.copyFile(target, backup!));
        }
        try {
          await this.fs.rename(this.temps[i]!, target);
        } catch (e) {
          throw this.error((e as NodeJS.ErrnoException).code ?? 'EIO', target, e);
        }
        untrackTemporary(this.temps[i]!);
        replaced.push({ target, ...(backup !== undefined && { backup }) });
      }
    } catch (e) {
      const undone = await this.undo(replaced);
      await this.discard();
      for (const b of backups) {
        await this.fs.rm(b, { force: true }).catch(() => undefined);
        untrackTemporary(b);
      }
      const err = e instanceof OutputError ? e : await this.abandon(e);
      if (err instanceof OutputError && !undone) {
        throw new OutputError(err.code, err.file, outputMessage(err.code, err.file, this.targets, replaced.map((r) => r.target)), err.cause);
      }
      throw err;
    }
    this.done = true;
    for (const b of backups) {
      await this.fs.rm(b, { force: true }).catch(() => undefined);
      untrackTemporary(b);
    }
    for (const dir of new Set(this.targets.map((t) => dirname(t)))) await syncDirectory(dir);
  }

  /** Put back what an unfinished replacement already changed; false if something could not be. */
  private async undo(replaced: readonly { target: string; backup?: string }[]): Promise<boolean> {
    let ok = true;
    for (const r of [...replaced].reverse()) {
      try {
        if (r.backup !== undefined) {
          await this.fs.rename(r.backup, r.target);
          untrackTemporary(r.backup);
        } else await this.fs.rm(r.target, { force: true });
      } catch {
        ok = false;
      }
    }
    return ok;
  }

  private refuse(e: NodeJS.ErrnoException, target: string): never {
    throw this.error(e.code ?? 'EIO', target, e);
  }

  private error(code: string, target: string, cause?: unknown): OutputError {
    return new OutputError(code, target, outputMessage(code, target, this.targets), cause);
  }
}

/**
 * An output file could not be written or put in place: an environment
 * problem (exit 2 at the command line), never our bug. `text` says what
 * happened, to which file, and that no target changed.
 */
export class OutputError extends Error {
  override readonly name = 'OutputError';
  constructor(
    /** The errno code (EBUSY, ENOSPC, …), or ENOTFILE for a target that is not a regular file. */
    readonly code: string,
    /** The target concerned. */
    readonly file: string,
    readonly text: Text,
    override readonly cause?: unknown,
  ) {
    super(text.en);
  }
}

/** `notRestored`: targets already replaced that could not be put back (should never happen, but then say so). */
function outputMessage(code: string, target: string, all: readonly string[], notRestored: readonly string[] = []): Text {
  return bothLanguages('output', 'cannot-write', { target, code, names: all.map((t) => basename(t)), notRestored });
}

async function exists(fs: FileOps, path: string): Promise<boolean> {
  try {
    await fs.lstat(path);
    return true;
  } catch {
    return false;
  }
}

/** The file operations used to put files in place; tests substitute failing ones. */
export interface FileOps {
  lstat(path: string): Promise<{ isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }>;
  rename(from: string, to: string): Promise<void>;
  link(existing: string, created: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  rm(path: string, o: { force: boolean }): Promise<void>;
  open(path: string, flags: string): Promise<{ sync(): Promise<void>; close(): Promise<void> }>;
}

const NODE_FS: FileOps = {
  lstat: (p) => fsp.lstat(p),
  rename: (a, b) => fsp.rename(a, b),
  link: (a, b) => fsp.link(a, b),
  copyFile: (a, b) => fsp.copyFile(a, b, fsp.constants.COPYFILE_EXCL),
  rm: (p, o) => fsp.rm(p, o),
  open: (p, f) => fsp.open(p, f),
};
