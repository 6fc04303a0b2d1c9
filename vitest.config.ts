import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Packing and installing the project takes minutes: `npm run test:pack` (test/pack/vitest.config.ts).
    exclude: [...configDefaults.exclude, 'test/pack/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Separate processes, not threads: test/helpers/run.ts changes the working folder, which a thread cannot.
    pool: 'forks',
    // Test files share a worker's module cache instead of loading the compiler
    // afresh in a new module graph for each of ~130 files: that loading was
    // over half the suite's CPU time (180 → 75 CPU-seconds). It asks of every
    // test what it should do anyway: restore what it changes (process.env,
    // the working folder, stdout) and keep no state in modules.
    isolate: false,
    // Vitest starts CPUs − 1 workers by default: one on a 2-core machine. Many
    // tests wait on a child process (the built CLI, npm, bash), so at least two
    // workers on two cores halve the wall time (103 → 59 s here) without oversubscribing.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
