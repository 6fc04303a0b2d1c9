import { open } from 'node:fs/promises';
import zlib from 'node:zlib';

export interface ZipEntry {
  readonly name: string;
  readonly data: Uint8Array;
}

// The little of ZIP that XLSX output needs, on Node's native zlib: JSZip's
// JavaScript deflate took tens of milliseconds (most of the XLSX time), and
// loading JSZip itself another twenty-five.

/**
 * A minimal ZIP writer (deflate, no extras, no comments) with one fixed
 * timestamp on every entry, so equal input gives equal bytes.
 */
export function writeZip(entries: readonly ZipEntry[], date: Date, level = 6): Buffer {
  const zip = new ZipWriter(date, level);
  const parts = entries.flatMap((e) => zip.add(e));
  return Buffer.concat([...parts, zip.finish()]);
}

/**
 * writeZip one entry at a time: `add` returns the bytes of that entry, to be
 * written in order, and `finish` the central directory. Only the directory
 * (a few dozen bytes per entry) is kept, so an archive of any size can be
 * written without holding it.
 */
export class ZipWriter {
  private readonly time: number;
  private readonly day: number;
  private readonly central: Buffer[] = [];
  private offset = 0;
  private count = 0;

  constructor(
    date: Date,
    private readonly level = 6,
  ) {
    ({ time: this.time, day: this.day } = dosDateTime(date));
  }

  add(e: ZipEntry): Buffer[] {
    const { time, day } = this;
    const name = Buffer.from(e.name, 'utf8');
    const data = zlib.deflateRawSync(e.data, { level: this.level });
    const crc = crc32(e.data);
    const utf8 = /[^\x20-\x7e]/.test(e.name) ? 0x0800 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(utf8, 6);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(day, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4); // made by: MS-DOS, 2.0
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(utf8, 8);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt16LE(time, 12);
    dir.writeUInt16LE(day, 14);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(data.length, 20);
    dir.writeUInt32LE(e.data.length, 24);
    dir.writeUInt16LE(name.length, 28);
    // extra length, comment length, disk number, internal and external attributes: 0
    dir.writeUInt32LE(this.offset, 42);
    this.central.push(dir, name);
    this.offset += local.length + name.length + data.length;
    this.count++;
    if (this.count > 0xffff || this.offset > 0xffffffff) throw new Error('internal: archive too large for ZIP without ZIP64');
    return [local, name, data];
  }

  /** The central directory and end record. */
  finish(): Buffer {
    const cdSize = this.central.reduce((a, b) => a + b.length, 0);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.count, 8);
    end.writeUInt16LE(this.count, 10);
    end.writeUInt32LE(cdSize, 12);
    end.writeUInt32LE(this.offset, 16);
    return Buffer.concat([...this.central, end]);
  }
}

/**
 * readZip and writeZip for an archive on disk, one entry in memory at a
 * time: the entries of `src`, in order (except that the parts named in
 * `first` come first: OOXML readers that sniff the format look for
 * [Content_Types].xml at the start), deflated again with the fixed date,
 * handed to `write` piece by piece.
 */
export async function rewriteZipFile(
  src: string,
  write: (chunk: Uint8Array) => Promise<void>,
  date: Date,
  { level = 6, first = ['[Content_Types].xml'] }: { level?: number; first?: readonly string[] } = {},
): Promise<void> {
  const fh = await open(src, 'r');
  try {
    const size = (await fh.stat()).size;
    const read = async (at: number, length: number): Promise<Buffer> => {
      const buf = Buffer.alloc(length);
      let got = 0;
      while (got < length) {
        const { bytesRead } = await fh.read(buf, got, length - got, at + got);
        if (bytesRead === 0) throw new Error('internal: ZIP archive ends early');
        got += bytesRead;
      }
      return buf;
    };
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = await read(size - tailLength, tailLength);
    const end = endOfCentralDirectory(tail);
    const count = tail.readUInt16LE(end + 10);
    const cdSize = tail.readUInt32LE(end + 12);
    const cd = await read(tail.readUInt32LE(end + 16), cdSize);
    const records: { name: string; method: number; compressed: number; localAt: number }[] = [];
    let at = 0;
    for (let n = 0; n < count; n++) {
      if (cd.readUInt32LE(at) !== 0x02014b50) throw new Error('internal: corrupt ZIP central directory');
      const nameLen = cd.readUInt16LE(at + 28);
      records.push({
        // ZIP names are relative: some writers put a leading slash on OOXML part names.
        name: cd.toString('utf8', at + 46, at + 46 + nameLen).replace(/^\/+/, ''),
        method: cd.readUInt16LE(at + 10),
        compressed: cd.readUInt32LE(at + 20),
        localAt: cd.readUInt32LE(at + 42),
      });
      at += 46 + nameLen + cd.readUInt16LE(at + 30) + cd.readUInt16LE(at + 32);
    }
    const rank = (name: string) => (first.includes(name) ? first.indexOf(name) : first.length);
    records.sort((a, b) => rank(a.name) - rank(b.name)); // stable: the rest keep their order
    const zip = new ZipWriter(date, level);
    for (const { name, method, compressed, localAt } of records) {
      if (name.endsWith('/')) continue;
      const local = await read(localAt, 30);
      const raw = await read(localAt + 30 + local.readUInt16LE(26) + local.readUInt16LE(28), compressed);
      let data: Uint8Array;
      if (method === 0) data = raw;
      else if (method === 8) data = zlib.inflateRawSync(raw);
      else throw new Error(`internal: ZIP entry ${name} uses compression method ${method}`);
      for (const part of zip.add({ name, data })) await write(part);
    }
    await write(zip.finish());
  } finally {
    await fh.close();
  }
}

/**
 * The entries of a ZIP archive, in their order in the central directory.
 * Enough for the archives exceljs writes (stored or deflated, no ZIP64, no
 * encryption); anything else is an internal error.
 */
export function readZip(zip: Uint8Array): ZipEntry[] {
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = endOfCentralDirectory(buf);
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error('internal: corrupt ZIP central directory');
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLen = buf.readUInt16LE(at + 28);
    const skip = nameLen + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLen);
    const local = buf.readUInt32LE(at + 42);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + size);
    at += 46 + skip;
    if (name.endsWith('/')) continue;
    if (method === 0) entries.push({ name, data: raw });
    else if (method === 8) entries.push({ name, data: zlib.inflateRawSync(raw) });
    else throw new Error(`internal: ZIP entry ${name} uses compression method ${method}`);
  }
  return entries;
}

/** MS-DOS date and time fields, from the UTC time so the bytes do not depend on the machine's time zone. */
export function dosDateTime(date: Date): { time: number; day: number } {
  const d = date.getUTCFullYear() < 1980 ? new Date(Date.UTC(1980, 0, 1)) : date;
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
    day: ((Math.min(d.getUTCFullYear(), 2107) - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

type Crc32 = (data: Uint8Array) => number;

/** zlib.crc32 exists from Node 20.15; a table-driven fallback for earlier 20.x. */
const crc32: Crc32 = (zlib as unknown as { crc32?: Crc32 }).crc32 ?? tableCrc32();

function tableCrc32(): Crc32 {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return (data) => {
    let c = 0xffffffff;
    for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
}

/** Offset of the end-of-central-directory record, searched backwards past a comment of at most 64 KB. */
function endOfCentralDirectory(buf: Buffer): number {
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) return i;
  }
  throw new Error('internal: not a ZIP archive (no end of central directory)');
}
