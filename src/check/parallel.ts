import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { IoProblem } from '../load/discover.js';
import type { CheckedFile } from '../report/types.js';
import { checkPaths } from './check-paths.js';
import type { CheckOptions } from './check-file.js';

export interface WorkerInput {
  readonly files: readonly string[];
  readonly explicitConfig?: string;
  readonly cwd: string;
}

export interface WorkerOutput {
  readonly checked: readonly CheckedFile[];
  readonly problems: readonly IoProblem[];
}

/** Below this, starting a worker (≈0.1 s to load the checker) costs more than it saves. */
export const PARALLEL_THRESHOLD = 150;

/**
 * Validate many files on every core: contiguous shares go to worker threads
 * and one stays on this thread; results are concatenated in input order, so
 * the output is the same as a serial run, byte for byte.
 */
export async function checkPathsParallel(
  files: readonly string[],
  optionsFor: (file: string) => CheckOptions,
  workerConfig: { explicitConfig?: string },
  threads = threadCount(),
): Promise<{ checked: CheckedFile[]; problems: IoProblem[] }> {
  if (threads < 2 || files.length < PARALLEL_THRESHOLD) return checkPaths(files, optionsFor);
  const share = Math.ceil(files.length / threads);
  const shares = Array.from({ length: threads }, (_, i) => files.slice(i * share, (i + 1) * share)).filter((s) => s.length > 0);
  const [mine, ...theirs] = shares;
  const pending = theirs.map((s) => runWorker({ files: s, cwd: process.cwd(), ...workerConfig }));
  const local = checkPaths(mine!, optionsFor);
  const remote = await Promise.all(pending);
  return {
    checked: [...local.checked, ...remote.flatMap((r) => r.checked)],
    problems: [...local.problems, ...remote.flatMap((r) => r.problems)],
  };
}

function runWorker(input: WorkerInput): Promise<WorkerOutput> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL('./check-worker.js', import.meta.url), { workerData: input });
    w.once('message', (m: WorkerOutput) => resolve(m));
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
