import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, ROOT } from '../helpers/examples.js';
import { BIN, tempDir } from '../helpers/cli.js';

const TRACER = join(ROOT, 'test', 'helpers', 'trace-modules.mjs');
const DIST = join(ROOT, 'dist');

/** The dist/ files (entries and chunks) that carry a piece of code, found by a string only that code contains. */
function chunksWith(marker: string): string[] {
  return readdirSync(DIST).filter((f) => /\.c?js$/.test(f) && readFileSync(join(DIST, f), 'utf8').includes(marker));
}

/** Which dist/ files a run of the CLI loads, in the main thread and its workers. */
function loadedBy(args: readonly string[]): Set<string> {
  const trace = join(tempDir('declare-trace-'), 'modules.txt');
  const r = spawnSync(process.execPath, ['--import', TRACER, BIN, ...args], {
    cwd: tempDir(),
    encoding: 'utf8',
    env: { ...process.env, DECLARE_TRACE_MODULES: trace, NO_COLOR: '1' },
  });
  expect(r.status, r.stderr).toBe(0);
  return new Set(
    readFileSync(trace, 'utf8')
      .split('\n')
      .filter((u) => u.startsWith('file:'))
      .map((u) => fileURLToPath(u))
      .filter((p) => p.startsWith(DIST))
      .map((p) => basename(p)),
  );
}

/** Which dist/ files a run of the CLI required as CommonJS (require.cache at exit: the ESM tracer does not see them). */
function requiredBy(args: readonly string[]): Set<string> {
  const trace = join(tempDir('declare-trace-'), 'required.txt');
  const probe = `import { createRequire } from 'node:module'; import { writeFileSync } from 'node:fs'; process.on('exit', () => writeFileSync(process.env.DECLARE_TRACE_CJS, Object.keys(createRequire(process.execPath).cache).join('\\n')));`;
  const r = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(probe)}`, BIN, ...args], {
    cwd: tempDir(),
    encoding: 'utf8',
    env: { ...process.env, DECLARE_TRACE_CJS: trace, NO_COLOR: '1' },
  });
  expect(r.status, r.stderr).toBe(0);
  return new Set(
    readFileSync(trace, 'utf8')
      .split('\n')
      .filter((p) => p.startsWith(DIST))
      .map((p) => basename(p)),
  );
}

/**
 * Markers: esbuild keeps each bundled module's path as a comment; bundled.ts
 * names the shipped font files. REQUIRED code is in dist/ and render loads it;
 * OPTIONAL code may be bundled for other commands (or not at all any more:
 * exceljs was replaced by our own XLSX writer), and validate must not load it.
 * fontkit is only for a user's --font (the bundled fonts are read directly):
 * it is dist/fontkit.cjs, required on demand, and render does not load it.
 */
const REQUIRED = {
  pdfkit: 'node_modules/pdfkit/',
  fonts: 'NotoSerifSC-Regular.ttf',
  'document writers': 'src/writers/',
};
const OPTIONAL = {
  // Only a user's --font needs fontkit (dist/fontkit.cjs): the bundled fonts are read directly.
  fontkit: 'node_modules/fontkit/',
  exceljs: 'node_modules/exceljs/',
  'pdfjs-dist': 'node_modules/pdfjs-dist/',
};

describe('each command loads only what it needs', () => {
  it('validate loads no fonts, no PDF or XLSX code, no exceljs or pdfjs', () => {
    const loaded = loadedBy(['validate', EXAMPLES]);
    expect(loaded.size).toBeGreaterThan(0);
    for (const [name, marker] of Object.entries({ ...REQUIRED, ...OPTIONAL })) {
      const chunks = chunksWith(marker);
      if (name in REQUIRED) expect(chunks.length, `${name} is somewhere in dist/`).toBeGreaterThan(0);
      expect(chunks.filter((c) => loaded.has(c)), `${name} loaded by validate`).toEqual([]);
    }
  });

  it('render does load the required ones (so the check above can see them)', () => {
    const out = tempDir();
    const loaded = loadedBy(['render', join(EXAMPLES, '机关服务费.yaml'), '-o', out]);
    for (const [name, marker] of Object.entries(REQUIRED)) expect(chunksWith(marker).some((c) => loaded.has(c)), name).toBe(true);
  });

  it('fontkit, a file of its own, is required only for a --font', () => {
    expect(chunksWith(OPTIONAL.fontkit)).toEqual(['fontkit.cjs']);
    const latin = createRequire(import.meta.url).resolve('pdfjs-dist/standard_fonts/LiberationSans-Regular.ttf');
    const form = join(EXAMPLES, '机关服务费.yaml');
    expect(requiredBy(['render', form, '-o', tempDir()]).has('fontkit.cjs')).toBe(false);
    expect(requiredBy(['render', form, '--font', latin, '-o', tempDir()]).has('fontkit.cjs')).toBe(true);
  });
});
