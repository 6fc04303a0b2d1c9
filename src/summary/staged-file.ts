import { createWriteStream, type WriteStream } from 'node:fs';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { dirname } from 'node:path';
import { syncDirectory, temporaryPathFor, trackTemporary, untrackTemporary } from '../util/temp-files.js';

/**
 * An output file written through a temporary file beside it and renamed into
 * place only when complete (as writeFileAtomic does for a buffer), for
 * documents written as a stream over a long run. Until commit the target is
 * untouched; discard, a failure, or Ctrl-C (SIGINT, SIGTERM, SIGHUP) removes
 * the temporary file.
 */
export class StagedFile {
  private done = false;

  private constructor(
    readonly target: string,
    readonly tmp: string,
    readonly stream: WriteStream,
  ) {}

  static async create(target: string): Promise<StagedFile> {
    const tmp = temporaryPathFor(target);
    const stream = createWriteStream(tmp, { flags: 'wx' });
    // Errors reach whoever waits on the stream (write, close, the writers'
    // own listeners); this one only keeps a late error after discard from
    // crashing the process.
    stream.on('error', () => undefined);
    trackTemporary(tmp);
    const file = new StagedFile(target, tmp, stream);
    try {
      await once(stream, 'open');
    } catch (e) {
      await file.discard();
      throw e;
    }
    return file;
  }

  /** Write with backpressure. */
  async write(chunk: Uint8Array): Promise<void> {
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  /** End the stream (if not ended already) and flush the file to disk. */
  async close(): Promise<void> {
    if (!this.stream.writableEnded) this.stream.end();
    await finished(this.stream);
    let fh: FileHandle | undefined;
    try {
      fh = await open(this.tmp, 'r+');
      await fh.sync();
    } finally {
      await fh?.close();
    }
  }

  /** Put the complete file in place. */
  async commit(): Promise<void> {
    await rename(this.tmp, this.target);
    this.forget();
    await syncDirectory(dirname(this.target));
  }

  async discard(): Promise<void> {
    if (this.done) return;
    this.stream.destroy();
    await rm(this.tmp, { force: true }).catch(() => undefined);
    this.forget();
  }

  private forget(): void {
    this.done = true;
    untrackTemporary(this.tmp);
  }
}
