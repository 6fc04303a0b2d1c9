import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, exampleText, expectNoStack, fixtureDir } from '../helpers/cli.js';

/**
 * What only a process shows, on the built CLI: exit codes, the bytes of
 * stdout across runs, what reaches stdout and stderr when a run cannot
 * finish, another user's permissions, help before any module loads. The
 * logic behind each line is tested in process (test/cli, test/api).
 */
const BASE = exampleText('机关服务费');

describe('the built CLI as a process', () => {
  it('exits 0 for valid files, 1 for findings, 2 when it cannot run', () => {
    const dir = fixtureDir({ 'ok.yaml': BASE, 'bad/x.yaml': BASE.replace('年度: 2025', '年度: 二〇二五') });
    expect(cli(['validate', join(dir, 'ok.yaml')]).code).toBe(0);
    expect(cli(['validate', dir]).code).toBe(1);
    const missing = cli(['validate', 'no/such/file.yaml']);
    expect(missing.code).toBe(2);
    expectNoStack(missing);
  });

  it('writes the same bytes on every run (the report for people, and SARIF with its URIs and fingerprints)', () => {
    const dir = fixtureDir({ 'a.yaml': BASE, 'b.yaml': BASE.replace('=365.00(天)', '≥abc'), 'c.yaml': '' });
    for (const format of ['pretty', 'sarif']) {
      const [one, two] = [cli(['validate', dir, '--format', format]), cli(['validate', dir, '--format', format])];
      expect(one.code, format).toBe(1);
      expect(one.stdout, format).toBe(two.stdout);
    }
  });

  it('a run that cannot finish claims no result: no count line, no machine report, the reason on stderr (#9)', () => {
    const dir = fixtureDir({ 'a.yaml': BASE, 'b.yaml': BASE });
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'a.yaml'), 0o644);
    chmodSync(join(dir, 'b.yaml'), 0);
    for (const format of ['json', 'sarif']) {
      const r = cli(['validate', dir, '--format', format], { asNobody: true });
      expect(r.code, format).toBe(2);
      expect(r.stdout, format).toBe('');
      expect(r.stderr).toContain('没有权限读取');
      expect(r.stderr).toContain('校验没有完成');
    }
    const pretty = cli(['validate', dir], { asNobody: true });
    expect(pretty.code).toBe(2);
    expect(pretty.stdout).not.toMatch(/检查了|[✔✖⚠]/);
    const empty = cli(['validate', 'no/such/file.yaml', '--format', 'sarif']);
    expect([empty.code, empty.stdout]).toEqual([2, '']);
  });

  it('help and version answer at once, in English with DECLARE_LANG=en; -V still works', () => {
    const zh = cli(['--help']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/^用法：declare \[选项\] \[命令\]/);
    const en = cli(['validate', '--help'], { env: { DECLARE_LANG: 'en' } });
    expect(en.stdout).toMatch(/^Usage: declare validate \[options\] \[paths\.\.\.\]/);
    expect(en.stdout).toContain('--max-warnings <count>');
    for (const flag of ['-v', '--version', '-V']) expect(cli([flag]).stdout.trim(), flag).toMatch(/^\d+\.\d+\.\d+/);
    const bad = cli(['validate', 'x.yaml', '--frobnicate'], { env: { DECLARE_LANG: 'en' } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('usage error: unknown option --frobnicate\n(see npx declare validate --help)\n');
  });
});
