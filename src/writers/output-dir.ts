import { constants } from 'node:fs';
import { access, mkdir, stat } from 'node:fs/promises';
import { text } from '../diagnostics/types.js';
import { OutputError } from './output-files.js';

/**
 * Create the output folder if needed and make sure files can be written in
 * it, before any work is done; an OutputError says plainly why not.
 */
export async function prepareOutputDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    throw new OutputError(code, dir, text(`无法创建输出文件夹“${dir}”（${code}）。`, `Cannot create the output folder "${dir}" (${code}).`), e);
  }
  if (!(await stat(dir)).isDirectory()) throw new OutputError('ENOTDIR', dir, text(`“${dir}”不是文件夹。`, `"${dir}" is not a folder.`));
  try {
    await access(dir, constants.W_OK);
  } catch (e) {
    throw new OutputError('EACCES', dir, text(`输出文件夹“${dir}”不可写。请换一个文件夹，或检查权限。`, `The output folder "${dir}" is not writable.`), e);
  }
}
