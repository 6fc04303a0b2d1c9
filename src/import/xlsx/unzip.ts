import { strFromU8, unzipSync } from 'fflate';

/**
 * The parts of a workbook archive whose names pass `wanted`, as text. The
 * importer's one contact with fflate (the writers have theirs in
 * writers/xlsx/zip.ts). Throws on a file that is not a zip archive.
 */
export function unzipText(bytes: Uint8Array, wanted: (name: string) => boolean): Map<string, string> {
  const parts = unzipSync(bytes, { filter: (f) => wanted(f.name) });
  return new Map(Object.entries(parts).map(([name, data]) => [name, strFromU8(data)]));
}
