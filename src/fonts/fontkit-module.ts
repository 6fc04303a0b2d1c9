import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as Fontkit from 'fontkit';

let fontkit: typeof Fontkit | undefined;

/**
 * fontkit, loaded the first time a font needs it: only a user's --font does
 * (the bundled fonts are read by TrueTypeFile). Evaluating fontkit (its
 * Unicode tables and shapers) cost about 50 ms of every render, and parsing
 * its code about 10 ms more, so the package build puts it in a file of its
 * own, dist/fontkit.cjs, loaded here on demand (synchronously: font loading
 * is). Run from the sources (tests), it comes from node_modules.
 */
export function loadFontkit(): typeof Fontkit {
  if (!fontkit) {
    const load = createRequire(import.meta.url);
    const built = fileURLToPath(new URL('./fontkit.cjs', import.meta.url));
    fontkit = load(existsSync(built) ? built : 'fontkit') as typeof Fontkit;
  }
  return fontkit;
}
