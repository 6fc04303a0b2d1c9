// Builds dist/ with esbuild: our code and its dependencies in a few files
// instead of several hundred modules, which is most of a short run's start-up
// time (declare --help, validating or rendering one form). Rendering code is
// split into chunks loaded only by render and summary (and, the same way, any
// later command that needs a large library: it becomes a chunk that only that
// command imports). fontkit, needed only for a user's --font, is a file of its
// own, and a few parts of dependencies that cost start-up time and that we
// never use are replaced (see the plugins). Type checking is separate:
// `npm run typecheck`.
//
// `--package` (npm's prepare and prepack: git installs and `npm pack`) also
// copies what a published package needs besides code: the two font weights the
// renderer uses, into fonts/ (see ship-fonts.mjs).
//
// Paths come from fileURLToPath, never URL.pathname: a clone in a folder with
// spaces or Chinese characters (percent-encoded in a URL), or on Windows
// (`/C:/…`), must build.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEsbuild } from './build-tools.mjs';
import { shipFonts } from './ship-fonts.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// fontkit needs brotli only for WOFF2, which we refuse; loading it decodes a large dictionary.
const noBrotli = {
  name: 'no-brotli',
  setup(b) {
    b.onResolve({ filter: /^brotli(\/.*)?$/ }, () => ({ path: join(root, 'src/fonts/no-brotli.ts') }));
  },
};
// unicode-trie (linebreak's Unicode table, which layout needs; fontkit's) inflates its data with tiny-inflate,
// in JavaScript: ~15 ms of every render. src/util/native-inflate.cjs does the same with Node's zlib.
const nativeInflate = {
  name: 'native-inflate',
  setup(b) {
    b.onResolve({ filter: /^tiny-inflate$/ }, () => ({ path: join(root, 'src/util/native-inflate.cjs') }));
  },
};
// pdf.js (bundled for `declare import`) tries `await import('canvas')` and `await import('path2d')`, its
// optional dependencies, inside try/catch: only to draw pages, which we never do (we read their text).
// Left alone, what esbuild does depends on what npm happened to install: nothing when they are absent
// (the import stays as it is and fails at run time), path2d bundled when present, and a failed build
// when canvas is present without its native binary (`npm ci --ignore-scripts`, as in build-tools.mjs, or
// a failed compile). Both resolve instead to one module that throws when loaded, so pdf.js takes its
// "not installed" path everywhere, a consumer's own canvas is never picked up, and dist/ is the same
// bytes with or without them in node_modules.
const noPdfjsCanvas = {
  name: 'no-pdfjs-canvas',
  setup(b) {
    b.onResolve({ filter: /^(canvas|path2d)$/ }, (a) =>
      /[\\/]node_modules[\\/]pdfjs-dist[\\/]/.test(a.importer) ? { path: 'pdfjs-canvas', namespace: 'no-pdfjs-canvas' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'no-pdfjs-canvas' }, () => ({
      contents: "throw new Error('declare-cli does not bundle canvas or path2d: pdf.js is used to read text, never to draw pages');",
      loader: 'js',
    }));
  },
};
// yaml's package points Node at its CommonJS build. Bundled, every call our code makes into it (isMap,
// isScalar… on every node of every file) goes through a getter esbuild adds for CommonJS interop, which the
// profile of `validate` shows as a top cost. Its ES module build (the same code, same version) is bundled
// like our own: direct calls. The builds differ only in how yaml logs a warning (console.warn instead of
// process.emitWarning), and only from toJS() and parse(), which we never call.
const yamlAsModule = {
  name: 'yaml-as-module',
  setup(b) {
    b.onResolve({ filter: /^yaml$/ }, () => ({ path: join(root, 'node_modules/yaml/browser/index.js') }));
  },
};
const { build } = await loadEsbuild(root);
rmSync(join(root, 'dist'), { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: {
    run: 'src/cli/run.ts',
    'check-worker': 'src/check/check-worker.ts',
    // The language server's checking thread; loaded only by `declare lsp`.
    'lsp-worker': 'src/lsp/worker.ts',
    'generated-files': 'src/docs/generated-files.ts',
    // The library (package.json `exports`): what another program imports.
    api: 'src/api/index.ts',
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
  // Everything else is bundled: the package's only runtime files are dist/ and the two fonts.
  external: ['@expo-google-fonts/*'],
  plugins: [
    noBrotli,
    nativeInflate,
    noPdfjsCanvas,
    yamlAsModule,
    {
      // pdfkit's own fontkit import goes through src/fonts/fontkit-for-pdfkit.ts, which loads fontkit
      // (dist/fontkit.cjs, below) only if pdfkit ever opens a font itself: we hand it font objects, and
      // the bundled fonts are read without fontkit. Its AES (only for password-protected PDFs, which we
      // never write) is left out: it builds tables when loaded.
      name: 'pdfkit-lazy-parts',
      setup(b) {
        b.onResolve({ filter: /^fontkit$/ }, (a) => (/[\\/]node_modules[\\/]pdfkit[\\/]/.test(a.importer) ? { path: join(root, 'src/fonts/fontkit-for-pdfkit.ts') } : undefined));
        b.onResolve({ filter: /^@noble\/ciphers\/aes(\.js)?$/ }, (a) =>
          /[\\/]node_modules[\\/]pdfkit[\\/]/.test(a.importer) ? { path: join(root, 'src/writers/no-pdf-encryption.ts') } : undefined,
        );
      },
    },
  ],
  // Bundled CommonJS (commander) requires Node built-ins; ESM has no `require` unless we make one.
  banner: { js: "import { createRequire as __declareCreateRequire } from 'node:module'; const require = __declareCreateRequire(import.meta.url);" },
  // Licences go to one file (below): a bundled package's notice must travel with its code.
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});

// fontkit in a file of its own, required only when a font needs it (src/fonts/fontkit-module.ts): a user's
// --font. Kept out of the chunks every render loads, whose code Node parses whether it runs or not.
const fontkit = await build({
  absWorkingDir: root,
  stdin: { contents: "module.exports = require('fontkit');", resolveDir: root, sourcefile: 'fontkit-entry.cjs' },
  outfile: 'dist/fontkit.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  plugins: [noBrotli, nativeInflate],
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});

const inputs = [...Object.keys(result.metafile.inputs), ...Object.keys(fontkit.metafile.inputs)];
writeFileSync(join(root, 'dist', 'THIRD-PARTY-LICENSES.txt'), thirdPartyLicenses(inputs));

if (process.argv.includes('--package')) {
  shipFonts(root);
  libraryTypes();
}

/**
 * dist/types: the library's type declarations (tsconfig.types.json), for
 * package.json `exports`. Only when packaging: tsc takes seconds, and the
 * tests type-check the sources themselves.
 */
function libraryTypes() {
  const tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.types.json')], { cwd: root, stdio: ['ignore', 2, 2] });
  if (r.status !== 0) {
    process.stderr.write(`declare-cli: 无法生成类型声明（tsc ${r.error?.message ?? `退出码 ${r.status}`}）。\n`);
    process.exit(1);
  }
}

/** Name, version, licence and licence text of every package whose code is in dist/. */
function thirdPartyLicenses(inputs) {
  const packages = new Map();
  for (const input of inputs) {
    const at = input.lastIndexOf('node_modules/');
    if (at < 0) continue;
    const rest = input.slice(at + 'node_modules/'.length).split('/');
    const dir = join(root, input.slice(0, at), 'node_modules', ...rest.slice(0, rest[0].startsWith('@') ? 2 : 1));
    if (!packages.has(dir)) packages.set(dir, JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')));
  }
  const sections = [...packages]
    .sort(([, a], [, b]) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.version < b.version ? -1 : 1))
    .map(([dir, pkg]) => {
      const file = readdirSync(dir).find((f) => /^(licen[sc]e|copying)(\.|$)/i.test(f));
      const license = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? 'see package');
      const text = file ? readFileSync(join(dir, file), 'utf8').trim() : `(no licence file in the package; package.json says ${license})`;
      return `${pkg.name} ${pkg.version} — ${license}\n\n${text}\n`;
    });
  return [
    'dist/ bundles the following packages from npm. Their licences follow, each as the package ships it.',
    '',
    ...sections.flatMap((s) => ['-'.repeat(78), s]),
  ].join('\n');
}
