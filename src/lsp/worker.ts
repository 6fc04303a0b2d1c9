import { parentPort } from 'node:worker_threads';
import { analyze, type AnalyzeRequest } from './analyze.js';
import { FolderIndex } from './folder.js';

/**
 * The language server's checking thread: parsing and checking a file of
 * several thousand lines takes a noticeable fraction of a second, and the
 * server's main thread must keep answering the editor meanwhile.
 */
export type WorkerRequest = { readonly id: number; readonly analyze: AnalyzeRequest } | { readonly id: number; readonly close: string };
export type WorkerReply = { readonly id: number; readonly analysis?: ReturnType<typeof analyze>; readonly error?: string };

const folders = new FolderIndex();

parentPort!.on('message', (m: WorkerRequest) => {
  try {
    if ('close' in m) {
      folders.close(m.close);
      parentPort!.postMessage({ id: m.id } satisfies WorkerReply);
    } else {
      parentPort!.postMessage({ id: m.id, analysis: analyze(m.analyze, folders) } satisfies WorkerReply);
    }
  } catch (e) {
    parentPort!.postMessage({ id: m.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies WorkerReply);
  }
});
