import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { bothLanguages } from '../messages/index.js';
import { cannotCreateOutputDir } from '../writers/output-dir.js';
import { UsageError } from './errors.js';

/** Creates the output folder if needed and makes sure it can be written, before any work is done. */
export function prepareOutputDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new UsageError(cannotCreateOutputDir(dir, (e as NodeJS.ErrnoException).code));
  }
  if (!statSync(dir).isDirectory()) throw new UsageError(bothLanguages('cli', 'output-dir-not-folder', { dir }));
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw new UsageError(bothLanguages('cli', 'output-dir-not-writable', { dir }));
  }
}

