import { spawnSync } from 'node:child_process';
import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/examples.js';
import { tempDir } from '../helpers/cli.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };

/** A folder on PATH holding the package's bins, as `npm install -g` would create them. */
function installedBins(): string {
  const dir = tempDir('declare-bin-');
  for (const [name, target] of Object.entries(pkg.bin)) symlinkSync(join(ROOT, target), join(dir, name));
  return dir;
}

function bash(script: string, binDir: string) {
  const r = spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PATH: `${binDir}:${process.env.PATH}`, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('command names', () => {
  it('installs both `declare` and the unshadowed `declare-cli`, pointing at the same program', () => {
    expect(pkg.bin.declare).toBe('bin/declare.js');
    expect(pkg.bin['declare-cli']).toBe(pkg.bin.declare);
  });

  it('`npx declare` and `npx declare-cli` both run the CLI', () => {
    for (const name of ['declare', 'declare-cli']) {
      const r = spawnSync('npx', ['--no-install', name, 'validate', 'examples/机关服务费.yaml'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(r.status, name).toBe(0);
      expect(r.stdout, name).toContain('检查了 1 个文件');
    }
  });

  it('in bash, bare `declare` is the shell builtin (the trap), while `declare-cli` runs the validator', () => {
    const bins = installedBins();
    // The builtin silently "succeeds" without validating anything: why docs say `npx declare` or `declare-cli`.
    const shadowed = bash('declare validate', bins);
    expect(shadowed.code).toBe(0);
    expect(shadowed.stdout + shadowed.stderr).toBe('');
    const withPath = bash('declare validate examples/机关服务费.yaml', bins);
    expect(withPath.stdout).not.toContain('检查了');
    expect(withPath.stderr).toContain('not a valid identifier');
    const real = bash('declare-cli validate examples/机关服务费.yaml', bins);
    expect(real.code).toBe(0);
    expect(real.stdout).toContain('检查了 1 个文件');
    const failing = bash('declare-cli validate no-such-file.yaml', bins);
    expect(failing.code).toBe(2);
  });
});
