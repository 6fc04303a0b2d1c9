import { isUtf8 } from 'node:buffer';

export type Decoded =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly offset: number; readonly problem: EncodingProblem };

/** Message ids of the file-encoding rule. */
export type EncodingProblem = 'utf16' | 'gbk' | 'not-utf8';


/**
 * Bytes to text. A UTF-8 BOM is dropped (Notepad writes one) so that columns
 * match what editors show; anything that is not UTF-8 is refused with a hint,
 * because decoding GBK as UTF-8 would silently garble every Chinese label.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      ok: false,
      offset: 0,
      problem: 'utf16',
    };
  }
  // isUtf8 + toString is several times faster than a fatal TextDecoder on valid input, the usual case.
  if (isUtf8(bytes)) return { ok: true, text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') };
  return {
    ok: false,
    offset: firstInvalidUtf8(bytes),
    problem: looksLikeGbk(bytes) ? 'gbk' : 'not-utf8',
  };
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
