import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { summarize } from '../../src/api/summarize.js';
import { createConfigResolver } from '../../src/config/resolve.js';
import { BIN, cli, exampleText, expectNoStack, fixtureDir, tempDir } from '../helpers/cli.js';
import { EXAMPLES, exampleFiles, ROOT } from '../helpers/examples.js';

// What only a process shows: exit codes, what goes to stdout and stderr, the
// progress bar on a terminal, Ctrl-C, the same bytes from another process.
// The summary's logic is tested in-process in test/api/summarize.test.ts, the
// command's refusals in test/cli/summary.test.ts.

const UNIT = '中共上海市委网络安全和信息化委员会办公室';
const STEM = `${UNIT}2025年度项目绩效目标汇总表`;
const NAMES = exampleFiles().map((f) => f.split('/').pop()!.replace(/\.yaml$/, ''));

/** A copy of the examples (or some of them) in a fresh folder, with edits. */
function examplesDir(edit: Record<string, (yaml: string) => string> = {}, only: readonly string[] = NAMES): string {
  return fixtureDir(Object.fromEntries(only.map((n) => [`${n}.yaml`, (edit[n] ?? ((y: string) => y))(exampleText(n))])));
}

describe('declare summary on the six examples', () => {
  const out = join(tempDir(), 'out');
  let r: ReturnType<typeof cli>;
  const pdfFile = join(out, `${STEM}.pdf`);
  const xlsxFile = join(out, `${STEM}.xlsx`);

  beforeAll(() => {
    r = cli(['summary', 'examples', '-o', out]);
  });

  it('exits 0, lists the two files on stdout and the warnings on stderr, without a progress bar off a terminal', () => {
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`${pdfFile}\n${xlsxFile}\n`);
    expect(readdirSync(out).sort()).toEqual([`${STEM}.pdf`, `${STEM}.xlsx`]);
    expect(r.stderr).toContain('13 个警告');
    expect(r.stderr).not.toMatch(/[▕▏\r]|\x1b\[K/);
    expectNoStack(r);
  });

  it('writes the same bytes as the library does in this process', async () => {
    const own = join(tempDir(), 'own');
    await summarize([EXAMPLES], { outDir: own, configs: createConfigResolver({ cwd: ROOT }) });
    expect(readFileSync(join(own, `${STEM}.pdf`)).equals(readFileSync(pdfFile))).toBe(true);
    expect(readFileSync(join(own, `${STEM}.xlsx`)).equals(readFileSync(xlsxFile))).toBe(true);
  });
});

describe('declare summary: refusing', () => {
  it('an output folder another user cannot write: exit 2, nothing written', () => {
    const dir = examplesDir({}, ['网络宣传工作']);
    const parent = tempDir();
    chmodSync(parent, 0o755);
    const locked = join(parent, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    chmodSync(dir, 0o755);
    const r = cli(['summary', join(dir, '网络宣传工作.yaml'), '-o', locked], { asNobody: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不可写');
    expect(readdirSync(locked)).toEqual([]);
    expectNoStack(r);
  });
});

describe('declare summary: terminal and interruption', () => {
  const hasScript = spawnSync('script', ['--version']).status === 0;

  // When the bar is wanted (not in CI, not with --no-progress) is tested in test/summary/progress.test.ts.
  it.skipIf(!hasScript)('shows a progress bar on a terminal, redrawn in place and cleared at the end', () => {
    const run = (extra: string, env: Record<string, string> = {}) => {
      const out = join(tempDir(), 'out');
      const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} summary examples -o ${JSON.stringify(out)} ${extra} 2>&1 >/dev/null`;
      const r = spawnSync('script', ['-qec', cmd, '/dev/null'], {
        cwd: ROOT,
        env: { ...process.env, CI: undefined, NO_COLOR: '1', TERM: 'xterm', ...env } as NodeJS.ProcessEnv,
        encoding: 'utf8',
      });
      return r.stdout;
    };
    const tty = run('');
    expect(tty).toMatch(/\r汇总 6\/6 ▕████████████████████▏/);
    expect(tty).toMatch(/\r检查 /);
    expect(tty).toContain('\r\x1b[K');
  });

  it('Ctrl-C while writing leaves neither output nor temporary files', async () => {
    const { generateDeclarations } = (await import(join(ROOT, 'bench', 'generate.mjs'))) as { generateDeclarations: (dir: string, n: number) => string };
    // Enough forms that writing them takes a while even on an idle machine.
    const dir = generateDeclarations(join(tempDir(), 'gen'), 120);
    const out = join(tempDir(), 'out');
    mkdirSync(out);
    const child = spawn(process.execPath, [BIN, 'summary', dir, '-o', out, '--no-progress'], { stdio: 'ignore' });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    // Wait until the second pass is writing its temporary files, then interrupt.
    let sawTemp = false;
    for (let i = 0; i < 3000 && !sawTemp; i++) {
      await new Promise((r) => setTimeout(r, 10));
      sawTemp = readdirSync(out).some((f) => f.endsWith('.tmp'));
    }
    expect(sawTemp).toBe(true);
    child.kill('SIGINT');
    const { code, signal } = await exited;
    expect(signal === 'SIGINT' || code === 130).toBe(true);
    expect(readdirSync(out)).toEqual([]);
  });
});
