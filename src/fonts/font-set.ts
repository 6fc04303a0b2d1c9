import type { GlyphChoice, Measurer, Weight } from '../layout/measure.js';
import { bundledFontPath } from './bundled.js';
import { loadBundledFace, loadFace, type Face } from './load-face.js';

/**
 * The faces a document may use, in order of preference per weight: the user's
 * font first (`--font`, e.g. SimSun), then the bundled Noto Serif SC for any
 * character it lacks. A user font has no bold, so bold text in it is
 * emboldened by the PDF backend (fauxBold); characters that fall back use
 * the real bold face.
 */
export interface FontSet extends Measurer {
  readonly faces: ReadonlyMap<string, Face>;
  /** Face for text that no face covers (drawn only after coverage was checked). */
  readonly primary: Record<Weight, string>;
  /** The family name spreadsheet cells ask for: one Excel and WPS know. */
  readonly sheetFontName: string;
  /**
   * How far apart a spreadsheet sets lines of that font, in em: its ascent
   * plus descent plus line gap (for 宋体, SimSun's 0.859 + 0.141, with
   * Excel's customary 20 % more). Rows are made tall enough for it.
   */
  readonly sheetLineHeight: number;
}

/** SimSun's vertical metrics (ascent 859, descent 141, no line gap, per 1000 units) and the 20 % spreadsheets add. */
const SIMSUN_LINE_HEIGHT = 1.0 * 1.2;

export interface FontOptions {
  /** A TTF/OTF/TTC path; a collection may name its face: `simsun.ttc#SimSun`. */
  readonly font?: string;
}

export const BUNDLED_REGULAR = 'NotoSerifSC-Regular';
export const BUNDLED_BOLD = 'NotoSerifSC-Bold';
const USER = 'user';

const sets = new Map<string, FontSet>();

/** One FontSet per `--font` value per process: every form reuses its parsed fonts and glyph widths. */
export function loadFontSet(options: FontOptions = {}): FontSet {
  const key = options.font ?? '';
  let set = sets.get(key);
  if (!set) {
    set = createFontSet(options);
    sets.set(key, set);
  }
  return set;
}

interface Link {
  readonly face: Face;
  readonly fauxBold: boolean;
}

function createFontSet(options: FontOptions): FontSet {
  const regular = loadBundledFace(bundledFontPath('regular'), BUNDLED_REGULAR);
  const bold = loadBundledFace(bundledFontPath('bold'), BUNDLED_BOLD);
  const user = options.font === undefined ? undefined : loadFace(options.font, USER);
  const chains: Record<Weight, Link[]> = {
    regular: [...(user ? [{ face: user, fauxBold: false }] : []), { face: regular, fauxBold: false }],
    bold: [...(user ? [{ face: user, fauxBold: true }] : []), { face: bold, fauxBold: false }],
  };
  const caches: Record<Weight, Map<number, GlyphChoice | null>> = { regular: new Map(), bold: new Map() };
  const faces = new Map([regular, bold, ...(user ? [user] : [])].map((f) => [f.id, f]));

  return {
    faces,
    primary: { regular: chains.regular[0]!.face.id, bold: chains.bold[0]!.face.id },
    sheetFontName: user ? user.font.familyName : '宋体',
    sheetLineHeight: user ? ((user.font.ascent - user.font.descent + (user.font.lineGap ?? 0)) / user.font.unitsPerEm) * 1.2 : SIMSUN_LINE_HEIGHT,
    glyph(codePoint: number, weight: Weight): GlyphChoice | undefined {
      const cache = caches[weight];
      let hit = cache.get(codePoint);
      if (hit === undefined) {
        hit = null;
        for (const { face, fauxBold } of chains[weight]) {
          const g = face.metrics.glyph(codePoint);
          if (g.id !== 0) {
            const advance = g.advance / face.unitsPerEm;
            hit = { face: face.id, fauxBold, advance };
            break;
          }
        }
        cache.set(codePoint, hit);
      }
      return hit ?? undefined;
    },
  };
}
