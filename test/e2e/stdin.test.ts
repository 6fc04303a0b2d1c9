import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, fixtureDir } from '../helpers/cli.js';
import { declaration, funds, VALID } from '../helpers/fixture.js';

/** `declare validate --stdin …` with `input` on its standard input: only a process has one. */
function viaStdin(args: readonly string[], input: string | Uint8Array, cwd: string) {
  const r = spawnSync(process.execPath, [BIN, 'validate', '--stdin', ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', DECLARE_LANG: undefined, CI: undefined } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const BROKEN = declaration({ funds: funds({ annual: { 合计: '999' } }) });

describe('validate --stdin (an editor buffer, a generated file)', () => {
  it('checks the text under the name --stdin-filename gives, with the exit code of a file', () => {
    const dir = fixtureDir({ 'placeholder.txt': '' });
    const bad = viaStdin(['--stdin-filename', '申报/草稿.yaml', '--format', 'json'], BROKEN, dir);
    expect(bad.code).toBe(1);
    const report = JSON.parse(bad.stdout) as { files: number; errors: number; diagnostics: { file: string; rule: string }[] };
    expect(report).toMatchObject({ files: 1 });
    expect(report.errors).toBeGreaterThan(0);
    expect(report.diagnostics.map((d) => d.file)).toContain('申报/草稿.yaml');
    expect(report.diagnostics.map((d) => d.rule)).toContain('fund-annual-sum');

    const good = viaStdin([], VALID, dir);
    expect(good.code).toBe(0);
    expect(good.stdout).toContain('检查了 1 个文件');
  });

  it("uses the declare.config.yaml of --stdin-filename's folder, as for a file there", () => {
    const dir = fixtureDir({ '处室/declare.config.yaml': 'rules:\n  fund-annual-sum: off\n' });
    expect(viaStdin(['--stdin-filename', '处室/草稿.yaml'], BROKEN, dir).code).toBe(0);
    expect(viaStdin(['--stdin-filename', '别处/草稿.yaml'], BROKEN, dir).code).toBe(1);
  });

  it('empty input is an empty declaration (a finding), not a hang or a crash', () => {
    const r = viaStdin([], '', fixtureDir({ 'placeholder.txt': '' }));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/<stdin>:1:1 .*file-empty/);
  });
});
