/**
 * Money is integer 分 in a bigint from the moment it is read: the form must be
 * correct to the 分, and binary floating point cannot hold 0.10 exactly.
 */
export type Fen = bigint;

export type AmountProblem = 'negative' | 'not-a-number' | 'too-many-decimals' | 'bad-grouping' | 'empty';

export type ParsedAmount = { readonly ok: true; readonly fen: Fen } | { readonly ok: false; readonly problem: AmountProblem };

const PLAIN = /^(\d+)(?:\.(\d+))?$/;
const GROUPED = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/;

/**
 * `written` is what the author typed (YAML's source text for numbers, so that
 * `2810000.50` and `1e3` are judged as written, not after float conversion).
 */
export function parseAmount(written: string): ParsedAmount {
  const s = written.trim().replace(/^(['"])(.*)\1$/, '$2').trim();
  if (s === '') return { ok: false, problem: 'empty' };
  if (/^[-−－]/.test(s) && /\d/.test(s)) return { ok: false, problem: 'negative' };
  const m = PLAIN.exec(s) ?? GROUPED.exec(s);
  if (!m) {
    if (/^[\d,]+(\.\d+)?$/.test(s)) return { ok: false, problem: 'bad-grouping' };
    return { ok: false, problem: 'not-a-number' };
  }
  const int = m[1]!.replaceAll(',', '');
  const frac = m[2] ?? '';
  if (frac.length > 2) return { ok: false, problem: 'too-many-decimals' };
  return { ok: true, fen: BigInt(int) * 100n + BigInt(frac.padEnd(2, '0') || '0') };
}

/** `281000000n` → `2,810,000.00`, as the official form prints amounts. */
export function formatYuan(fen: Fen): string {
  const neg = fen < 0n;
  const abs = neg ? -fen : fen;
  const yuan = (abs / 100n).toString().replace(/\B(?=(\d{3})+$)/g, ',');
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${neg ? '-' : ''}${yuan}.${cents}`;
}

/** For spreadsheet cells only, where the value must be a number; exact for any amount below 2^53 分. */
export function fenToYuanNumber(fen: Fen): number {
  return Number(fen) / 100;
}

export function sumFen(values: readonly Fen[]): Fen {
  return values.reduce((a, b) => a + b, 0n);
}
