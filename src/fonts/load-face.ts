import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as fontkit from 'fontkit';

/** One loaded font face; `font` is shared by every document the process renders. */
export interface Face {
  /** Stable name the layout uses to refer to this face. */
  readonly id: string;
  /** As the user gave it (`/path/simsun.ttc#SimSun`), for messages. */
  readonly spec: string;
  readonly font: fontkit.Font;
}

export class FontLoadError extends Error {
  override readonly name = 'FontLoadError';
}

/** `simsun.ttc#NSimSun` names one face of a collection; other paths are taken whole. */
export function parseFontSpec(spec: string): { path: string; faceName?: string } {
  const m = /^(.*\.(?:ttc|otc|dfont))#(.+)$/i.exec(spec);
  return m ? { path: m[1]!, faceName: m[2]! } : { path: spec };
}

// A CJK font is 10–20 MB: read and parse each one once per process.
const bytesCache = new Map<string, Buffer>();
const faceCache = new Map<string, Face>();

export function loadFace(spec: string, id: string): Face {
  const key = `${id}\0${spec}`;
  const cached = faceCache.get(key);
  if (cached) return cached;
  const { path, faceName } = parseFontSpec(spec);
  const abs = resolve(path);
  refuseWoff(abs, undefined);
  let bytes = bytesCache.get(abs);
  if (!bytes) {
    try {
      bytes = readFileSync(abs);
    } catch (e) {
      throw new FontLoadError(`cannot read font ${path}: ${(e as Error).message}`);
    }
    refuseWoff(abs, bytes);
    bytesCache.set(abs, bytes);
  }
  let opened: fontkit.Font | fontkit.FontCollection;
  try {
    opened = fontkit.create(bytes);
  } catch (e) {
    throw new FontLoadError(`${path} is not a font fontkit can read (TTF, OTF or TTC): ${(e as Error).message}`);
  }
  const face = { id, spec, font: pickFace(opened, path, faceName) };
  faceCache.set(key, face);
  return face;
}

function pickFace(opened: fontkit.Font | fontkit.FontCollection, path: string, faceName: string | undefined): fontkit.Font {
  if (!isCollection(opened)) {
    if (faceName !== undefined) throw new FontLoadError(`${path} is a single font, not a collection: remove #${faceName}`);
    return opened;
  }
  const faces = opened.fonts;
  if (faces.length === 0) throw new FontLoadError(`${path} contains no fonts`);
  if (faceName === undefined) return faces[0]!;
  // Accept what users see in font menus too, not only the PostScript name.
  const wanted = faceName.toLowerCase();
  const hit = faces.find((f) => [f.postscriptName, f.fullName, f.familyName].some((n) => typeof n === 'string' && n.toLowerCase() === wanted));
  if (!hit) {
    const names = faces.map((f) => f.postscriptName).join(', ');
    throw new FontLoadError(`${path} has no face named ${faceName}; it contains: ${names}`);
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
      `${path} is a WOFF web font; use the TTF/OTF/TTC version instead (WOFF makes PDF output about 100 times slower)`,
    );
  }
}
