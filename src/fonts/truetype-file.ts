import { closeSync, openSync, readSync } from 'node:fs';

/**
 * A TrueType font read straight from its file, without fontkit: only the
 * small tables layout and a PDF need (character map, advance widths, glyph
 * offsets and a few header fields, about 0.3 MB of a 15 MB CJK font), and
 * the outlines of the glyphs a document draws, read one by one when its
 * PDF is finished (see TrueTypeSubset). Loading fontkit and letting it
 * parse two such fonts was most of the cost of rendering one form.
 *
 * Every value is the one fontkit reports for the same font (the tests
 * compare them over every character), so the bundled faces measure and
 * embed exactly as before. What this reader does not handle (CFF outlines,
 * variable fonts, other character maps, a font collection) it refuses with
 * `undefined`, and fontkit reads that font instead.
 */
export class TrueTypeFile {
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  readonly lineGap: number;
  readonly xHeight: number;
  readonly capHeight: number;
  /** In degrees (the post table's 16.16 fixed-point value). */
  readonly italicAngle: number;
  readonly bbox: { readonly minX: number; readonly minY: number; readonly maxX: number; readonly maxY: number };
  readonly postscriptName: string;
  /** The OS/2 table's sFamilyClass (class in the high byte). */
  readonly familyClass: number;
  readonly isFixedPitch: boolean;
  readonly italic: boolean;
  readonly numGlyphs: number;
  /** Raw tables a PDF subset copies (see TrueTypeSubset). */
  readonly tables: { readonly head: Buffer; readonly hhea: Buffer; readonly maxp: Buffer; readonly cvt?: Buffer; readonly prep?: Buffer; readonly fpgm?: Buffer };
  readonly longLoca: boolean;

  private readonly cmap: CharacterMap;
  private readonly hmtx: Buffer;
  private readonly numberOfMetrics: number;
  private readonly loca: Buffer;
  private readonly glyfOffset: number;

  private constructor(
    readonly path: string,
    t: Tables,
    cmap: CharacterMap,
    postscriptName: string,
    glyfOffset: number,
  ) {
    const { head, hhea, maxp, os2, post } = t;
    this.unitsPerEm = head.readUInt16BE(18);
    this.bbox = Object.freeze({ minX: head.readInt16BE(36), minY: head.readInt16BE(38), maxX: head.readInt16BE(40), maxY: head.readInt16BE(42) });
    this.italic = (head.readUInt16BE(44) & 2) !== 0;
    this.longLoca = head.readInt16BE(50) === 1;
    this.ascent = hhea.readInt16BE(4);
    this.descent = hhea.readInt16BE(6);
    this.lineGap = hhea.readInt16BE(8);
    this.numberOfMetrics = hhea.readUInt16BE(34);
    this.numGlyphs = maxp.readUInt16BE(4);
    this.familyClass = os2.readInt16BE(30);
    this.xHeight = os2.readInt16BE(86);
    this.capHeight = os2.readInt16BE(88);
    this.italicAngle = post.readInt32BE(4) / 65536;
    this.isFixedPitch = post.readUInt32BE(12) !== 0;
    this.tables = { head, hhea, maxp, ...(t.cvt && { cvt: t.cvt }), ...(t.prep && { prep: t.prep }), ...(t.fpgm && { fpgm: t.fpgm }) };
    this.cmap = cmap;
    this.hmtx = t.hmtx;
    this.loca = t.loca;
    this.postscriptName = postscriptName;
    this.glyfOffset = glyfOffset;
  }

  /** The font at `path`, or undefined when it is not a plain TrueType font this reader handles. */
  static open(path: string): TrueTypeFile | undefined {
    const fd = openSync(path, 'r');
    try {
      const header = readAt(fd, 0, 12);
      if (header.readUInt32BE(0) !== 0x00010000) return undefined; // 'OTTO' (CFF), 'ttcf', 'true', WOFF…
      const count = header.readUInt16BE(4);
      const directory = readAt(fd, 12, 16 * count);
      const where = new Map<string, { offset: number; length: number }>();
      for (let i = 0; i < count; i++) {
        const e = 16 * i;
        where.set(directory.toString('latin1', e, e + 4), { offset: directory.readUInt32BE(e + 8), length: directory.readUInt32BE(e + 12) });
      }
      // Variation tables would change advances and outlines; that is fontkit's job.
      if (where.has('fvar') || where.has('gvar') || where.has('HVAR') || !where.has('glyf')) return undefined;
      const table = (tag: string): Buffer | undefined => {
        const w = where.get(tag);
        return w && readAt(fd, w.offset, w.length);
      };
      const t = {
        head: table('head'),
        hhea: table('hhea'),
        maxp: table('maxp'),
        hmtx: table('hmtx'),
        loca: table('loca'),
        os2: table('OS/2'),
        post: table('post'),
        name: table('name'),
        cmap: table('cmap'),
        cvt: table('cvt '),
        prep: table('prep'),
        fpgm: table('fpgm'),
      };
      const { head, hhea, maxp, hmtx, loca, os2, post, name, cmap } = t;
      if (!head || !hhea || !maxp || !hmtx || !loca || !os2 || !post || !name || !cmap) return undefined;
      // The fields used here, at the sizes fontkit decodes them: OS/2 from version 2 has xHeight and capHeight.
      // (A cvt table is int16 values: an odd length would be read differently.)
      const sizes = head.length >= 54 && hhea.length >= 36 && maxp.length >= 32 && os2.length >= 96 && post.length >= 32 && (t.cvt?.length ?? 0) % 2 === 0;
      if (!sizes || maxp.readUInt32BE(0) !== 0x00010000 || os2.readUInt16BE(0) < 2 || ![0, 1].includes(head.readInt16BE(50))) return undefined;
      const characters = CharacterMap.read(cmap);
      const postscriptName = englishName(name, 6);
      if (!characters || postscriptName === undefined) return undefined;
      return new TrueTypeFile(path, { head, hhea, maxp, hmtx, loca, os2, post, cvt: t.cvt, prep: t.prep, fpgm: t.fpgm }, characters, postscriptName, where.get('glyf')!.offset);
    } finally {
      closeSync(fd);
    }
  }

  /** The glyph of a character, 0 (.notdef) when the font lacks it. */
  glyphId(codePoint: number): number {
    return this.cmap.lookup(codePoint);
  }

  /** Advance width in font units (fontkit's glyph.advanceWidth). */
  advance(gid: number): number {
    const last = this.numberOfMetrics - 1;
    return this.hmtx.readUInt16BE(4 * Math.min(gid, last));
  }

  /** Left side bearing in font units (fontkit's glyph._getMetrics().leftBearing). */
  leftBearing(gid: number): number {
    if (gid < this.numberOfMetrics) return this.hmtx.readInt16BE(4 * gid + 2);
    const at = 4 * this.numberOfMetrics + 2 * (gid - this.numberOfMetrics);
    return gid < this.numGlyphs && at + 2 <= this.hmtx.length ? this.hmtx.readInt16BE(at) : 0;
  }

  /** Reads glyph outlines from the file as they are asked for; `close` when done. */
  openGlyphs(): GlyphReader {
    const fd = openSync(this.path, 'r');
    return {
      read: (gid) => {
        const [start, end] = this.locate(gid);
        return end > start ? readAt(fd, this.glyfOffset + start, end - start) : Buffer.alloc(0);
      },
      close: () => closeSync(fd),
    };
  }

  private locate(gid: number): [number, number] {
    if (this.longLoca) return [this.loca.readUInt32BE(4 * gid), this.loca.readUInt32BE(4 * gid + 4)];
    return [2 * this.loca.readUInt16BE(2 * gid), 2 * this.loca.readUInt16BE(2 * gid + 2)];
  }
}

export interface GlyphReader {
  /** The glyph's record in the glyf table, as stored (empty for a glyph without outline). */
  read(gid: number): Buffer;
  close(): void;
}

interface Tables {
  readonly head: Buffer;
  readonly hhea: Buffer;
  readonly maxp: Buffer;
  readonly hmtx: Buffer;
  readonly loca: Buffer;
  readonly os2: Buffer;
  readonly post: Buffer;
  readonly cvt: Buffer | undefined;
  readonly prep: Buffer | undefined;
  readonly fpgm: Buffer | undefined;
}

function readAt(fd: number, position: number, length: number): Buffer {
  const b = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, b, done, length - done, position + done);
    if (n === 0) throw new Error(`internal: the font file ended early (${length} bytes at ${position})`);
    done += n;
  }
  return b;
}

/**
 * The Unicode character map, chosen and searched as fontkit does (its
 * CmapProcessor): the first of Windows UCS-4 (3,10), Unicode full (0,6),
 * Unicode full (0,4), Windows BMP (3,1), then older Unicode BMP subtables;
 * formats 12 and 4 only.
 */
class CharacterMap {
  private constructor(
    private readonly data: Buffer,
    private readonly format: 4 | 12,
  ) {}

  static read(cmap: Buffer): CharacterMap | undefined {
    const count = cmap.readUInt16BE(2);
    const offsets = new Map<string, number>();
    for (let i = 0; i < count; i++) {
      const key = `${cmap.readUInt16BE(4 + 8 * i)},${cmap.readUInt16BE(6 + 8 * i)}`;
      if (!offsets.has(key)) offsets.set(key, cmap.readUInt32BE(8 + 8 * i));
    }
    for (const key of ['3,10', '0,6', '0,4', '3,1', '0,3', '0,2', '0,1', '0,0']) {
      const at = offsets.get(key);
      if (at === undefined) continue;
      const format = cmap.readUInt16BE(at);
      if (format === 12) return new CharacterMap(cmap.subarray(at, at + cmap.readUInt32BE(at + 4)), 12);
      if (format === 4) return new CharacterMap(cmap.subarray(at, at + cmap.readUInt16BE(at + 2)), 4);
      return undefined;
    }
    return undefined;
  }

  lookup(cp: number): number {
    const d = this.data;
    if (this.format === 12) {
      let min = 0;
      let max = d.readUInt32BE(12) - 1;
      while (min <= max) {
        const mid = (min + max) >> 1;
        const g = 16 + 12 * mid;
        if (cp < d.readUInt32BE(g)) max = mid - 1;
        else if (cp > d.readUInt32BE(g + 4)) min = mid + 1;
        else return d.readUInt32BE(g + 8) + (cp - d.readUInt32BE(g));
      }
      return 0;
    }
    const segments = d.readUInt16BE(6) / 2;
    const endCodes = 14;
    const startCodes = endCodes + 2 * segments + 2;
    const idDeltas = startCodes + 2 * segments;
    const idRangeOffsets = idDeltas + 2 * segments;
    let min = 0;
    let max = segments - 1;
    while (min <= max) {
      const mid = (min + max) >> 1;
      const start = d.readUInt16BE(startCodes + 2 * mid);
      if (cp < start) max = mid - 1;
      else if (cp > d.readUInt16BE(endCodes + 2 * mid)) min = mid + 1;
      else {
        const delta = d.readInt16BE(idDeltas + 2 * mid);
        const rangeOffset = d.readUInt16BE(idRangeOffsets + 2 * mid);
        if (rangeOffset === 0) return (cp + delta) & 0xffff;
        // The glyph index array follows the range offsets; fontkit indexes it from there.
        const at = idRangeOffsets + 2 * segments + 2 * (rangeOffset / 2 + (cp - start) - (segments - mid));
        const gid = at >= idRangeOffsets + 2 * segments && at + 2 <= d.length ? d.readUInt16BE(at) : 0;
        return gid === 0 ? 0 : (gid + delta) & 0xffff;
      }
    }
    return 0;
  }
}

/**
 * A name in English, as fontkit's font.getName picks it: the last English
 * record (Windows en-US or Macintosh English) of that name id. Undefined
 * when there is none, or when that record is not text this reader decodes
 * (UTF-16, or ASCII in a Macintosh record): fontkit then reads the font.
 */
function englishName(name: Buffer, nameId: number): string | undefined {
  const count = name.readUInt16BE(2);
  const strings = name.readUInt16BE(4);
  let found: string | undefined;
  for (let i = 0; i < count; i++) {
    const r = 6 + 12 * i;
    const platform = name.readUInt16BE(r);
    const encoding = name.readUInt16BE(r + 2);
    const language = name.readUInt16BE(r + 4);
    if (name.readUInt16BE(r + 6) !== nameId) continue;
    if (!((platform === 3 && language === 0x409) || (platform === 1 && language === 0))) continue;
    const start = strings + name.readUInt16BE(r + 10);
    const bytes = name.subarray(start, start + name.readUInt16BE(r + 8));
    if (platform === 3 && (encoding === 1 || encoding === 10) && bytes.length % 2 === 0) found = Buffer.from(bytes).swap16().toString('utf16le');
    else if (platform === 1 && encoding === 0 && bytes.every((b) => b < 0x80)) found = bytes.toString('latin1');
    else found = undefined;
  }
  return found;
}
