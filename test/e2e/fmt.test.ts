import { chmodSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, expectNoStack, fixtureDir } from '../helpers/cli.js';
import { EXAMPLES } from '../helpers/examples.js';

const MESSY = '年度: 2025\n项目名称: "甲"\n项目资金:\n    年度资金申请总额:\n        合计: 100  # 合计\n';
const TIDY = '年度: 2025\n项目名称: 甲\n\n项目资金:\n  年度资金申请总额:\n    合计: 100.00   # 合计\n';

describe('declare fmt (process)', () => {
  it('--check passes on examples/ (exit 0) and fails on a file that would change (exit 1, listed on stdout)', () => {
    const ok = cli(['fmt', '--check', EXAMPLES]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe('');
    const dir = fixtureDir({ 'a.yaml': MESSY, 'b.yaml': TIDY });
    const r = cli(['fmt', '--check', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('a.yaml\n');
    expect(r.stderr).toContain('1 个文件需要格式化');
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(MESSY);
  });

  it('--diff prints a unified diff and writes nothing; without flags the file is rewritten, keeping its permissions', () => {
    const dir = fixtureDir({ 'a.yaml': MESSY });
    const d = cli(['fmt', '--diff', 'a.yaml', '--lang', 'en'], { cwd: dir });
    expect(d.code).toBe(1);
    expect(d.stdout).toContain('--- a/a.yaml\n+++ b/a.yaml\n@@');
    expect(d.stdout).toContain('-项目名称: "甲"\n+项目名称: 甲\n');
    expect(d.stderr).toContain('1 of 1 file(s) need formatting');
    chmodSync(join(dir, 'a.yaml'), 0o640);
    const w = cli(['fmt', 'a.yaml'], { cwd: dir });
    expect(w.code).toBe(0);
    expect(w.stdout).toBe('a.yaml\n');
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(TIDY);
    expect(statSync(join(dir, 'a.yaml')).mode & 0o777).toBe(0o640);
    expect(cli(['fmt', '--check', 'a.yaml'], { cwd: dir }).code).toBe(0);
  });

  it('leaves a file with YAML errors alone and reports it (exit 1); a missing path is exit 2', () => {
    const dir = fixtureDir({ 'bad.yaml': '年度: 2025\n项目名称: [甲\n', 'ok.yaml': MESSY });
    const r = cli(['fmt', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    expectNoStack(r);
    expect(r.stderr).toMatch(/bad\.yaml:\d+:\d+ 错误 yaml-syntax/);
    expect(readFileSync(join(dir, 'bad.yaml'), 'utf8')).toBe('年度: 2025\n项目名称: [甲\n');
    expect(readFileSync(join(dir, 'ok.yaml'), 'utf8')).toBe(TIDY);
    const missing = cli(['fmt', 'nope.yaml'], { cwd: dir });
    expect(missing.code).toBe(2);
    expectNoStack(missing);
  });
});
