import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { text } from '../diagnostics/types.js';
import { cannotCreateOutputDir } from '../writers/output-dir.js';
import { UsageError } from './errors.js';

/** Creates the output folder if needed and makes sure it can be written, before any work is done. */
export function prepareOutputDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new UsageError(cannotCreateOutputDir(dir, (e as NodeJS.ErrnoException).code));
  }
  if (!statSync(dir).isDirectory()) throw new UsageError(text(`“${dir}”不是文件夹。`, `"${dir}" is not a folder.`));
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw new UsageError(text(`输出文件夹“${dir}”不可写。请换一个文件夹，或检查权限。`, `The output folder "${dir}" is not writable.`));
  }
}

