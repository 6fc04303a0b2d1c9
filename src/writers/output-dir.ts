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
    throw new OutputError(code, dir, cannotCreateOutputDir(dir, code), e);
  }
  if (!(await stat(dir)).isDirectory()) throw new OutputError('ENOTDIR', dir, text(`“${dir}”不是文件夹。`, `"${dir}" is not a folder.`));
  try {
    await access(dir, constants.W_OK);
  } catch (e) {
    throw new OutputError('EACCES', dir, text(`输出文件夹“${dir}”不可写。请换一个文件夹，或检查权限。`, `The output folder "${dir}" is not writable.`), e);
  }
}

/** Why the folder could not be made, in plain words (the system's code only when there are none). */
export function cannotCreateOutputDir(dir: string, code: string | undefined) {
  switch (code) {
    case 'EEXIST':
    case 'ENOTDIR':
      return text(`无法创建输出文件夹“${dir}”：这个路径上已有同名的文件（不是文件夹）。请换一个输出文件夹。`, `Cannot create the output folder "${dir}": a file (not a folder) of that name is in the way. Choose another output folder.`);
    case 'EACCES':
    case 'EPERM':
      return text(`无法创建输出文件夹“${dir}”：没有权限。请换一个文件夹，或检查权限。`, `Cannot create the output folder "${dir}": permission denied. Choose another folder or check the permissions.`);
    case 'EROFS':
      return text(`无法创建输出文件夹“${dir}”：所在磁盘是只读的。`, `Cannot create the output folder "${dir}": the disk is read-only.`);
    case 'ENOSPC':
      return text(`无法创建输出文件夹“${dir}”：磁盘空间已满。`, `Cannot create the output folder "${dir}": the disk is full.`);
    default:
      return text(`无法创建输出文件夹“${dir}”（${code ?? '未知原因'}）。`, `Cannot create the output folder "${dir}" (${code ?? 'unknown reason'}).`);
  }
}
