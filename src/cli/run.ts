import { main } from './main.js';
import { guardStandardStreams } from './io.js';

/**
 * Process boundary: turn the result into an exit code and make sure no stack
 * trace ever reaches a user. An unexpected failure is our bug: say so plainly
 * (DECLARE_DEBUG=1 shows the stack for a bug report) and exit 2.
 */
export function run(argv: readonly string[]): void {
  // `declare validate … | head -1`, a closed terminal: writes to a stream
  // whose reader is gone are dropped, the command finishes and exits with its
  // own code (see guardStandardStreams).
  const streams = guardStandardStreams();
  let crashed = false;
  const crash = (e: unknown) => {
    process.exitCode = 2;
    // Once is enough: a second failure while reporting the first must not loop.
    if (crashed) return;
    crashed = true;
    const msg = e instanceof Error ? e.message : String(e);
    streams.writeErr(`declare：内部错误（这是 declare 的问题，不是您的文件的问题）：${msg}\n请把命令和文件报告给维护者；设置 DECLARE_DEBUG=1 可显示详细信息。\n`);
    if (process.env.DECLARE_DEBUG && e instanceof Error) streams.writeErr(`${e.stack}\n`);
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
  main(argv).then((code) => {
    // A report that could not be written (disk full under `> file`) is a failed run whatever it found.
    process.exitCode = streams.failed() || crashed ? 2 : code;
  }, crash);
}
