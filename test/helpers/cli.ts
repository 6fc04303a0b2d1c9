import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from './examples.js';

export const BIN = join(ROOT, 'bin', 'declare.js');

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built CLI as a user would (`npm test` builds first). */
export function cli(args: readonly string[], opts: { cwd?: string; env?: Record<string, string | undefined>; asNobody?: boolean } = {}): CliResult {
  // Permission tests need an unprivileged user; root (as in CI containers) can read anything.
  const [cmd, argv] = opts.asNobody && process.getuid?.() === 0 ? ['setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, ...args]] : [process.execPath, [BIN, ...args]];
  const r = spawnSync(cmd, argv, {
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, DECLARE_LANG: undefined, CI: undefined, ...opts.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function cliJson(args: readonly string[], opts: Parameters<typeof cli>[1] = {}) {
  const r = cli([...args, '--format', 'json'], opts);
  return { ...r, json: JSON.parse(r.stdout) as JsonReport };
}

export interface JsonReport {
  files: number;
  errors: number;
  warnings: number;
  diagnostics: { file: string; line: number; column: number; severity: string; rule: string; path: (string | number)[]; message: string }[];
}

export function tempDir(prefix = 'declare-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes files (text or bytes) under a fresh temp folder; returns the folder. */
export function fixtureDir(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    const p = join(dir, name);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  return dir;
}

export function exampleText(name: string): string {
  return readFileSync(join(ROOT, 'examples', `${name}.yaml`), 'utf8');
}

/** Line (1-based) of the first line containing `needle`. */
export function lineOfText(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`"${needle}" not in text`);
  return i + 1;
}

/** A stack trace must never reach a user. */
export function expectNoStack(r: CliResult): void {
  const all = r.stdout + r.stderr;
  if (/\n\s+at .+:\d+:\d+\)?/.test(all) || /node:internal/.test(all)) throw new Error(`stack trace in output:\n${all}`);
}
