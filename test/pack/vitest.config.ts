import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * `npm run test:pack`: packs and installs the project as users do (npm pack,
 * npm install of the tarball, of the folder, of a git+file:// URL). Minutes,
 * not seconds, and it needs the npm registry: kept out of `npm test`, run by
 * .ci/run after it.
 */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/pack/**/*.test.ts'],
    testTimeout: 15 * 60_000,
    hookTimeout: 15 * 60_000,
    pool: 'forks',
  },
});
