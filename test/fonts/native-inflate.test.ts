import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
type Inflate = (source: Uint8Array, dest: Uint8Array) => Uint8Array;
const tiny = require('tiny-inflate') as Inflate;
const native = require('../../src/util/native-inflate.cjs') as Inflate;

/** The compressed Unicode line-break table unicode-trie inflates when linebreak is loaded (twice deflated, after a 12-byte header). */
function lineBreakTable(): { data: Uint8Array; length: number } {
  const source = readFileSync(join(dirname(require.resolve('linebreak')), 'main.cjs'), 'utf8');
  const base64 = /toByteArray\("([A-Za-z0-9+/=]{1000,})"\)/.exec(source)?.[1];
  if (!base64) throw new Error('the line-break table was not found in linebreak/dist/main.cjs');
  const bytes = Buffer.from(base64, 'base64');
  return { data: bytes.subarray(12), length: bytes.readUInt32LE(8) };
}

describe('native-inflate stands in for tiny-inflate', () => {
  it('gives the same bytes for linebreak’s Unicode table, both passes', () => {
    const { data, length } = lineBreakTable();
    const once = [tiny(data, new Uint8Array(length)), native(data, new Uint8Array(length))];
    expect(Buffer.from(once[1]!).equals(Buffer.from(once[0]!))).toBe(true);
    const twice = [tiny(once[0]!, new Uint8Array(length)), native(once[0]!, new Uint8Array(length))];
    expect(Buffer.from(twice[1]!).equals(Buffer.from(twice[0]!))).toBe(true);
  });

  it('returns the filled part of a larger buffer and fills a smaller one, as tiny-inflate does', () => {
    const plain = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 251));
    const packed = deflateRawSync(plain);
    for (const size of [5000, 6000, 100]) {
      const a = tiny(packed, new Uint8Array(size));
      const b = native(packed, new Uint8Array(size));
      expect([b.length, Buffer.from(b).equals(Buffer.from(a))]).toEqual([a.length, true]);
    }
  });
});
