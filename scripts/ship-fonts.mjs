// The renderer draws with two weights of Noto Serif SC. They come from the dev
// dependency @expo-google-fonts/noto-serif-sc, which holds eight weights
// (≈ 115 MB installed); a published package carries only the two it uses, in
// fonts/, with the font licence (SIL OFL 1.1) beside them. src/fonts/bundled.ts
// reads fonts/ when it is there (an installed package) and the dev dependency
// otherwise (a fresh clone before `npm pack`).
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** File names in fonts/; src/fonts/bundled.ts reads the same names. */
export const SHIPPED_FONTS = {
  'NotoSerifSC-Regular.ttf': '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  'NotoSerifSC-Bold.ttf': '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf',
};

export function shipFonts(root) {
  const require = createRequire(join(root, 'package.json'));
  const out = join(root, 'fonts');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const [name, spec] of Object.entries(SHIPPED_FONTS)) copyFileSync(require.resolve(spec), join(out, name));
  const pkgDir = dirname(require.resolve('@expo-google-fonts/noto-serif-sc/package.json'));
  copyFileSync(join(pkgDir, 'LICENSE_FONT'), join(out, 'OFL.txt'));
  const { version } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  writeFileSync(
    join(out, 'README.md'),
    [
      '# Fonts',
      '',
      'Noto Serif SC (思源宋体), Regular and Bold: the fonts `declare render` and `declare summary` embed in PDFs.',
      `Copied unchanged from the npm package @expo-google-fonts/noto-serif-sc ${version} when this package was built.`,
      'Licensed under the SIL Open Font License 1.1: see OFL.txt.',
      '',
    ].join('\n'),
  );
  const mb = Object.keys(SHIPPED_FONTS).reduce((s, n) => s + statSync(join(out, n)).size, 0) / 1e6;
  // stderr: `npm pack --json` prints its JSON on stdout, after what prepack prints.
  process.stderr.write(`fonts/: ${Object.keys(SHIPPED_FONTS).join(', ')} (${mb.toFixed(1)} MB) and OFL.txt\n`);
}
