import { scanNumber, startsNumber, withoutInvisible, type NumberFlaw } from './number-text.js';

/**
 * Money is integer 分 in a bigint from the moment it is read: the form must be
 * correct to the 分, and binary floating point cannot hold 0.10 exactly.
 */
export type Fen = bigint;

/**
 * The unit amounts are written in: `元` (the default, at most two decimals) or
 * `万元` (`金额单位: 万元`, as most provinces' forms state amounts; at most six
 * decimals, so a 万元 amount is still exact to the 分: 1 万元 = 10^6 分).
 */
export type AmountUnit = '元' | '万元';

export const AMOUNT_UNITS: readonly AmountUnit[] = ['元', '万元'];

/** Decimals allowed, and 分 per unit. */
const UNIT_SCALE: Readonly<Record<AmountUnit, { readonly decimals: number; readonly fen: bigint }>> = {
  元: { decimals: 2, fen: 100n },
  万元: { decimals: 6, fen: 1_000_000n },
};

export function maxDecimals(unit: AmountUnit): number {
  return UNIT_SCALE[unit].decimals;
}


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
export function parseAmount(written: string, unit: AmountUnit = '元'): ParsedAmount {
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
  const scale = UNIT_SCALE[unit];
  if (frac.length > scale.decimals) return { ok: false, problem: 'too-many-decimals' };
  const fen = BigInt(int) * scale.fen + BigInt(frac.padEnd(scale.decimals, '0') || '0');
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

/**
 * An amount in `unit` as a form prints it: `formatYuan` for 元; for 万元 the
 * exact value with thousands separators and `decimals` decimals (at least
 * as many as the value needs, so nothing is ever rounded away):
 * `456000000n` (分) → `456.00` with 2 decimals, `301234560n` → `301.23456`.
 */
export function formatAmount(fen: Fen, unit: AmountUnit, decimals = 2): string {
  if (unit === '元') return formatYuan(fen);
  const neg = fen < 0n;
  const abs = neg ? -fen : fen;
  const per = UNIT_SCALE[unit].fen;
  const whole = (abs / per).toString().replace(/\B(?=(\d{3})+$)/g, ',');
  let frac = (abs % per).toString().padStart(UNIT_SCALE[unit].decimals, '0').replace(/0+$/, '');
  frac = frac.padEnd(Math.max(decimals, 0), '0');
  return `${neg ? '-' : ''}${whole}${frac === '' ? '' : `.${frac}`}`;
}

/** Decimals written in an amount's text (`45.60` → 2), for printing computed totals in the author's style. */
export function decimalsWritten(written: string): number {
  const m = /\.(\d+)\s*['"]?\s*$/.exec(written);
  return m ? m[1]!.length : 0;
}

/** For spreadsheet cells only, where the value must be a number; exact for any amount below 2^53 分 (every amount below the ceiling). */
export function fenToYuanNumber(fen: Fen): number {
  return Number(fen) / 100;
}

export function sumFen(values: readonly Fen[]): Fen {
  return values.reduce((a, b) => a + b, 0n);
}
