import { readdirSync, realpathSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { consumerRepository, freshClone, sh, useInstalledPackage } from './helpers.js';

/**
 * Installing straight from the repository: a folder (npm links it and runs
 * its prepare, which installs the clone's build tools first when they are
 * missing) and a git URL (npm clones, installs, runs prepare and packs it).
 * Neither needs dist/ to be committed.
 */
let work: string;
let clone: string;

beforeAll(async () => {
  work = tempDir('declare-git-');
  clone = await freshClone(work);
});
afterAll(() => {
  if (!process.env.DECLARE_KEEP_PACK) rmSync(work, { recursive: true, force: true });
});

describe('installing from the git folder', () => {
  it('npm install <folder> of a fresh clone (no node_modules, no dist/) builds it and works', async () => {
    const consumer = await consumerRepository(join(work, '单位甲'));
    await sh('npm', ['install', '--save-dev', clone], consumer);
    expect(realpathSync(join(consumer, 'node_modules', 'declare-cli'))).toBe(realpathSync(clone));
    expect(readdirSync(join(clone, 'dist'))).toContain('run.js');
    await useInstalledPackage(consumer);
  });

  it('npm install git+file://… builds the package from the clone and works', async () => {
    const consumer = await consumerRepository(join(work, '单位乙'));
    const url = `git+${pathToFileURL(clone).href}`;
    await sh('npm', ['install', '--save-dev', url], consumer);
    const installed = readdirSync(join(consumer, 'node_modules', 'declare-cli')).sort();
    expect(installed).toEqual(expect.arrayContaining(['bin', 'dist', 'fonts', 'package.json']));
    expect(installed).not.toContain('src');
    await useInstalledPackage(consumer);
  });
});
