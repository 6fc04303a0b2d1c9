import type { Writable } from 'node:stream';
import zlib from 'node:zlib';
import { Zip, ZipPassThrough } from 'fflate';

/**
 * ZIP output through fflate (the maintained library pdfkit already brings):
 * its streaming Zip writes each entry to `out` as it is added, so a workbook
 * of thousands of sheets is never held whole. Entries are deflated by Node's
 * zlib, through fflate's documented extension point (a ZipPassThrough
 * subclass): native deflate is several times faster than any in JavaScript.
 * Every entry carries the same timestamp, so equal input gives equal bytes.
 */
export interface ZipOut {
  /** Add one whole entry (written out at once). */
  add(name: string, data: string | Uint8Array): void;
  /** Write the central directory; `out` is not ended. */
  end(): void;
}

export function createZip(out: Writable, date: Date, level = 6): ZipOut {
  const zip = new Zip((err, chunk) => {
    if (err) out.destroy(err);
    else out.write(chunk);
  });
  const mtime = dosLocalDate(date);
  return {
    add(name, data) {
      const entry = new DeflatedEntry(name, level);
      entry.mtime = mtime;
      zip.add(entry);
      entry.push(typeof data === 'string' ? Buffer.from(data, 'utf8') : data, true);
    },
    end() {
      zip.end();
    },
  };
}

class DeflatedEntry extends ZipPassThrough {
  constructor(
    filename: string,
    private readonly level: number,
  ) {
    super(filename);
    this.compression = 8;
  }

  override process(chunk: Uint8Array, final: boolean): void {
    this.ondata(null, zlib.deflateRawSync(chunk, { level: this.level }), final);
  }
}

/**
 * fflate writes an entry's MS-DOS date and time from a Date's local-time
 * fields; the archive must not depend on the machine's time zone, so this is
 * the local moment whose fields are the UTC fields of `date` (clamped to the
 * years MS-DOS dates can hold).
 */
export function dosLocalDate(date: Date): Date {
  const d = new Date(Math.min(Math.max(date.getTime(), Date.UTC(1980, 0, 1)), Date.UTC(2099, 11, 31, 23, 59, 58)));
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
}
