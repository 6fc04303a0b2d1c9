import { constants } from 'node:fs';
import { access, mkdir, stat } from 'node:fs/promises';
import { bothLanguages } from '../messages/index.js';
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
  if (!(await stat(dir)).isDirectory()) throw new OutputError('ENOTDIR', dir, bothLanguages('output', 'dir-not-folder', { dir }));
  try {
    await access(dir, constants.W_OK);
  } catch (e) {
    throw new OutputError('EACCES', dir, bothLanguages('output', 'dir-not-writable', { dir }), e);
  }
}

/** Why the folder could not be made, in plain words (the system's code only when there are none). */
export function cannotCreateOutputDir(dir: string, code: string | undefined) {
  switch (code) {
    case 'EEXIST':
    case 'ENOTDIR':
      return bothLanguages('output', 'dir-file-in-way', { dir });
    case 'EACCES':
    case 'EPERM':
      return bothLanguages('output', 'dir-no-permission', { dir });
    case 'EROFS':
      return bothLanguages('output', 'dir-read-only', { dir });
    case 'ENOSPC':
      return bothLanguages('output', 'dir-disk-full', { dir });
    default:
      return bothLanguages('output', 'dir-cannot-create', { dir, code });
  }
}
