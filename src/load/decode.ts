import { isUtf8 } from 'node:buffer';

export type Decoded =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly offset: number; readonly problem: EncodingProblem };

/** The file-encoding rule's message: a UTF-16/32 `encoding`, GBK, or something else that is not UTF-8. */
export type EncodingProblem = { readonly messageId: 'wide'; readonly data: { readonly encoding: string } } | { readonly messageId: 'gbk' | 'not-utf8'; readonly data?: undefined };


/**
 * Bytes to text. A UTF-8 BOM is dropped (Notepad writes one) so that columns
 * match what editors show; anything that is not UTF-8 is refused with a hint,
 * because decoding GBK as UTF-8 would silently garble every Chinese label.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  // UTF-32 first: its little-endian BOM (FF FE 00 00) starts like UTF-16's (FF FE).
  const wide = wideEncoding(bytes);
  if (wide) return { ok: false, offset: 0, problem: { messageId: 'wide', data: { encoding: wide } } };
  // isUtf8 + toString is several times faster than a fatal TextDecoder on valid input, the usual case.
  if (isUtf8(bytes)) return { ok: true, text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') };
  return {
    ok: false,
    offset: firstInvalidUtf8(bytes),
    problem: { messageId: looksLikeGbk(bytes) ? 'gbk' : 'not-utf8' },
  };
}

/**
 * UTF-32 or UTF-16, by BOM or, without one, by the zero bytes that ASCII
 * characters leave in every second (UTF-16) or in three of four (UTF-32) bytes:
 * such a file is valid UTF-8 full of NULs, and would be misread, not refused.
 */
function wideEncoding(b: Uint8Array): string | undefined {
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return 'UTF-32LE';
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return 'UTF-32BE';
  if (b[0] === 0xff && b[1] === 0xfe) return 'UTF-16LE';
  if (b[0] === 0xfe && b[1] === 0xff) return 'UTF-16BE';
  const n = Math.min(b.length, 400) & ~3;
  if (n < 4) return undefined;
  const zeros = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) if (b[i] === 0) zeros[i % 4]!++;
  const q = n / 4;
  const [z0, z1, z2, z3] = zeros as [number, number, number, number];
  // Every character below U+10000 has two zero high bytes in UTF-32.
  if (z2 > q * 0.9 && z3 > q * 0.9) return 'UTF-32LE';
  if (z0 > q * 0.9 && z1 > q * 0.9) return 'UTF-32BE';
  // In UTF-16 the zeros of ASCII characters fall on one side; a CJK character rarely has a zero byte at all.
  const even = z0 + z2;
  const odd = z1 + z3;
  if (odd >= 4 && odd > 3 * even) return 'UTF-16LE';
  if (even >= 4 && even > 3 * odd) return 'UTF-16BE';
  return undefined;
}

function looksLikeGbk(bytes: Uint8Array): boolean {
  try {
    const s = new TextDecoder('gbk', { fatal: true }).decode(bytes);
    return /[\u4e00-\u9fff]/.test(s);
  } catch {
    return false;
  }
}

/** Byte offset of the first byte that breaks UTF-8, so the message can name a line. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    // The second byte's range rules out overlong forms, UTF-16 surrogates (ED A0..BF) and code points above U+10FFFF.
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n + 1;
  }
  return i;
}

/** Line and column (1-based) of a byte offset, counting characters of the valid prefix. */
export function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lines = prefix.split('\n');
  return { line: lines.length, column: [...(lines[lines.length - 1] ?? '')].length + 1 };
}
