import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import * as fontkit from 'fontkit';
import { bundledFontPath } from '../../src/fonts/bundled.js';
import { TrueTypeFile } from '../../src/fonts/truetype-file.js';
import { TrueTypeSubset } from '../../src/fonts/truetype-subset.js';
import { readFileSync } from 'node:fs';
import { layoutDeclaration } from '../../src/api/render.js';
import { collectBytes, writeDocument } from '../../src/documents/write-document.js';
import { BUNDLED_BOLD, BUNDLED_REGULAR, type FontSet } from '../../src/fonts/font-set.js';
import { loadFace } from '../../src/fonts/load-face.js';
import type { DocumentOutline } from '../../src/writers/document-writer.js';
import { loadExample } from '../helpers/examples.js';

const require = createRequire(import.meta.url);
// Liberation Sans (from pdfjs-dist) has what Noto Serif SC lacks: composite glyphs, cvt and fpgm tables, a format 4 map only.
const FONTS = {
  regular: bundledFontPath('regular'),
  bold: bundledFontPath('bold'),
  latin: require.resolve('pdfjs-dist/standard_fonts/LiberationSans-Regular.ttf'),
};

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe.each(Object.entries(FONTS))('TrueTypeFile reads %s as fontkit does', (_name, path) => {
  const ours = TrueTypeFile.open(path)!;
  const theirs = fontkit.create(readFileSync(path)) as fontkit.Font;

  it('is a font this reader handles', () => expect(ours).toBeDefined());

  it('has the same font-wide facts', () => {
    const f = theirs as unknown as Record<string, unknown> & { 'OS/2': { sFamilyClass: number }; post: { isFixedPitch: number }; head: { macStyle: { italic: boolean } } };
    expect({
      postscriptName: ours.postscriptName,
      unitsPerEm: ours.unitsPerEm,
      ascent: ours.ascent,
      descent: ours.descent,
      lineGap: ours.lineGap,
      xHeight: ours.xHeight,
      capHeight: ours.capHeight,
      italicAngle: ours.italicAngle,
      bbox: { ...ours.bbox },
      familyClass: ours.familyClass,
      isFixedPitch: ours.isFixedPitch,
      italic: ours.italic,
      numGlyphs: ours.numGlyphs,
    }).toEqual({
      postscriptName: f.postscriptName,
      unitsPerEm: f.unitsPerEm,
      ascent: f.ascent,
      descent: f.descent,
      lineGap: f.lineGap,
      xHeight: f.xHeight,
      capHeight: f.capHeight,
      italicAngle: f.italicAngle,
      bbox: { ...(f.bbox as object) },
      familyClass: f['OS/2'].sFamilyClass,
      isFixedPitch: f.post.isFixedPitch !== 0,
      italic: f.head.macStyle.italic,
      numGlyphs: f.numGlyphs,
    });
  });

  it('maps every character to the same glyph, with the same advance', () => {
    const mismatches: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp === 0xd800) cp = 0xe000; // surrogates are no characters
      const id = theirs.hasGlyphForCodePoint(cp) ? theirs.glyphForCodePoint(cp).id : 0;
      if (ours.glyphId(cp) !== id) mismatches.push(`U+${cp.toString(16)}: ${ours.glyphId(cp)} ≠ ${id}`);
      if (mismatches.length > 5) break;
    }
    expect(mismatches).toEqual([]);
    for (let gid = 0; gid < theirs.numGlyphs; gid += gid < 2000 ? 1 : 37) {
      const g = theirs.getGlyph(gid) as fontkit.Glyph & { _getMetrics(): { leftBearing: number } };
      expect([gid, ours.advance(gid), ours.leftBearing(gid)]).toEqual([gid, g.advanceWidth, g._getMetrics().leftBearing]);
    }
  });

  it('embeds the same bytes as fontkit for the same glyphs', () => {
    const next = random(path.length);
    for (const size of [0, 1, 7, 60, 400]) {
      const gids = Array.from({ length: size }, () => Math.floor(next() * theirs.numGlyphs));
      const a = new TrueTypeSubset(ours);
      const b = (theirs as unknown as { createSubset(): { includeGlyph(g: number): number; encode(): Uint8Array } }).createSubset();
      for (const g of gids) expect(a.includeGlyph(g)).toBe(b.includeGlyph(g));
      expect(Buffer.from(a.encode()).equals(Buffer.from(b.encode())), `${size} glyphs`).toBe(true);
    }
  });
});

describe('a PDF drawn with the bundled fonts read directly', () => {
  it('is byte for byte the PDF fontkit’s reading of the same fonts gives', async () => {
    // 400 hanzi spread over the CJK block in the project name: a large subset of the regular face, some of the bold.
    const hanzi = Array.from({ length: 400 }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 97) % 0x5000))).join('');
    const decl = loadExample('网络宣传工作');
    const { fonts, layout } = layoutDeclaration({ ...decl, name: { ...decl.name, value: `网络宣传工作${hanzi}` } });
    expect(fonts.faces.get(BUNDLED_REGULAR)).not.toHaveProperty('font'); // read by TrueTypeFile, not fontkit
    const viaFontkit: FontSet = {
      ...fonts,
      glyph: (cp, weight) => fonts.glyph(cp, weight),
      faces: new Map([...fonts.faces.keys()].map((id) => [id, loadFace(bundledFontPath(id === BUNDLED_BOLD ? 'bold' : 'regular'), id)])),
    };
    const outline: DocumentOutline = { title: 't', sheets: [{ name: 's', orientation: 'portrait' }], date: new Date(Date.UTC(2025, 0, 1)) };
    const pdf = async (set: FontSet) => {
      const sink = collectBytes();
      await writeDocument(outline, set, [{ format: 'pdf', out: sink.out }], [{ layout, pages: layout.pages }]);
      return sink.bytes;
    };
    const [ours, theirs] = [await pdf(fonts), await pdf(viaFontkit)];
    expect(ours.length).toBeGreaterThan(100_000);
    expect(ours.equals(theirs)).toBe(true);
  });
});
