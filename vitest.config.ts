import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Packing and installing the project takes minutes: `npm run test:pack` (test/pack/vitest.config.ts).
    exclude: [...configDefaults.exclude, 'test/pack/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // PDF/XLSX rendering and end-to-end runs are CPU-bound; two cores here.
    pool: 'forks',
  },
});
