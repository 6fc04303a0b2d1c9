import type { DocPath } from '../diagnostics/types.js';
import type { Sheet } from '../layout/grid.js';
import { drawableText, type Measurer, type Weight } from '../layout/measure.js';

/** A character no configured font can draw, and where it comes from. */
export interface MissingGlyph {
  readonly char: string;
  /** `U+10FFFD` is codePoint 0x10FFFD. */
  readonly codePoint: number;
  readonly path: DocPath;
}

/**
 * Every character of the sheet that no face covers, once per character and
 * source path. A PDF would show such a character as a blank box (tofu), and
 * an official form must not silently lose text, so the caller refuses to
 * render and reports these at their file:line:col instead.
 */
export function missingGlyphs(sheet: Sheet, m: Measurer): MissingGlyph[] {
  const out: MissingGlyph[] = [];
  const seen = new Set<string>();
  const check = (text: string, weight: Weight, path: DocPath) => {
    for (const ch of drawableText(text)) {
      if (ch === '\n' || ch === ' ') continue;
      const cp = ch.codePointAt(0)!;
      if (m.glyph(cp, weight)) continue;
      const key = `${cp}\0${JSON.stringify(path)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ char: ch, codePoint: cp, path });
    }
  };
  for (const h of sheet.heading) check(h.text, h.weight, h.path);
  for (const c of sheet.grid.cells) check(c.text, c.weight, c.path);
  return out;
}

/** `U+1F600` */
export function codePointLabel(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}
