import type { Text } from '../diagnostics/types.js';
import { bothLanguages } from '../messages/index.js';
import { existsSync } from 'node:fs';
import { MAX_FONT_BYTES } from '../load/limits.js';
import { isNotRegular, readLimited } from '../load/read-limited.js';
import { resolve } from 'node:path';
import type * as fontkit from 'fontkit';
import { loadFontkit } from './fontkit-module.js';
import { TrueTypeFile } from './truetype-file.js';
import { trueTypeFace } from './truetype-face.js';
import { GlyphMetrics, unshapedFont } from './unshaped.js';

/** One loaded font face, shared by every document the process renders. */
export interface Face {
  /** Stable name the layout uses to refer to this face. */
  readonly id: string;
  /** As the user gave it (`/path/simsun.ttc#SimSun`), for messages. */
  readonly spec: string;
  readonly unitsPerEm: number;
  /** Cached glyph ids (0 when the face lacks the character) and advances in font units: what layout measures with. */
  readonly metrics: { glyph(codePoint: number): { readonly id: number; readonly advance: number } };
  /** What pdfkit draws with: glyphs placed at exactly the measured advances (see unshapedFont). */
  readonly pdfFont: object;
}

/** A face fontkit opened: any font a user names with --font. */
export interface FontkitFace extends Face {
  readonly font: fontkit.Font;
}

/** A --font that cannot be used: the command's own failure (exit 2), said in both languages. */
export class FontLoadError extends Error {
  override readonly name = 'FontLoadError';
  constructor(readonly text: Text) {
    super(text.en);
  }
}

/**
 * `simsun.ttc#NSimSun` names one face of a collection. A path that exists
 * as written is taken whole, even if it contains `#`.
 */
export function parseFontSpec(spec: string): { path: string; faceName?: string } {
  const hash = spec.lastIndexOf('#');
  if (hash <= 0 || hash === spec.length - 1 || existsSync(spec)) return { path: spec };
  return { path: spec.slice(0, hash), faceName: spec.slice(hash + 1) };
}

// A CJK font is 10–20 MB: read and parse each one once per process.
const bytesCache = new Map<string, Buffer>();
const faceCache = new Map<string, Face>();

/**
 * A font the package ships (Noto Serif SC): read directly, only the parts a
 * document uses (see TrueTypeFile), so rendering a form neither loads
 * fontkit nor reads 30 MB of fonts. Measures and embeds exactly as the same
 * font opened by fontkit would; a font TrueTypeFile does not handle is
 * opened by fontkit.
 */
export function loadBundledFace(path: string, id: string): Face {
  const key = `${id}\0${path}\0bundled`;
  let face = faceCache.get(key);
  if (!face) {
    const file = TrueTypeFile.open(path);
    face = file ? trueTypeFace(file, id, path) : loadFace(path, id);
    faceCache.set(key, face);
  }
  return face;
}

export function loadFace(spec: string, id: string): FontkitFace {
  const key = `${id}\0${spec}`;
  const cached = faceCache.get(key) as FontkitFace | undefined;
  if (cached) return cached;
  const { path, faceName } = parseFontSpec(spec);
  const abs = resolve(path);
  refuseWoff(abs, undefined);
  let bytes = bytesCache.get(abs);
  if (!bytes) {
    // Read as safely as a declaration: a FIFO or /dev/zero given as a font is refused, never read forever.
    const read = readLimited(abs, MAX_FONT_BYTES);
    if (read.ok === 'too-large') {
      const mb = Math.ceil(read.size / (1024 * 1024));
      throw new FontLoadError(bothLanguages('font-load', 'too-large', { path, mb, limitMb: MAX_FONT_BYTES / (1024 * 1024) }));
    }
    if (read.ok === false) {
      const e = read.error;
      if (isNotRegular(e)) throw new FontLoadError(bothLanguages('font-load', 'not-regular', { path, kind: e.kind }));
      if (e.code === 'EISDIR') throw new FontLoadError(bothLanguages('font-load', 'is-folder', { path }));
      throw new FontLoadError(bothLanguages('font-load', 'cannot-read', { path, code: e.code ?? e.message }));
    }
    bytes = read.bytes;
    refuseWoff(abs, bytes);
    bytesCache.set(abs, bytes);
  }
  let opened: fontkit.Font | fontkit.FontCollection;
  try {
    opened = loadFontkit().create(bytes);
  } catch (e) {
    throw new FontLoadError(bothLanguages('font-load', 'unreadable', { path, detail: (e as Error).message }));
  }
  const font = pickFace(opened, path, faceName);
  const metrics = new GlyphMetrics(font);
  const face = { id, spec, font, unitsPerEm: font.unitsPerEm, metrics, pdfFont: unshapedFont(metrics) };
  faceCache.set(key, face);
  return face;
}

function pickFace(opened: fontkit.Font | fontkit.FontCollection, path: string, faceName: string | undefined): fontkit.Font {
  if (!isCollection(opened)) {
    if (faceName !== undefined) throw new FontLoadError(bothLanguages('font-load', 'not-collection', { path, face: faceName }));
    return opened;
  }
  const faces = opened.fonts;
  if (faces.length === 0) throw new FontLoadError(bothLanguages('font-load', 'empty-collection', { path }));
  if (faceName === undefined) return faces[0]!;
  // Accept what users see in font menus too, not only the PostScript name.
  const wanted = faceName.toLowerCase();
  const hit = faces.find((f) => [f.postscriptName, f.fullName, f.familyName].some((n) => typeof n === 'string' && n.toLowerCase() === wanted));
  if (!hit) {
    const names = faces.map((f) => f.postscriptName).join(', ');
    throw new FontLoadError(bothLanguages('font-load', 'no-such-face', { path, face: faceName, names }));
  }
  return hit;
}

function isCollection(f: fontkit.Font | fontkit.FontCollection): f is fontkit.FontCollection {
  return f.type === 'TTC' || f.type === 'DFont';
}

/** pdfkit subsets WOFF fonts about 100× slower than TTF: refuse them up front with a way out. */
function refuseWoff(path: string, bytes: Buffer | undefined): void {
  const magic = bytes?.subarray(0, 4).toString('latin1');
  if (/\.woff2?$/i.test(path) || magic === 'wOFF' || magic === 'wOF2') {
    throw new FontLoadError(
      bothLanguages('font-load', 'woff', { path }),
    );
  }
}
