import { readdirSync, realpathSync } from 'node:fs';
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

beforeAll(() => {
  work = tempDir('declare-git-');
  clone = freshClone(work);
});
afterAll(() => {
  if (!process.env.DECLARE_KEEP_PACK) sh('rm', ['-rf', work], '/');
});

describe('installing from the git folder', () => {
  it('npm install <folder> of a fresh clone (no node_modules, no dist/) builds it and works', () => {
    const consumer = consumerRepository(join(work, '单位甲'));
    sh('npm', ['install', '--save-dev', clone], consumer);
    expect(realpathSync(join(consumer, 'node_modules', 'declare-cli'))).toBe(realpathSync(clone));
    expect(readdirSync(join(clone, 'dist'))).toContain('run.js');
    useInstalledPackage(consumer);
  });

  it('npm install git+file://… builds the package from the clone and works', () => {
    const consumer = consumerRepository(join(work, '单位乙'));
    const url = `git+${pathToFileURL(clone).href}`;
    sh('npm', ['install', '--save-dev', url], consumer);
    const installed = readdirSync(join(consumer, 'node_modules', 'declare-cli')).sort();
    expect(installed).toEqual(expect.arrayContaining(['bin', 'dist', 'fonts', 'package.json']));
    expect(installed).not.toContain('src');
    useInstalledPackage(consumer);
  });
});
