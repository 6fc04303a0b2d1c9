import type { Face } from './load-face.js';
import type { TrueTypeFile } from './truetype-file.js';
import { TrueTypeSubset } from './truetype-subset.js';
import { unshapedLayout } from './unshaped.js';

/**
 * A face read with TrueTypeFile instead of fontkit (the bundled Noto Serif
 * SC). Layout measures with the same glyph ids and advances fontkit gives,
 * and pdfkit draws with an object offering the part of fontkit's Font it
 * uses (pdfkit accepts any font object with a layout()): the font-wide
 * metrics of its FontDescriptor, unshaped layout, and a subset whose bytes
 * equal fontkit's.
 */
export function trueTypeFace(file: TrueTypeFile, id: string, spec: string): Face {
  const glyphs = new Map<number, { readonly id: number; readonly advance: number }>();
  const glyph = (codePoint: number) => {
    let g = glyphs.get(codePoint);
    if (g === undefined) {
      const gid = file.glyphId(codePoint);
      g = { id: gid, advance: file.advance(gid) };
      glyphs.set(codePoint, g);
    }
    return g;
  };
  const pdfFont = {
    postscriptName: file.postscriptName,
    unitsPerEm: file.unitsPerEm,
    ascent: file.ascent,
    descent: file.descent,
    lineGap: file.lineGap,
    xHeight: file.xHeight,
    capHeight: file.capHeight,
    italicAngle: file.italicAngle,
    bbox: file.bbox,
    'OS/2': { sFamilyClass: file.familyClass },
    post: { isFixedPitch: file.isFixedPitch ? 1 : 0 },
    head: { macStyle: { italic: file.italic } },
    getGlyph: (gid: number) => ({ id: gid, advanceWidth: file.advance(gid) }),
    layout: unshapedLayout(glyph),
    createSubset: () => new TrueTypeSubset(file),
  };
  return { id, spec, unitsPerEm: file.unitsPerEm, metrics: { glyph }, pdfFont };
}
