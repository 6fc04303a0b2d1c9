import { text, type Text } from '../diagnostics/types.js';

/**
 * A failure the operating system reported (an errno code with the call that
 * failed) that no command turned into its own message: the environment's
 * doing, not ours, so it is said in plain words and exits 2 — never as an
 * internal error. The commands handle the failures they expect (unreadable
 * inputs, outputs that cannot be written); this is the net under them.
 */
export function systemErrorText(e: unknown): Text | undefined {
  const err = e as NodeJS.ErrnoException | undefined;
  if (!(err instanceof Error) || typeof err.code !== 'string' || !/^E[A-Z]+$/.test(err.code) || typeof err.syscall !== 'string') return undefined;
  const where = err.path !== undefined ? `“${err.path}”` : '';
  const whereEn = err.path !== undefined ? ` "${err.path}"` : '';
  const r = reason(err.code);
  return text(`无法完成${where ? `对${where}的` : ''}操作：${r.zh}（${err.code}）。`, `Could not access${whereEn}: ${r.en} (${err.code}).`);
}

function reason(code: string): Text {
  switch (code) {
    case 'ENOENT':
      return text('文件或文件夹不存在', 'it does not exist');
    case 'EACCES':
    case 'EPERM':
      return text('没有权限', 'permission denied');
    case 'EBUSY':
    case 'ETXTBSY':
      return text('文件正被其他程序占用', 'the file is in use by another program');
    case 'ENOSPC':
      return text('磁盘空间已满', 'the disk is full');
    case 'EDQUOT':
      return text('磁盘配额已用完', 'the disk quota is used up');
    case 'EROFS':
      return text('所在的文件系统是只读的', 'the file system is read-only');
    case 'EISDIR':
      return text('这是一个文件夹', 'it is a folder');
    case 'ENOTDIR':
      return text('路径中有一段不是文件夹', 'a part of the path is not a folder');
    case 'EMFILE':
    case 'ENFILE':
      return text('同时打开的文件太多', 'too many files are open');
    case 'EIO':
      return text('磁盘读写出错', 'an input/output error occurred');
    default:
      return text('系统报告了错误', 'the system reported an error');
  }
}
