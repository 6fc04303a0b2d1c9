import type * as Fontkit from 'fontkit';
import { loadFontkit } from './fontkit-module.js';

/**
 * What pdfkit's own `import { create } from 'fontkit'` gets in the bundle
 * (scripts/bundle.mjs redirects it here). pdfkit opens a font with it only
 * when given a path or bytes; declare always hands it a font object, so
 * fontkit is loaded only if that ever changes, and not with pdfkit.
 */
export function create(...args: Parameters<typeof Fontkit.create>): ReturnType<typeof Fontkit.create> {
  return loadFontkit().create(...args);
}
