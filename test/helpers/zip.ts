import { unzipSync, strFromU8 } from 'fflate';

export interface ZipEntryInfo {
  readonly name: string;
  /** The MS-DOS date and time fields of the central directory, decoded. */
  readonly modified: string;
}

/** Entry names and timestamps in central-directory order (what a zip tool lists). */
export function zipListing(zip: Uint8Array): ZipEntryInfo[] {
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = buf.length - 22;
  while (end >= 0 && buf.readUInt32LE(end) !== 0x06054b50) end--;
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const out: ZipEntryInfo[] = [];
  for (let i = 0; i < count; i++) {
    const time = buf.readUInt16LE(at + 12);
    const day = buf.readUInt16LE(at + 14);
    const nameLen = buf.readUInt16LE(at + 28);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLen);
    const pad = (n: number) => String(n).padStart(2, '0');
    const modified = `${(day >> 9) + 1980}-${pad((day >> 5) & 15)}-${pad(day & 31)}T${pad(time >> 11)}:${pad((time >> 5) & 63)}:${pad((time & 31) * 2)}`;
    out.push({ name, modified });
    at += 46 + nameLen + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return out;
}

/** One entry's text. */
export function zipText(zip: Uint8Array, name: string): string {
  const files = unzipSync(new Uint8Array(zip), { filter: (f) => f.name === name });
  const data = files[name];
  if (!data) throw new Error(`no ${name} in the archive`);
  return strFromU8(data);
}
