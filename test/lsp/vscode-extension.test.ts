import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { ROOT } from '../helpers/examples.js';

const EXT = join(ROOT, 'editors/vscode');
const { findServerModule } = createRequire(import.meta.url)(join(EXT, 'server-module.js')) as {
  findServerModule: (folder: string, configured?: string) => string | undefined;
};

function install(dir: string, pkg: string): string {
  const bin = join(dir, 'node_modules', pkg, 'bin', 'declare.js');
  mkdirSync(join(bin, '..'), { recursive: true });
  writeFileSync(bin, '');
  return bin;
}

describe('editors/vscode', () => {
  it('is a vsce-compatible extension: manifest, entry point, licence, README without relative links', () => {
    const manifest = JSON.parse(readFileSync(join(EXT, 'package.json'), 'utf8'));
    for (const field of ['name', 'publisher', 'version', 'main', 'activationEvents']) expect(manifest[field], field).toBeTruthy();
    expect(manifest.engines.vscode).toMatch(/^\^1\.\d+\.\d+$/);
    expect(manifest.dependencies).toHaveProperty('vscode-languageclient');
    expect(existsSync(join(EXT, manifest.main))).toBe(true);
    expect(existsSync(join(EXT, 'LICENSE'))).toBe(true);
    // vsce refuses relative links in the README when the manifest names no repository.
    expect(readFileSync(join(EXT, 'README.md'), 'utf8')).not.toMatch(/\]\((?!https?:)[^)]+\)/);
    expect(manifest.scripts.package).toContain('--allow-missing-repository');
  });

  it('starts `declare lsp` from the workspace’s own node_modules (nearest upwards), declare-cli before the old name', () => {
    const repo = tempDir();
    expect(findServerModule(join(repo, '申报'))).toBeUndefined();
    const old = install(repo, 'declare');
    expect(findServerModule(join(repo, '申报'))).toBe(old);
    const current = install(repo, 'declare-cli');
    expect(findServerModule(repo)).toBe(current);
    const nested = install(join(repo, '处室'), 'declare-cli');
    expect(findServerModule(join(repo, '处室'))).toBe(nested);
  });

  it('honours declare.serverPath, relative to the workspace folder; a wrong path starts nothing', () => {
    const repo = tempDir();
    const bin = install(join(repo, 'tools'), 'declare-cli');
    expect(findServerModule(repo, 'tools/node_modules/declare-cli/bin/declare.js')).toBe(bin);
    expect(findServerModule(repo, 'nowhere/declare.js')).toBeUndefined();
  });
});
