// Builds dist/ with esbuild: our code and its dependencies in a few files
// instead of several hundred modules, which is most of a short run's start-up
// time (declare --help, validating or rendering one form). Rendering code is
// split into chunks loaded only by render and summary. exceljs stays external
// (its own single-file bundle is loaded directly), as does the font package.
// Type checking is separate: `npm run typecheck` (part of `npm test`).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
rmSync(`${root}dist`, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: {
    run: 'src/cli/run.ts',
    'check-worker': 'src/check/check-worker.ts',
    // The language server's checking thread; loaded only by `declare lsp`.
    'lsp-worker': 'src/lsp/worker.ts',
    'generated-files': 'src/docs/generated-files.ts',
  },
  outdir: 'dist',
  // Entries and chunks side by side, so `new URL('./check-worker.js', import.meta.url)` resolves from any chunk.
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['exceljs', '@expo-google-fonts/*'],
  plugins: [
    {
      // fontkit needs brotli only for WOFF2, which we refuse; loading it decodes a large dictionary.
      name: 'no-brotli',
      setup(b) {
        b.onResolve({ filter: /^brotli(\/.*)?$/ }, () => ({ path: `${root}src/fonts/no-brotli.ts` }));
      },
    },
  ],
  // Bundled CommonJS (commander) requires Node built-ins; ESM has no `require` unless we make one.
  banner: { js: "import { createRequire as __declareCreateRequire } from 'node:module'; const require = __declareCreateRequire(import.meta.url);" },
  legalComments: 'linked',
  logLevel: 'warning',
});
