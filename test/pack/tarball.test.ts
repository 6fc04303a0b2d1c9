import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
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

beforeAll(() => {
  work = tempDir('declare-pack-');
  const clone = freshClone(work);
  sh('npm', ['ci'], clone);
  const packed = sh('npm', ['pack', '--json', '--pack-destination', work], clone);
  tarball = join(work, (JSON.parse(packed.stdout) as { filename: string }[])[0]!.filename);
  consumer = consumerRepository(join(work, '某单位 申报'));
  sh('npm', ['install', '--save-dev', tarball], consumer);
});
afterAll(() => {
  if (!process.env.DECLARE_KEEP_PACK) sh('rm', ['-rf', work], '/');
});

describe('npm pack in a fresh clone, installed into a unit’s repository', () => {
  it('the tarball holds the build, two fonts with their licence, and no sources', () => {
    const files = sh('tar', ['-tzf', tarball], work).stdout.split('\n').filter(Boolean);
    expect(files).toContain('package/dist/run.js');
    expect(files).toContain('package/dist/THIRD-PARTY-LICENSES.txt');
    expect(files).toContain('package/LICENSE');
    expect(files.filter((f) => f.startsWith('package/fonts/')).sort()).toEqual(['package/fonts/NotoSerifSC-Bold.ttf', 'package/fonts/NotoSerifSC-Regular.ttf', 'package/fonts/OFL.txt', 'package/fonts/README.md']);
    expect(files.some((f) => f.startsWith('package/src/') || f.startsWith('package/test/') || f.startsWith('package/scripts/'))).toBe(false);
  });

  it('installs declare-cli alone: no runtime dependencies, within the size budget', () => {
    const installed = readdirSync(join(consumer, 'node_modules')).filter((n) => !n.startsWith('.'));
    expect(installed).toEqual(['declare-cli']);
    const pkg = JSON.parse(readFileSync(join(consumer, 'node_modules', 'declare-cli', 'package.json'), 'utf8'));
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(diskUsageMB(join(consumer, 'node_modules'))).toBeLessThanOrEqual(INSTALL_BUDGET_MB);
  });

  it('npx declare validate ., render and summary work there', () => {
    useInstalledPackage(consumer);
  });

  it('`npx declare-cli …` runs it too, and the fonts come from the package itself', () => {
    expect(sh('npx', ['--no-install', 'declare-cli', '--version'], consumer).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(existsSync(join(consumer, 'node_modules', '@expo-google-fonts'))).toBe(false);
    mkdirSync(join(consumer, 'one'), { recursive: true });
    sh('npx', ['--no-install', 'declare', 'render', '申报/网络宣传工作.yaml', '--pdf', '-o', 'one'], consumer);
    expect(readdirSync(join(consumer, 'one'))).toEqual(['网络宣传工作.pdf']);
  });
});
