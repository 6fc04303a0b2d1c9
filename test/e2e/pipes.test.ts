import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../helpers/examples.js';
import { BIN, tempDir } from '../helpers/cli.js';

/**
 * `declare … | head -1`: head exits after one line, every later write of
 * ours fails with EPIPE. The process must end by itself, quietly, with the
 * exit code of the run (it used to spin at 100 % CPU forever, reporting the
 * failed write to the same dead stream). `timeout` bounds a regression: a
 * generous 20 s, since the bug is an endless loop, not slowness.
 */
const LIMIT_S = 20;
let dir: string;

beforeAll(() => {
  dir = tempDir('declare-pipes-');
  // validate: a report of ~80 KB, more than a pipe holds, so head leaves while we are still writing.
  mkdirSync(join(dir, 'many'));
  for (let i = 0; i < 130; i++) copyFileSync(join(EXAMPLES, '网络宣传工作.yaml'), join(dir, 'many', `项目${String(i).padStart(3, '0')}.yaml`));
  writeFileSync(join(dir, 'many', '项目999.yaml'), '年度: 2025\n');
  mkdirSync(join(dir, 'two'));
  for (const f of ['网络宣传工作.yaml', '机关服务费.yaml']) copyFileSync(join(EXAMPLES, f), join(dir, 'two', f));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `declare <args> <redirect> | head -1` in bash; returns what head printed, the CLI's exit status and its stderr (when not piped). */
function throughHead(args: string, redirect: '2>&1' | '2>stderr.txt') {
  rmSync(join(dir, 'stderr.txt'), { force: true });
  const script = `timeout -k 2 ${LIMIT_S} "${process.execPath}" "${BIN}" ${args} ${redirect} | head -1; echo "status=\${PIPESTATUS[0]}"`;
  const r = spawnSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CI: undefined, DECLARE_LANG: undefined } });
  const lines = r.stdout.trimEnd().split('\n');
  const status = Number(/^status=(\d+)$/.exec(lines.at(-1) ?? '')?.[1]);
  const stderr = redirect === '2>stderr.txt' ? readFileSync(join(dir, 'stderr.txt'), 'utf8') : '';
  return { first: lines.slice(0, -1).join('\n'), status, stderr };
}

describe.each([
  { command: 'validate', args: 'validate many', code: 1, first: /^many\/项目000\.yaml:\d+:\d+ 警告/, writes: undefined },
  { command: 'render', args: 'render two -o out-render', code: 0, first: /\S/, writes: ['机关服务费.pdf', '机关服务费.xlsx', '网络宣传工作.pdf', '网络宣传工作.xlsx'] },
  { command: 'summary', args: 'summary two -o out-summary', code: 0, first: /\S/, writes: [/汇总表\.pdf$/, /汇总表\.xlsx$/] },
])('$command through a pipe that closes after one line', ({ args, code, first, writes }) => {
  it('`2>&1 | head -1` ends promptly with the run’s own exit code, its files written', () => {
    const r = throughHead(args, '2>&1');
    expect(r.status, 'exit status (124 = still running after the time limit)').toBe(code);
    expect(r.first).toMatch(first);
    if (writes) {
      const out = readdirSync(join(dir, args.split(' -o ')[1]!)).sort();
      expect(out).toHaveLength(writes.length);
      writes.forEach((w, i) => expect(out[i]).toMatch(typeof w === 'string' ? new RegExp(`^${w}$`) : w));
    }
  });

  it('`| head -1` ends promptly with the run’s own exit code and says nothing about the closed pipe', () => {
    const r = throughHead(args, '2>stderr.txt');
    expect(r.status, 'exit status (124 = still running after the time limit)').toBe(code);
    expect(r.stderr).not.toMatch(/内部错误|EPIPE|Error/);
  });
});

describe('output that cannot be written', () => {
  it('a full disk under `> file` exits 2 with a plain message', () => {
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" validate two --format json > /dev/full`], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('无法写入标准输出（ENOSPC）');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

});
