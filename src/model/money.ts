import { scanNumber, startsNumber, withoutInvisible, type NumberFlaw } from './number-text.js';

/**
 * Money is integer 分 in a bigint from the moment it is read: the form must be
 * correct to the 分, and binary floating point cannot hold 0.10 exactly.
 */
export type Fen = bigint;


export type AmountProblem =
  | 'empty'
  | 'negative'
  /** Not one plain ASCII number (`1，000`, `１２３`, `1 000`, `1e3`, `0x10`, `1/2`, `2,81,000`); `flaw` says how. */
  | 'malformed'
  | 'too-many-decimals'
  /** At or above `AMOUNT_CEILING_FEN`. */
  | 'too-large'
  /** Words, units or currency signs (`281万元`, `¥100`, `约100`). */
  | 'not-a-number';

export type ParsedAmount =
  | { readonly ok: true; readonly fen: Fen }
  | {
      readonly ok: false;
      readonly problem: AmountProblem;
      /** For `malformed` and `negative`: the offending character, where it is in the text read, and the corrected amount. */
      readonly flaw?: NumberFlaw;
      /** For `not-a-number`: the unit or sign written around a plain number (`万元` in `281万元`), when that is all that is wrong. */
      readonly extra?: string;
    };

/**
 * No single project's amount reaches 1 万亿元 (10^12 元); a larger one is a
 * typing slip, and the ceiling keeps every amount exact as a spreadsheet
 * number (10^14 分 < 2^53).
 */
export const AMOUNT_CEILING_FEN = 10n ** 14n;

/**
 * `written` is what the author typed (YAML's source text for numbers, so that
 * `2810000.50` and `1e3` are judged as written, not after float conversion).
 * One reading or none: the number must be the whole text, plain ASCII.
 */
export function parseAmount(written: string): ParsedAmount {
  const quoted = /^\s*(['"])(.*)\1\s*$/.exec(written);
  const body = quoted ? quoted[2]! : written;
  const offset = quoted ? written.indexOf(quoted[1]!) + 1 : 0;
  const lead = body.length - body.trimStart().length;
  const s = withoutInvisible(body).trim();
  if (s === '') return { ok: false, problem: 'empty' };
  if (!startsNumber(body, lead)) return notANumber(s);
  const num = scanNumber(body, lead);
  const after = withoutInvisible(body.slice(num.end)).trim();
  if (after !== '') return notANumber(s, num.flaw ? undefined : after);
  const shift = (f: NumberFlaw): NumberFlaw => ({ ...f, at: f.at + offset });
  if (num.flaw) return { ok: false, problem: num.flaw.kind === 'negative' ? 'negative' : 'malformed', flaw: shift(num.flaw) };
  if (num.seen.startsWith('.')) {
    return { ok: false, problem: 'malformed', flaw: { kind: 'leading-dot', at: offset + lead, char: '.', corrected: [`0${num.seen}`] } };
  }
  const [int = '', frac = ''] = num.seen.replaceAll(',', '').split('.');
  if (frac.length > 2) return { ok: false, problem: 'too-many-decimals' };
  const fen = BigInt(int) * 100n + BigInt(frac.padEnd(2, '0') || '0');
  if (fen >= AMOUNT_CEILING_FEN) return { ok: false, problem: 'too-large' };
  return { ok: true, fen };
}

function notANumber(s: string, extra?: string): ParsedAmount {
  return { ok: false, problem: 'not-a-number', ...(extra !== undefined && { extra }) };
}

/** `281000000n` → `2,810,000.00`, as the official form prints amounts. */
export function formatYuan(fen: Fen): string {
  const neg = fen < 0n;
  const abs = neg ? -fen : fen;
  const yuan = (abs / 100n).toString().replace(/\B(?=(\d{3})+$)/g, ',');
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${neg ? '-' : ''}${yuan}.${cents}`;
}

/** For spreadsheet cells only, where the value must be a number; exact for any amount below 2^53 分 (every amount below the ceiling). */
export function fenToYuanNumber(fen: Fen): number {
  return Number(fen) / 100;
}

export function sumFen(values: readonly Fen[]): Fen {
  return values.reduce((a, b) => a + b, 0n);
}
