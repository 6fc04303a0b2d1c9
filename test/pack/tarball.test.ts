import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { runAction, runGitlabJob } from '../integrations/helpers.js';
import { consumerRepository, diskUsageMB, freshClone, sh, useInstalledPackage } from './helpers.js';

/**
 * The release path, as a maintainer and a unit would take it: pack the
 * project in a fresh clone (prepack builds dist/ and copies the fonts), install
 * the tarball into a unit's repository, run the three commands there.
 */
const INSTALL_BUDGET_MB = 60;
let work: string;
let tarball: string;
let consumer: string;
let clone: string;

beforeAll(async () => {
  work = tempDir('declare-pack-');
  clone = await freshClone(work);
  await sh('npm', ['ci'], clone);
  const packed = await sh('npm', ['pack', '--json', '--pack-destination', work], clone);
  tarball = join(work, (JSON.parse(packed.stdout) as { filename: string }[])[0]!.filename);
  consumer = await consumerRepository(join(work, '某单位 申报'));
  await sh('npm', ['install', '--save-dev', tarball], consumer);
});
afterAll(() => {
  if (!process.env.DECLARE_KEEP_PACK) rmSync(work, { recursive: true, force: true });
});

describe('npm pack in a fresh clone, installed into a unit’s repository', () => {
  it('the tarball holds the build, two fonts with their licence, and no sources', async () => {
    const files = (await sh('tar', ['-tzf', tarball], work)).stdout.split('\n').filter(Boolean);
    expect(files).toContain('package/dist/run.js');
    expect(files).toContain('package/dist/THIRD-PARTY-LICENSES.txt');
    expect(files).toContain('package/LICENSE');
    expect(files.filter((f) => f.startsWith('package/fonts/')).sort()).toEqual(['package/fonts/NotoSerifSC-Bold.ttf', 'package/fonts/NotoSerifSC-Regular.ttf', 'package/fonts/OFL.txt', 'package/fonts/README.md']);
    expect(files.some((f) => f.startsWith('package/src/') || f.startsWith('package/test/') || f.startsWith('package/scripts/'))).toBe(false);
  });

  it('installs declare-cli alone: no runtime dependencies, within the size budget', async () => {
    const installed = readdirSync(join(consumer, 'node_modules')).filter((n) => !n.startsWith('.'));
    expect(installed).toEqual(['declare-cli']);
    const pkg = JSON.parse(readFileSync(join(consumer, 'node_modules', 'declare-cli', 'package.json'), 'utf8'));
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(await diskUsageMB(join(consumer, 'node_modules'))).toBeLessThanOrEqual(INSTALL_BUDGET_MB);
  });

  it('npx declare validate ., render and summary work there', async () => {
    await useInstalledPackage(consumer);
  });

  it('`npx declare-cli …` runs it too, and the fonts come from the package itself', async () => {
    expect((await sh('npx', ['--no-install', 'declare-cli', '--version'], consumer)).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(existsSync(join(consumer, 'node_modules', '@expo-google-fonts'))).toBe(false);
    mkdirSync(join(consumer, 'one'), { recursive: true });
    await sh('npx', ['--no-install', 'declare', 'render', '申报/网络宣传工作.yaml', '--pdf', '-o', 'one'], consumer);
    expect(readdirSync(join(consumer, 'one'))).toEqual(['网络宣传工作.pdf']);
  });
});

describe('the ready-made integrations, with the packed package', () => {
  it('pre-commit runs the hook from the declare-cli repository against the unit’s installed declare-cli', async () => {
    writeFileSync(
      join(consumer, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${clone}\n    rev: ${(await sh('git', ['rev-parse', 'HEAD'], clone)).stdout.trim()}\n    hooks:\n      - id: declare-validate\n`,
    );
    await sh('git', ['add', '-A'], consumer);
    const env = { PRE_COMMIT_HOME: join(work, 'pre-commit-home') };
    const ok = await sh('pre-commit', ['run', '--all-files'], consumer, { env });
    expect(ok.stdout).toMatch(/校验申报文件 \(declare validate\)\.+Passed/);
    writeFileSync(join(consumer, '申报', '坏.yaml'), '年度: 2025\n');
    await sh('git', ['add', '-A'], consumer);
    const failed = await sh('pre-commit', ['run', '--all-files'], consumer, { env, expect: 1 });
    expect(failed.stdout).toContain('申报/坏.yaml');
    rmSync(join(consumer, '申报', '坏.yaml'));
    await sh('git', ['add', '-A'], consumer);
  });

  it('the GitHub Action installs declare-cli itself where the repository has none', async () => {
    const bare = await consumerRepository(join(work, '单位 丙'));
    const r = runAction(bare, { install: tarball, paths: '申报' }, { RUNNER_TEMP: join(work, 'runner-temp') });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^::warning file=申报\/网络宣传工作\.yaml,line=\d+/m);
    expect(existsSync(join(bare, 'node_modules'))).toBe(false);
  });

  it('the GitLab template installs the repository’s locked declare-cli with npm ci', async () => {
    const copy = join(work, '单位 丁');
    await sh('cp', ['-r', consumer, copy], work);
    rmSync(join(copy, 'node_modules'), { recursive: true, force: true });
    const r = runGitlabJob(copy, { DECLARE_PATHS: '申报' });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(copy, 'node_modules', '.bin', 'declare-cli'))).toBe(true);
    expect(JSON.parse(readFileSync(join(copy, 'gl-code-quality-report.json'), 'utf8')).length).toBeGreaterThan(0);
  });
});
