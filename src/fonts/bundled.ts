import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { packageRoot } from '../util/package-root.js';

/**
 * The bundled default, Noto Serif SC: a Song-style (明朝/宋体) serif like the
 * official forms, under the OFL, covering GB 18030's common ideographs. Full
 * TTFs (not WOFF, which pdfkit handles ~100× slower).
 *
 * An installed package carries just these two weights in fonts/ (copied by
 * scripts/ship-fonts.mjs when it is packed); a clone of the repository reads
 * them from the dev dependency they are copied from.
 */
const SHIPPED = { regular: 'NotoSerifSC-Regular.ttf', bold: 'NotoSerifSC-Bold.ttf' } as const;
const DEV_DEPENDENCY = {
  regular: '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf',
} as const;

export function bundledFontPath(weight: 'regular' | 'bold'): string {
  const shipped = join(packageRoot(), 'fonts', SHIPPED[weight]);
  if (existsSync(shipped)) return shipped;
  try {
    return createRequire(import.meta.url).resolve(DEV_DEPENDENCY[weight]);
  } catch {
    throw new Error(`the bundled font is missing: neither ${shipped} nor the dev dependency ${DEV_DEPENDENCY[weight]} exists (reinstall declare-cli)`);
  }
}
