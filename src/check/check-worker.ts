import { parentPort, workerData } from 'node:worker_threads';
import { createConfigResolver } from '../config/resolve.js';
import { checkPaths } from './check-paths.js';
import type { WorkerInput, WorkerOutput } from './parallel.js';

/** One share of a large validate run; the parent merges the shares back into input order. */
const input = workerData as WorkerInput;
const configs = createConfigResolver({ ...(input.explicitConfig !== undefined && { explicit: input.explicitConfig }), cwd: input.cwd });
const { checked, problems } = checkPaths(input.files, (file) => configs.forFile(file).check);
const output: WorkerOutput = {
  // Only what reporters need: the model stays here, and source text travels only for files with findings.
  checked: checked.map((c) => ({ file: c.file, diagnostics: c.diagnostics, ...(c.diagnostics.length > 0 && c.text !== undefined && { text: c.text }) })),
  problems,
};
parentPort!.postMessage(output);
