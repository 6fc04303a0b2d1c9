import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, tempDir } from '../helpers/cli.js';
import { ROOT } from '../helpers/examples.js';

const DIST = join(ROOT, 'dist');

/** The built files that hold the language server's code (esbuild names each bundled module in a comment). */
function serverFiles(): string[] {
  return readdirSync(DIST).filter((f) => f.endsWith('.js') && readFileSync(join(DIST, f), 'utf8').includes('node_modules/vscode-languageserver/'));
}

/** The dist/ files a run of the built CLI loads, recorded by a module loader hook. */
function loadedBy(args: string[], input = ''): string[] {
  const log = join(tempDir(), 'loaded.txt');
  const hook = `data:text/javascript,${encodeURIComponent(`
    import { register } from 'node:module';
    register('data:text/javascript,' + encodeURIComponent(\`
      import { appendFileSync } from 'node:fs';
      export async function load(url, context, next) { appendFileSync(${JSON.stringify(log)}, url + '\\\\n'); return next(url, context); }
    \`));
  `)}`;
  spawnSync(process.execPath, ['--import', hook, BIN, ...args], { cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  let lines: string[];
  try {
    lines = readFileSync(log, 'utf8').split('\n');
  } catch {
    lines = [];
  }
  const prefix = pathToFileURL(DIST).href + '/';
  return [...new Set(lines.filter((u) => u.startsWith(prefix)).map((u) => u.slice(prefix.length)))];
}

describe('the language server is a chunk of its own', () => {
  it('holds vscode-languageserver in files that validate and --help never load', () => {
    const server = serverFiles();
    expect(server.length).toBeGreaterThan(0);
    for (const args of [['--help'], ['validate', 'examples/信息化运维项目.yaml'], ['lsp', '--help']]) {
      const loaded = loadedBy(args);
      expect(loaded, args.join(' ')).toContain('run.js');
      expect(loaded.filter((f) => server.includes(f) || f === 'lsp-worker.js'), args.join(' ')).toEqual([]);
    }
  });

  it('is loaded by `declare lsp` (which ends when its input does)', () => {
    const loaded = loadedBy(['lsp']);
    expect(loaded.some((f) => serverFiles().includes(f))).toBe(true);
  });
});
