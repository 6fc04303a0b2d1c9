import type { TrueTypeFile } from './truetype-file.js';

/**
 * The font program a PDF embeds: the glyphs a document drew, renumbered in
 * the order it first drew them (.notdef first), with the tables a PDF
 * viewer needs. pdfkit asks its font for `createSubset()`, calls
 * `includeGlyph(id)` for every glyph it draws (the returned number is what
 * the content stream shows) and `encode()` when the document ends.
 *
 * The bytes are exactly those of fontkit's TTFSubset for the same font and
 * glyphs (tables head, hhea, loca, maxp, cvt, prep, glyf, hmtx, fpgm in that
 * order, as restructure lays them out: no padding, zero checksums, head's
 * unnamed macStyle bits and hhea's reserved words cleared), so a PDF is the
 * same whichever of the two embedded its fonts; the tests compare them.
 * Only the glyphs drawn are read from the file, at the end.
 */
export class TrueTypeSubset {
  private readonly glyphs: number[] = [];
  private readonly mapping = new Map<number, number>();

  constructor(private readonly file: TrueTypeFile) {
    this.includeGlyph(0);
  }

  /** The glyph's number in the subset, adding it if new. */
  includeGlyph(gid: number | { readonly id: number }): number {
    const id = typeof gid === 'object' ? gid.id : gid;
    let n = this.mapping.get(id);
    if (n === undefined) {
      n = this.glyphs.length;
      this.glyphs.push(id);
      this.mapping.set(id, n);
    }
    return n;
  }

  encode(): Buffer {
    const { file } = this;
    const glyf: Buffer[] = [];
    const offsets: number[] = [];
    const metrics: [number, number][] = [];
    let offset = 0;
    const reader = file.openGlyphs();
    try {
      // Composite glyphs add their components as they are met, so the list grows while it is walked.
      for (let i = 0; i < this.glyphs.length; i++) {
        const gid = this.glyphs[i]!;
        let data = reader.read(gid);
        if (data.length >= 10 && data.readInt16BE(0) < 0) {
          data = Buffer.from(data);
          for (const at of componentPositions(data)) data.writeUInt16BE(this.includeGlyph(data.readUInt16BE(at)), at);
        }
        glyf.push(data);
        offsets.push(offset);
        metrics.push([file.advance(gid), file.leftBearing(gid)]);
        offset += data.length;
      }
    } finally {
      reader.close();
    }
    offsets.push(offset);

    const head = Buffer.from(file.tables.head.subarray(0, 54));
    head.writeUInt16BE(head.readUInt16BE(44) & 0x7f, 44); // macStyle: the seven bits fontkit names
    head.writeInt16BE(file.longLoca ? 1 : 0, 50);
    const hhea = Buffer.from(file.tables.hhea.subarray(0, 36));
    hhea.fill(0, 24, 32); // reserved
    hhea.writeUInt16BE(metrics.length, 34);
    const maxp = Buffer.from(file.tables.maxp.subarray(0, 32));
    maxp.writeUInt16BE(glyf.length, 4);
    const loca = Buffer.alloc(offsets.length * (file.longLoca ? 4 : 2));
    offsets.forEach((o, i) => (file.longLoca ? loca.writeUInt32BE(o, 4 * i) : loca.writeUInt16BE(o >>> 1, 2 * i)));
    const hmtx = Buffer.alloc(4 * metrics.length);
    metrics.forEach(([advance, bearing], i) => {
      hmtx.writeUInt16BE(advance, 4 * i);
      hmtx.writeInt16BE(bearing, 4 * i + 2);
    });
    const { cvt, prep, fpgm } = file.tables;
    const tables: [string, Buffer][] = [
      ['head', head],
      ['hhea', hhea],
      ['loca', loca],
      ['maxp', maxp],
      ...(cvt ? [['cvt ', cvt] as [string, Buffer]] : []),
      ...(prep ? [['prep', prep] as [string, Buffer]] : []),
      ['glyf', Buffer.concat(glyf)],
      ['hmtx', hmtx],
      ...(fpgm ? [['fpgm', fpgm] as [string, Buffer]] : []),
    ];
    return directory(tables);
  }
}

/** An sfnt table directory (tag 'true', checksums 0) followed by the tables, back to back. */
function directory(tables: readonly [string, Buffer][]): Buffer {
  const n = tables.length;
  const power = 2 ** Math.floor(Math.log2(n));
  const header = Buffer.alloc(12 + 16 * n);
  header.write('true', 0, 'latin1');
  header.writeUInt16BE(n, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(n * 16 - power * 16, 10);
  let offset = header.length;
  tables.forEach(([tag, data], i) => {
    const e = 12 + 16 * i;
    header.write(tag, e, 'latin1');
    header.writeUInt32BE(offset, e + 8);
    header.writeUInt32BE(data.length, e + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...tables.map(([, data]) => data)]);
}

const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/** Where each component's glyph id is, in a composite glyph's record. */
function componentPositions(glyph: Buffer): number[] {
  const out: number[] = [];
  let at = 10;
  let flags = MORE_COMPONENTS;
  while (flags & MORE_COMPONENTS && at + 4 <= glyph.length) {
    flags = glyph.readUInt16BE(at);
    out.push(at + 2);
    at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) at += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
  }
  return out;
}
