import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { pathInside } from '../util/inside.js';
import { text, type Text } from '../diagnostics/types.js';

/** A path that could not be read: the command's own failure (exit 2), not a finding about a declaration. */
export interface IoProblem {
  readonly path: string;
  readonly message: Text;
}

export interface Discovered {
  /** Display paths (relative to the working directory when inside it), in a stable order. */
  readonly files: readonly string[];
  readonly problems: readonly IoProblem[];
}

export const DECLARATION = /\.ya?ml$/i;
/** Folders no one keeps declarations in; walking them only costs time. */
export const SKIP_DIRS = new Set(['node_modules', '.git', '.svn', '.hg']);
/** Configuration, not a declaration, even though it is YAML. */
export const NOT_DECLARATIONS = new Set(['declare.config.yaml', 'declare.config.yml']);

/**
 * Files and folders → declaration files. Folders are walked recursively in
 * code-point order of names (so output is the same on every machine);
 * symlinked folders are followed once, loops are not; unreadable entries are
 * reported and the rest is still returned.
 */
export function discover(inputs: readonly string[], cwd = process.cwd()): Discovered {
  const files: string[] = [];
  const problems: IoProblem[] = [];
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();

  const addFile = (abs: string) => {
    let real: string;
    try {
      real = realpathSync(abs);
    } catch {
      real = abs;
    }
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    files.push(display(abs, cwd));
  };

  const walk = (dir: string) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (e) {
      problems.push(ioProblem(dir, e, cwd));
      return;
    }
    if (seenDirs.has(real)) return; // a symlink loop, or the same folder given twice
    seenDirs.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      problems.push(ioProblem(dir, e, cwd));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const st = statSync(p);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // a dangling link is not a declaration
        }
      }
      if (isDir && !SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walk(p);
      else if (isFile && DECLARATION.test(e.name) && !NOT_DECLARATIONS.has(e.name)) addFile(p);
    }
  };

  for (const input of inputs) {
    const abs = resolve(cwd, input);
    let st;
    try {
      st = statSync(abs);
    } catch (e) {
      problems.push(ioProblem(input, e, cwd));
      continue;
    }
    if (st.isDirectory()) {
      const before = files.length;
      walk(abs);
      if (files.length === before && !problems.some((p) => p.path === display(abs, cwd))) {
        problems.push({ path: input, message: text(`文件夹“${input}”中没有找到 .yaml 或 .yml 申报文件。`, `No .yaml or .yml declarations found in "${input}".`) });
      }
    } else if (st.isFile()) addFile(abs);
    // A FIFO, /dev/zero or a socket: refused here, before anything tries to read it (which could block or never end).
    else problems.push(ioProblem(input, { code: 'ENOTREG', kind: specialKind(st) }, cwd));
  }
  return { files, problems };
}

function specialKind(st: Stats): Text {
  if (st.isFIFO()) return text('命名管道 FIFO', 'a named pipe (FIFO)');
  if (st.isCharacterDevice()) return text('字符设备', 'a character device');
  if (st.isBlockDevice()) return text('块设备', 'a block device');
  if (st.isSocket()) return text('套接字', 'a socket');
  return text('特殊文件', 'a special file');
}

export function display(abs: string, cwd = process.cwd()): string {
  return pathInside(cwd, abs) || abs;
}

export function ioProblem(path: string, err: unknown, cwd = process.cwd()): IoProblem {
  const code = (err as NodeJS.ErrnoException)?.code;
  const shown = isAbsolute(path) ? display(path, cwd) : path;
  switch (code) {
    case 'ENOENT':
      return { path: shown, message: text(`找不到“${shown}”：文件或文件夹不存在。`, `"${shown}" does not exist.`) };
    case 'EACCES':
    case 'EPERM':
      return { path: shown, message: text(`没有权限读取“${shown}”。`, `Permission denied reading "${shown}".`) };
    case 'EISDIR':
      return { path: shown, message: text(`“${shown}”是文件夹，不是文件。`, `"${shown}" is a folder, not a file.`) };
    case 'ENOTREG': {
      const kind = (err as { kind?: Text }).kind ?? text('特殊文件', 'a special file');
      return { path: shown, message: text(`“${shown}”不是普通文件（是${kind.zh}），不能作为申报文件读取。`, `"${shown}" is not a regular file (it is ${kind.en}); it cannot be read as a declaration.`) };
    }
    case 'ELOOP':
      return { path: shown, message: text(`“${shown}”是循环的符号链接。`, `"${shown}" is a symbolic-link loop.`) };
    default:
      return { path: shown, message: text(`无法读取“${shown}”（${code ?? String(err)}）。`, `Cannot read "${shown}" (${code ?? String(err)}).`) };
  }
}
