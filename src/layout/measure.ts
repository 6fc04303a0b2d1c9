/**
 * What layout needs to know about fonts, and nothing more: which face draws a
 * character and how wide it is. Layout stays pure (no pdfkit, no files), so a
 * test can measure with a fake, and both backends draw the same decisions.
 */
export type Weight = 'regular' | 'bold';

export interface GlyphChoice {
  /** Id of the face that draws this character. */
  readonly face: string;
  /** Bold requested but the face has no bold: the PDF backend emboldens it by stroking. */
  readonly fauxBold: boolean;
  /** Advance width in em (multiply by the font size in pt). */
  readonly advance: number;
}

export interface Measurer {
  /** The first configured face that has the character, or undefined when none does. */
  glyph(codePoint: number, weight: Weight): GlyphChoice | undefined;
}

/** A stretch of text drawn with one face. */
export interface FaceRun {
  readonly face: string;
  readonly fauxBold: boolean;
  readonly text: string;
  /** In pt. */
  readonly width: number;
}

/**
 * Uncovered characters still get a width (one em) so layout never fails; the
 * renderer refuses to produce documents while any are left (see coverage).
 */
const MISSING_ADVANCE = 1;

export function textWidth(text: string, size: number, weight: Weight, m: Measurer): number {
  let em = 0;
  for (const ch of text) em += m.glyph(ch.codePointAt(0)!, weight)?.advance ?? MISSING_ADVANCE;
  return em * size;
}

/** Split a line into runs per face (per-character fallback from the user's font to the bundled one). */
export function faceRuns(text: string, size: number, weight: Weight, m: Measurer, fallbackFace: string): FaceRun[] {
  const runs: FaceRun[] = [];
  let cur: { face: string; fauxBold: boolean; text: string; em: number } | undefined;
  for (const ch of text) {
    const g = m.glyph(ch.codePointAt(0)!, weight);
    const face = g?.face ?? fallbackFace;
    const fauxBold = g?.fauxBold ?? false;
    const adv = g?.advance ?? MISSING_ADVANCE;
    if (cur && cur.face === face && cur.fauxBold === fauxBold) {
      cur.text += ch;
      cur.em += adv;
    } else {
      if (cur) runs.push({ face: cur.face, fauxBold: cur.fauxBold, text: cur.text, width: cur.em * size });
      cur = { face, fauxBold, text: ch, em: adv };
    }
  }
  if (cur) runs.push({ face: cur.face, fauxBold: cur.fauxBold, text: cur.text, width: cur.em * size });
  return runs;
}

/**
 * Text as it will be drawn: tabs become spaces; invisible format characters
 * (zero-width joiners, variation selectors, BOM) and other control characters
 * are dropped, since no font draws them and PDF viewers would show boxes.
 */
export function drawableText(s: string): string {
  return s.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(/[\p{Default_Ignorable_Code_Point}\p{Cc}]/gu, (c) => (c === '\n' ? c : ''));
}
