import type * as fontkit from 'fontkit';

/** The few glyph facts layout and the PDF need, read straight from the cmap and hmtx tables and cached. */
export class GlyphMetrics {
  private readonly ids = new Map<number, number>();
  private readonly advances = new Map<number, number>();
  private readonly hmtx: { metrics: { length: number; get(i: number): { advance: number } | undefined } };

  constructor(readonly font: fontkit.Font) {
    // `font.hmtx` is fontkit's parsed table; glyph.advanceWidth would also decode each glyph's outline header.
    this.hmtx = (font as unknown as { hmtx: GlyphMetrics['hmtx'] }).hmtx;
  }

  /** 0 (.notdef) when the font lacks the character. */
  glyphId(codePoint: number): number {
    let id = this.ids.get(codePoint);
    if (id === undefined) {
      id = this.font.hasGlyphForCodePoint(codePoint) ? this.font.glyphForCodePoint(codePoint).id : 0;
      this.ids.set(codePoint, id);
    }
    return id;
  }

  /** In font units; glyphs past the end of hmtx share its last advance (OpenType's rule for monospaced tails). */
  advance(glyphId: number): number {
    let a = this.advances.get(glyphId);
    if (a === undefined) {
      const m = this.hmtx.metrics;
      a = (glyphId < m.length ? m.get(glyphId) : m.get(m.length - 1))?.advance ?? 0;
      this.advances.set(glyphId, a);
    }
    return a;
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
  const layout = (text: string) => {
    const glyphs: PlainGlyph[] = [];
    const positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[] = [];
    let advanceWidth = 0;
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      const id = metrics.glyphId(cp);
      const adv = metrics.advance(id);
      glyphs.push({ id, advanceWidth: adv, codePoints: [cp] });
      positions.push({ xAdvance: adv, yAdvance: 0, xOffset: 0, yOffset: 0 });
      advanceWidth += adv;
    }
    return { glyphs, positions, advanceWidth };
  };
  return new Proxy(font, {
    get(target, prop) {
      if (prop === 'layout') return layout;
      const v: unknown = Reflect.get(target, prop, target);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}
