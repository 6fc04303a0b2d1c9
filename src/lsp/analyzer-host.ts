import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { analyze, type Analysis, type AnalyzeRequest } from './analyze.js';
import { FolderIndex } from './folder.js';
import type { WorkerReply, WorkerRequest } from './worker.js';

/**
 * Runs analyses on the checking thread (dist/lsp-worker.js) and hands back
 * promises. Requests are answered in order. Without the built worker (code
 * run from src/) or if the thread dies, analysis continues on the main
 * thread: slower to respond, never silent.
 */
export class AnalyzerHost {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, { resolve: (r: WorkerReply) => void }>();
  private next = 0;
  private readonly local = new FolderIndex();

  constructor(private readonly log: (message: string) => void) {
    const url = new URL('./lsp-worker.js', import.meta.url);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) {
      this.worker = new Worker(url);
      this.worker.on('message', (r: WorkerReply) => {
        this.pending.get(r.id)?.resolve(r);
        this.pending.delete(r.id);
      });
      this.worker.on('error', (e) => this.fallBack(`checking thread failed: ${e.stack ?? e.message}`));
      this.worker.on('exit', (code) => this.worker && this.fallBack(`checking thread exited (${code})`));
      this.worker.unref();
    }
  }

  async analyze(req: AnalyzeRequest): Promise<Analysis> {
    const r = await this.send({ id: this.next++, analyze: req }, () => ({ id: -1, analysis: analyze(req, this.local) }));
    if (r.error !== undefined || !r.analysis) throw new Error(r.error ?? 'no analysis');
    return r.analysis;
  }

  async close(file: string): Promise<void> {
    await this.send({ id: this.next++, close: file }, () => (this.local.close(file), { id: -1 }));
  }

  async dispose(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    await w?.terminate();
  }

  private send(m: WorkerRequest, locally: () => WorkerReply): Promise<WorkerReply> {
    if (!this.worker) {
      try {
        return Promise.resolve(locally());
      } catch (e) {
        return Promise.resolve({ id: -1, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
      }
    }
    return new Promise((resolve) => {
      this.pending.set(m.id, { resolve });
      this.worker!.postMessage(m);
    });
  }

  private fallBack(why: string): void {
    this.log(`${why}; checking on the main thread from now on`);
    this.worker = undefined;
    // Whatever was in flight is answered with an error; the server checks those documents again.
    for (const [id, p] of this.pending) p.resolve({ id, error: why });
    this.pending.clear();
  }
}
