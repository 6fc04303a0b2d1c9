import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { IoProblem } from '../load/discover.js';
import type { CheckedFile } from '../report/types.js';
import { checkOne, checkPaths, type Checked } from './check-paths.js';
import type { CheckOptions } from './check-file.js';

export interface WorkerInput {
  readonly files: readonly string[];
  /** Next unclaimed file index, shared by every thread of the run. */
  readonly next: Int32Array;
  readonly explicitConfig?: string;
  readonly cwd: string;
}

/** One file's outcome, tagged with its index in the input so the parent can restore the order. */
export type Outcome = { readonly index: number } & ({ readonly checked: CheckedFile } | { readonly problem: IoProblem });

/** Below this, starting a worker (≈0.1 s to load the checker) costs more than it saves. */
export const PARALLEL_THRESHOLD = 150;
/** Files claimed at a time: small enough to balance, large enough that claiming costs nothing. */
export const BATCH = 8;

/**
 * Validate many files on every core. This thread and the workers claim small
 * batches from one shared counter, so a thread that starts late or runs slow
 * (a busy or hyper-threaded core) simply does less; results are put back in
 * input order, so the output is the same as a serial run, byte for byte.
 */
export async function checkPathsParallel(
  files: readonly string[],
  optionsFor: (file: string) => CheckOptions,
  workerConfig: { explicitConfig?: string; /** where relative paths start; default the working directory */ cwd?: string },
  threads = threadCount(),
): Promise<{ checked: CheckedFile[]; problems: IoProblem[] }> {
  const cwd = workerConfig.cwd ?? process.cwd();
  if (threads < 2 || files.length < PARALLEL_THRESHOLD) return checkPaths(files, optionsFor, { reportOnly: true, cwd });
  const next = new Int32Array(new SharedArrayBuffer(4));
  const pending = Array.from({ length: threads - 1 }, () => runWorker({ files, next, ...workerConfig, cwd }));
  const local = checkClaimed(files, next, optionsFor, cwd);
  const outcomes = [...local, ...(await Promise.all(pending)).flat()].sort((a, b) => a.index - b.index);
  const checked: CheckedFile[] = [];
  const problems: IoProblem[] = [];
  for (const o of outcomes) 'checked' in o ? checked.push(o.checked) : problems.push(o.problem);
  return { checked, problems };
}

/** Check batches of files until none is left to claim. Used by this thread and by every worker. */
export function checkClaimed(files: readonly string[], next: Int32Array, optionsFor: (file: string) => CheckOptions, cwd: string): Outcome[] {
  const out: Outcome[] = [];
  for (let start = Atomics.add(next, 0, BATCH); start < files.length; start = Atomics.add(next, 0, BATCH)) {
    for (let index = start; index < Math.min(start + BATCH, files.length); index++) {
      const r = checkOne(files[index]!, optionsFor(files[index]!), cwd);
      out.push('problem' in r ? { index, problem: r.problem } : { index, checked: forReport(r) });
    }
  }
  return out;
}

/** What a report needs: findings, and the text only of files that have some. */
function forReport(c: Checked): CheckedFile {
  return { file: c.file, diagnostics: c.diagnostics, ...(c.diagnostics.length > 0 && c.text !== undefined && { text: c.text }) };
}

function runWorker(input: WorkerInput): Promise<Outcome[]> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL('./check-worker.js', import.meta.url), { workerData: input });
    w.once('message', (m: Outcome[]) => resolve(m));
    w.once('error', reject);
    w.once('exit', (code) => {
      if (code !== 0) reject(new Error(`validation worker exited with code ${code}`));
    });
  });
}

/** One thread per core, at most 8; DECLARE_THREADS overrides (1 turns parallel checking off). */
function threadCount(): number {
  const env = Number(process.env.DECLARE_THREADS);
  return Number.isInteger(env) && env >= 1 ? env : Math.min(availableParallelism(), 8);
}
