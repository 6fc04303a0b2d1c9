// fontkit ships no type declarations; this is the small part of its API we use.
declare module 'fontkit' {
  export interface Glyph {
    readonly id: number;
    readonly advanceWidth: number;
    readonly codePoints: readonly number[];
  }

  export interface Font {
    readonly type: string;
    readonly postscriptName: string;
    readonly fullName: string;
    readonly familyName: string;
    readonly subfamilyName: string;
    readonly unitsPerEm: number;
    readonly ascent: number;
    readonly descent: number;
    readonly lineGap: number;
    readonly numGlyphs: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): Glyph;
    getGlyph(glyphId: number, codePoints?: readonly number[]): Glyph;
    layout(text: string, features?: readonly string[] | Record<string, boolean>): { glyphs: Glyph[]; advanceWidth: number };
  }

  export interface FontCollection {
    readonly type: 'TTC' | 'DFont';
    readonly fonts: Font[];
    getFont(postscriptName: string): Font | null;
  }

  export function create(buffer: Uint8Array, postscriptName?: string): Font | FontCollection;
}
