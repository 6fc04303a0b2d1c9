import { parentPort, workerData } from 'node:worker_threads';
import { createConfigResolver } from '../config/resolve.js';
import { checkClaimed, type WorkerInput } from './parallel.js';

/** A helper thread of a large validate run: claims batches of files until none are left. */
const input = workerData as WorkerInput;
// Configuration is rebuilt from the same inputs (functions cannot cross threads); it resolves the same way.
const configs = createConfigResolver({ ...(input.explicitConfig !== undefined && { explicit: input.explicitConfig }), cwd: input.cwd });
parentPort!.postMessage(checkClaimed(input.files, input.next, (file) => configs.forFile(file).check, input.cwd));
