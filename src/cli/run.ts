import { main } from './main.js';

/**
 * Process boundary: turn the result into an exit code and make sure no stack
 * trace ever reaches a user. An unexpected failure is our bug: say so plainly
 * (DECLARE_DEBUG=1 shows the stack for a bug report) and exit 2.
 */
export function run(argv: readonly string[]): void {
  const crash = (e: unknown) => {
    const msg = e instanceof Error ? e.message : String(e);
    process.stderr.write(`declare：内部错误（这是 declare 的问题，不是您的文件的问题）：${msg}\n请把命令和文件报告给维护者；设置 DECLARE_DEBUG=1 可显示详细信息。\n`);
    if (process.env.DECLARE_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    process.exitCode = 2;
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
  // A closed pipe (`declare validate … | head`) is not an error worth a message.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  main(argv).then((code) => {
    process.exitCode = code;
  }, crash);
}
