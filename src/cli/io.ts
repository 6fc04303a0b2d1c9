import { pick, type Lang } from '../diagnostics/types.js';
import { formatMessage, type MessageOf } from '../messages/index.js';
import type { IoProblem } from '../load/discover.js';

export function printProblems(problems: readonly IoProblem[], lang: Lang): void {
  // Each message is a whole sentence naming the path ("找不到…", "没有文件与…匹配"): a prefix such as "无法读取:" would misname half of them.
  for (const p of problems) process.stderr.write(`declare: ${pick(p.message, lang)}\n`);
}

/** One sentence of the catalogue's `cli` section on stderr, in the user's language. */
export function say(lang: Lang, m: MessageOf<'cli'>): void {
  process.stderr.write(formatMessage(lang, 'cli', m.messageId, m.data) + '\n');
}

let colorChoice: boolean | undefined;

/** `--color` (true) or `--no-color` (false); undefined leaves it to the environment. */
export function setColorChoice(choice: boolean | undefined): void {
  colorChoice = choice;
}

/** --color/--no-color, else colour only for a terminal; NO_COLOR and FORCE_COLOR as https://no-color.org and chalk define them. */
export function useColor(stream: NodeJS.WriteStream): boolean {
  if (colorChoice !== undefined) return colorChoice;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return Boolean(stream.isTTY) && process.env.TERM !== 'dumb';
}

/** Errors that mean the reader of a stream has gone (`| head`, a closed terminal or socket): not a failure of ours. */
const READER_GONE = new Set(['EPIPE', 'ECONNRESET', 'ENOTCONN', 'EIO', 'EBADF', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']);

export interface GuardedStreams {
  /** Writes to stderr unless it is gone (for the crash handler: it must never write to a dead stream). */
  writeErr(text: string): void;
  /** stdout or stderr failed for another reason (disk full under `> report.json`): the run must exit 2. */
  failed(): boolean;
}

/**
 * Makes stdout and stderr safe to lose, as git and eslint are: when the
 * reader goes away (`declare validate … 2>&1 | head -1`), later writes to that
 * stream are dropped silently, the command finishes its work (files that
 * render and summary were asked for are still written) and exits with its
 * own code. Without this, the first failed write raised an uncaught error
 * whose report was written to the same dead stream, forever.
 *
 * Any other write error (ENOSPC, EFBIG, EROFS under a redirection) is an I/O
 * failure: said once on stderr if that still works, and the run exits 2.
 */
export function guardStandardStreams(streams: readonly NodeJS.WriteStream[] = [process.stdout, process.stderr]): GuardedStreams {
  const dead = new Set<NodeJS.WriteStream>();
  let failure = false;
  const silence = (s: NodeJS.WriteStream) => {
    if (dead.has(s)) return;
    dead.add(s);
    // Standard streams cannot be destroyed, so every later write would fail again: drop them here instead.
    s.write = ((_chunk: unknown, encodingOrDone?: unknown, done?: unknown) => {
      const callback = typeof encodingOrDone === 'function' ? encodingOrDone : typeof done === 'function' ? done : undefined;
      if (callback) process.nextTick(callback as () => void);
      return true;
    }) as typeof s.write;
  };
  const writeErr = (text: string) => {
    if (!dead.has(process.stderr)) process.stderr.write(text);
  };
  for (const s of streams) {
    s.on('error', (e: NodeJS.ErrnoException) => {
      silence(s);
      if (READER_GONE.has(e.code ?? '')) return;
      // The run may already have set its exit code (the error arrives a tick after the write): override it.
      process.exitCode = 2;
      if (!failure) {
        failure = true;
        const name = s === process.stdout ? '标准输出' : '标准错误';
        writeErr(`declare：无法写入${name}（${e.code ?? e.message}），输出不完整。\n`);
      }
    });
  }
  return { writeErr, failed: () => failure };
}
