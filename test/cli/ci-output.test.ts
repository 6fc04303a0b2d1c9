import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { fixtureDir } from '../helpers/cli.js';
import { declaration, funds, VALID } from '../helpers/fixture.js';
import { runCli } from '../helpers/run.js';

/** Outside CI-looking environments, so paths are relative to the working directory. */
const PLAIN_ENV = { GITHUB_WORKSPACE: undefined, CI_PROJECT_DIR: undefined, GITHUB_STEP_SUMMARY: undefined };

/** One declaration with an error (the annual total does not add up) and one without. */
function unit(): string {
  return fixtureDir({ '申报/错.yaml': declaration({ funds: funds({ annual: { 合计: '999' } }) }), '申报/对.yaml': VALID });
}

describe('-o/--output-file: the report in a file, as UTF-8', () => {
  it('writes the same report stdout would have had, in UTF-8 without colour codes, and nothing on stdout', async () => {
    const dir = unit();
    const toStdout = await runCli(['validate', '申报', '--color'], { cwd: dir, env: PLAIN_ENV });
    const toFile = await runCli(['validate', '申报', '--color', '-o', 'report.txt'], { cwd: dir, env: PLAIN_ENV });
    expect(toFile.code).toBe(1);
    expect(toStdout.code).toBe(1);
    expect(toFile.stdout).toBe('');
    const written = readFileSync(join(dir, 'report.txt'), 'utf8');
    expect(written).not.toContain('\u001b[');
    // The same findings, in the same words (stdout had colour; the file has none).
    expect(written).toBe(toStdout.stdout.replace(/\u001b\[[0-9;]*m/g, ''));
    expect(written).toContain('错.yaml');
  });

  it('creates the report folder and writes machine formats (SARIF) there', async () => {
    const dir = unit();
    const r = await runCli(['validate', '申报', '--format', 'sarif', '--output-file', 'reports/ci/declare.sarif'], { cwd: dir, env: PLAIN_ENV });
    expect(r.code).toBe(1);
    const log = JSON.parse(readFileSync(join(dir, 'reports', 'ci', 'declare.sarif'), 'utf8')) as Log;
    expect(log.runs[0]!.results!.length).toBeGreaterThan(0);
    expect(log.runs[0]!.invocations![0]!.executionSuccessful).toBe(true);
  });

  it('a target that cannot be a file (a folder) is an I/O problem: exit 2, a plain message, the folder untouched', async () => {
    const dir = unit();
    mkdirSync(join(dir, 'report.json'));
    const r = await runCli(['validate', '申报', '--format', 'json', '-o', 'report.json'], { cwd: dir, env: PLAIN_ENV });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/report\.json/);
    expect(r.stdout).toBe('');
  });
});

describe('--format github and the job summary ($GITHUB_STEP_SUMMARY)', () => {
  it('appends a Markdown summary with every finding to the file GitHub names, after what earlier steps wrote', async () => {
    const dir = unit();
    const summary = join(dir, 'step-summary.md');
    writeFileSync(summary, 'earlier step\n');
    const r = await runCli(['validate', '申报', '--format', 'github'], { cwd: dir, env: { ...PLAIN_ENV, GITHUB_STEP_SUMMARY: summary } });
    expect(r.code).toBe(1);
    const md = readFileSync(summary, 'utf8');
    expect(md.startsWith('earlier step\n')).toBe(true);
    expect(md).toContain('### declare validate');
    expect(md).toMatch(/\| `申报\/错\.yaml:\d+:\d+` \| 错误 \| `fund-annual-sum` \|/);
  });

  it('writes no summary for other formats, nor without the variable', async () => {
    const dir = unit();
    const summary = join(dir, 'step-summary.md');
    await runCli(['validate', '申报', '--format', 'json'], { cwd: dir, env: { ...PLAIN_ENV, GITHUB_STEP_SUMMARY: summary } });
    expect(existsSync(summary)).toBe(false);
  });

  it('a summary file that cannot be written says so and exits 2, the annotations still printed', async () => {
    const dir = unit();
    const r = await runCli(['validate', '申报', '--format', 'github'], { cwd: dir, env: { ...PLAIN_ENV, GITHUB_STEP_SUMMARY: join(dir, 'no', 'such', 'folder', 's.md') } });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^::error /m);
    expect(r.stderr).toMatch(/GitHub 作业摘要.*ENOENT/);
  });
});

describe('validate arguments with and without --stdin', () => {
  it('paths are required without --stdin, refused with it; --stdin-filename needs --stdin', async () => {
    const dir = unit();
    const none = await runCli(['validate'], { cwd: dir });
    expect(none).toMatchObject({ code: 2, stdout: '' });
    expect(none.stderr).toMatch(/缺少参数 <路径\.\.\.>/);
    const both = await runCli(['validate', '--stdin', '申报', '--lang', 'en'], { cwd: dir });
    expect(both).toMatchObject({ code: 2, stdout: '' });
    expect(both.stderr).toMatch(/--stdin .*no paths/);
    const nameOnly = await runCli(['validate', '--stdin-filename', 'x.yaml', '申报'], { cwd: dir });
    expect(nameOnly).toMatchObject({ code: 2, stdout: '' });
    expect(nameOnly.stderr).toMatch(/--stdin-filename 只能与 --stdin 一起使用/);
  });
});
