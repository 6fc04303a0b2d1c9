import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';

const EXCLUDE = [...configDefaults.exclude, 'test/pack/**'];

/** Test files that replace a module (vi.mock): they need a module graph of their own. */
function mockingFiles(dir = 'test'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return p === join('test', 'pack') ? [] : mockingFiles(p);
    return e.name.endsWith('.test.ts') && /\bvi\.(mock|doMock)\(/.test(readFileSync(p, 'utf8')) ? [p] : [];
  });
}
const MOCKING = mockingFiles();

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Separate processes, not threads: test/helpers/run.ts changes the working folder, which a thread cannot.
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['test/**/*.test.ts'],
          // Packing and installing the project takes minutes: `npm run test:pack` (test/pack/vitest.config.ts).
          exclude: [...EXCLUDE, ...MOCKING],
          // Test files share a worker's module cache instead of loading the
          // compiler afresh in a new module graph for each of ~130 files: that
          // loading was over half the suite's CPU time (180 → 75 CPU-seconds).
          // It asks of every test what it should do anyway: restore what it
          // changes (process.env, the working folder, stdout) and keep no state
          // in modules. A file that replaces a module (vi.mock) cannot share:
          // it runs in the project below, found by its content.
          isolate: false,
        },
      },
      { extends: true, test: { name: 'isolated', include: MOCKING.length > 0 ? MOCKING : ['no-such-file'], exclude: EXCLUDE, isolate: true } },
    ],
  },
});
