import { main } from '../../src/cli/main.js';
import type { CliResult, JsonReport } from './cli.js';
import { ROOT } from './examples.js';

/**
 * Runs the command line in this process: the same argument parsing, output
 * and exit code as the built CLI, without starting node (about a second on a
 * busy machine). stdout and stderr are captured, the environment and working
 * folder set for the call and restored after. One thread (DECLARE_THREADS=1):
 * worker threads need the built bundle, which the end-to-end tests cover.
 * What only a process shows (signals, pipes, exit of the process itself,
 * permissions of another user) stays in test/e2e.
 */
export async function runCli(args: readonly string[], opts: { cwd?: string; env?: Record<string, string | undefined> } = {}): Promise<CliResult> {
  const env = { NO_COLOR: '1', FORCE_COLOR: undefined, DECLARE_LANG: undefined, CI: undefined, DECLARE_THREADS: '1', ...opts.env };
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  const cwd = process.cwd();
  let stdout = '';
  let stderr = '';
  const out = process.stdout.write;
  const err = process.stderr.write;
  process.stdout.write = ((chunk: string | Uint8Array) => ((stdout += String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => ((stderr += String(chunk)), true)) as typeof process.stderr.write;
  try {
    for (const [k, v] of Object.entries(env)) v === undefined ? delete process.env[k] : (process.env[k] = v);
    process.chdir(opts.cwd ?? ROOT);
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
    process.chdir(cwd);
    for (const [k, v] of Object.entries(saved)) v === undefined ? delete process.env[k] : (process.env[k] = v);
  }
}

export async function runCliJson(args: readonly string[], opts: Parameters<typeof runCli>[1] = {}) {
  const r = await runCli([...args, '--format', 'json'], opts);
  return { ...r, json: JSON.parse(r.stdout) as JsonReport };
}
