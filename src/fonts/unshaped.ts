import type * as fontkit from 'fontkit';

/**
 * The few glyph facts layout and the PDF need, through fontkit's public API
 * and cached per character: a form uses a few thousand distinct characters,
 * each looked up once per process.
 */
export class GlyphMetrics {
  private readonly glyphs = new Map<number, { readonly id: number; readonly advance: number }>();

  constructor(readonly font: fontkit.Font) {}

  /** Glyph id (0, .notdef, when the font lacks the character) and advance width in font units. */
  glyph(codePoint: number): { readonly id: number; readonly advance: number } {
    let g = this.glyphs.get(codePoint);
    if (g === undefined) {
      const glyph = this.font.hasGlyphForCodePoint(codePoint) ? this.font.glyphForCodePoint(codePoint) : this.font.getGlyph(0);
      g = { id: glyph.id, advance: glyph.advanceWidth };
      this.glyphs.set(codePoint, g);
    }
    return g;
  }
}

interface PlainGlyph {
  readonly id: number;
  readonly advanceWidth: number;
  readonly codePoints: readonly number[];
}

/**
 * The same font for pdfkit, but its layout() maps each character to its
 * glyph one to one at its advance width, without OpenType shaping.
 * Our layout positions every glyph by its advance width, so this draws
 * exactly what was measured (no kerning or ligature moving text), and it
 * skips fontkit's shaper, which was the largest cost of writing a PDF.
 * Forms are Chinese and Latin text, which need no shaping; a complex script
 * (Arabic, Devanagari) would be drawn unjoined.
 */
export function unshapedFont(metrics: GlyphMetrics): fontkit.Font {
  const font = metrics.font;
  const layout = unshapedLayout((cp) => metrics.glyph(cp));
  return new Proxy(font, {
    get(target, prop) {
      if (prop === 'layout') return layout;
      const v: unknown = Reflect.get(target, prop, target);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

/** A pdfkit font's layout(): one glyph per character, each at its advance width (see unshapedFont). */
export function unshapedLayout(glyph: (codePoint: number) => { readonly id: number; readonly advance: number }) {
  return (text: string) => {
    const glyphs: PlainGlyph[] = [];
    const positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[] = [];
    let advanceWidth = 0;
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      const { id, advance: adv } = glyph(cp);
      glyphs.push({ id, advanceWidth: adv, codePoints: [cp] });
      positions.push({ xAdvance: adv, yAdvance: 0, xOffset: 0, yOffset: 0 });
      advanceWidth += adv;
    }
    return { glyphs, positions, advanceWidth };
  };
}
