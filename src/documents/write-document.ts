import { Writable } from 'node:stream';
import type { FontSet } from '../fonts/font-set.js';
import { createDocumentWriter, type DocumentFormat, type DocumentOutline, type DocumentWriter, type LaidSheet } from '../writers/document-writer.js';

/** One output of a document: a format and where its bytes go. */
export interface DocumentOutput {
  readonly format: DocumentFormat;
  readonly out: Writable;
}

/**
 * Draw one document in several formats at once: each sheet, as it comes, is
 * added to every writer (so a summary lays out each form once for both its
 * PDF and its workbook), then every writer finishes. `sheets` may be lazy:
 * only the sheet being drawn is held.
 */
export async function writeDocument(
  outline: DocumentOutline,
  fonts: FontSet,
  outputs: readonly DocumentOutput[],
  sheets: Iterable<LaidSheet> | AsyncIterable<LaidSheet>,
): Promise<void> {
  const writers: DocumentWriter[] = [];
  for (const o of outputs) writers.push(await createDocumentWriter(o.format, o.out, outline, fonts));
  for await (const sheet of sheets) for (const w of writers) await w.addSheet(sheet);
  for (const w of writers) await w.finish();
}

/** A Writable that keeps what it is given; `bytes` resolves when it has finished. */
export function collectBytes(): { out: Writable; bytes: Promise<Buffer> } {
  const chunks: Buffer[] = [];
  let resolve!: (b: Buffer) => void;
  let reject!: (e: unknown) => void;
  const bytes = new Promise<Buffer>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  const out = new Writable({
    write(chunk: Buffer, _enc, cb) {
      chunks.push(chunk);
      cb();
    },
    final(cb) {
      resolve(Buffer.concat(chunks));
      cb();
    },
  });
  out.on('error', reject);
  return { out, bytes };
}
