import { once } from 'node:events';
import { OutputFiles } from '../writers/output-files.js';

export type AtomicData = string | Uint8Array | Iterable<Uint8Array> | AsyncIterable<Uint8Array>;

/**
 * Write one file so that readers see either the old content or the complete
 * new one, never a half-written file (a crash, a full disk or Ctrl-C during
 * a write would otherwise leave a truncated file where the old one was):
 * OutputFiles with a single target. A failure of the environment is an
 * OutputError saying in plain words what happened; the target is then left
 * as it was and no temporary file remains.
 */
export async function writeFileAtomic(path: string, data: AtomicData): Promise<void> {
  const files = await OutputFiles.open([path]);
  const out = files.stream(0);
  try {
    const write = async (chunk: string | Uint8Array) => {
      if (!out.write(chunk)) await once(out, 'drain');
    };
    if (typeof data === 'string' || data instanceof Uint8Array) await write(data);
    else for await (const chunk of data) await write(chunk);
  } catch (e) {
    throw await files.abandon(e);
  }
  await files.commit();
}
