import { parseTimeValue } from '../analysis/time-value.js';
import { scanNumber, startsNumber, withoutInvisible, type NumberFlaw } from './number-text.js';

/** The official operators; everything users type is normalised to one of these. */
export type Operator = '≥' | '≤' | '=' | '>' | '<';

export type InvalidReason =
  | 'empty'
  | 'placeholder'
  | 'own-name'
  | 'bare-number'
  | 'no-number'
  | 'no-unit'
  | 'range'
  | 'not-text'
  /** A number that is not one plain ASCII number (`1，000`, `５０`, `1e3`); `flaw` says how. */
  | 'malformed-number'
  /** `≥-5(%)`: a target is never negative. */
  | 'negative';

/**
 * One reading of a 指标值, made once when the model is built and used by every
 * rule and by the form: the number a rule checks is the number printed.
 *
 * The grammar (FORMAT.md, 指标值):
 *
 *     value        = quantity | bare-quantity | time | qualitative
 *     quantity     = operator number unit        ≥20 次, ≥20.00(次), =100%
 *     bare-quantity= number unit                 985米 (warned: no operator)
 *     time         = a date, month or period     2025年12月31日前, 2025.07-2026.01
 *     qualitative  = text that starts with neither an operator nor a number
 *     number       = ASCII digits, optional thousands commas, optional decimals
 *     unit         = text, bare or in ( ) or （ ）, with at least one letter or symbol
 *
 * A value that starts like a number but whose number is not plain ASCII with
 * one reading is `invalid` with the flaw, never read as a shorter number.
 */
export type IndicatorValue =
  /** `≥20 次`, `≥20.00(次)`, `=100%`: operator, number as written, unit. */
  | { readonly kind: 'quantity'; readonly op: Operator; readonly number: string; readonly unit: string }
  /** `985米`: a number and a unit with no operator, found in real approved forms. */
  | { readonly kind: 'bare-quantity'; readonly number: string; readonly unit: string; readonly text: string }
  /**
   * A 时效指标 value that names a date, month, period or deadline
   * (`2025年12月31日前`, `12月底前`, `2025.07-2026.01`, `1年内`): kept and
   * printed as written; read by analysis/time-value.ts (with the 年度 for a
   * date written without a year) and checked against the project's dates.
   */
  | { readonly kind: 'time'; readonly text: string }
  /** 定性: `提升`, `进一步净化`. */
  | { readonly kind: 'qualitative'; readonly text: string }
  | {
      readonly kind: 'invalid';
      readonly reason: InvalidReason;
      readonly text: string;
      /** For `malformed-number` and `negative`: what is wrong with the number, where, and how to write it. */
      readonly flaw?: NumberFlaw;
      /** For `malformed-number`: the value as it should be written, in the official style, one per reading. */
      readonly corrected?: readonly string[];
    };

// Longest spellings first, so `>=` is not read as `>` followed by `=`.
const OPERATORS: readonly [string, Operator][] = [
  ['>=', '≥'],
  ['<=', '≤'],
  ['＞＝', '≥'],
  ['＜＝', '≤'],
  ['==', '='],
  ['≥', '≥'],
  ['≧', '≥'],
  ['≤', '≤'],
  ['≦', '≤'],
  ['=', '='],
  ['＝', '='],
  ['>', '>'],
  ['＞', '>'],
  ['<', '<'],
  ['＜', '<'],
];

/** Template leftovers: `XX`, `**`, `…`, `待定`. */
const PLACEHOLDER = /^(?:[xX×＊*?？…．.·—\-_/]+|待定|待填|待补充|暂无|无|略|同上|TBD|N\/A)$/i;

/**
 * Dates, months and periods, recognised only where a value starts with one
 * (a year and a month, or a month): `2025年12月31日前`, `2025-12-31`,
 * `2025.07-2026.01`, `2025/7`, `12月底前`. Durations (`1年内`, `≤30(天)`) are
 * quantities.
 */
const TIME_START =
  /^(?:(?:19|20)\d{2}\s*(?:年|[-/.．]\s*(?:0?[1-9]|1[0-2])(?=$|[-/.．~～〜至到—–]|\s*(?:月|日|号|前|底|止|以前|之前|以后|起)))|(?:0?[1-9]|1[0-2])\s*月)/;

/**
 * Other time values the 时效指标 of real forms use: deadlines that start with
 * no year or month (`年底前`, `第四季度前`, `上半年完成`) and durations that say
 * "within" (`1年内`, `30个工作日内`: the 内 is the operator). A bare duration
 * (`1年`) stays a quantity without an operator: it does not say which way.
 */
function isTimeText(visible: string): boolean {
  const t = parseTimeValue(visible, 2000);
  return t !== undefined && t.kind !== 'impossible' && (t.kind !== 'duration' || t.within);
}

/** `1.建立制度；2.……`: a numbered list is text, not a number with a unit. */
const NUMBERED_TEXT = /^\d{1,2}\s*[.．、)）]\s*[^\d\s.．、)）]/u;

/** A unit names something: at least one letter or symbol (`次`, `%`, `m²`), not only punctuation. */
const UNIT_CHAR = /[\p{L}\p{S}%％‰°′″]/u;

const RANGE = /^[-~～〜至到—–－−]\s*[0-9０-９]/;

/**
 * `raw` is the YAML value; `written` is what the author typed for it when YAML
 * read a number (`1e3`, not 1000).
 */
export function parseIndicatorValue(raw: string | number | null, name: string, written?: string): IndicatorValue {
  if (raw === null) return { kind: 'invalid', reason: 'empty', text: '' };
  if (typeof raw === 'number') return numberAsWritten(written ?? String(raw), name);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  const visible = withoutInvisible(text).trim();
  if (visible === '') return { kind: 'invalid', reason: 'empty', text };
  if (PLACEHOLDER.test(visible)) return { kind: 'invalid', reason: 'placeholder', text };
  if (visible === withoutInvisible(name).trim()) return { kind: 'invalid', reason: 'own-name', text };

  const op = OPERATORS.find(([spelling]) => text.startsWith(spelling));
  if (op) {
    let at = lead + op[0].length;
    while (at < raw.length && /[\s\p{Cf}]/u.test(raw[at]!)) at++;
    if (!startsNumber(raw, at)) return { kind: 'invalid', reason: 'no-number', text };
    return readQuantity(raw, at, text, op[1]);
  }
  if (TIME_START.test(visible) || isTimeText(visible)) return { kind: 'time', text };
  if (NUMBERED_TEXT.test(visible)) return { kind: 'qualitative', text };
  if (startsNumber(raw, lead)) return readQuantity(raw, lead, text, undefined);
  return { kind: 'qualitative', text };
}

/** The number at `at` and the unit after it; `op` undefined for a bare quantity. */
function readQuantity(raw: string, at: number, text: string, op: Operator | undefined): IndicatorValue {
  const num = scanNumber(raw, at);
  const rest = raw.slice(num.end);
  const unit = unwrapUnit(withoutInvisible(rest).trim());
  if (num.flaw) {
    const reason = num.flaw.kind === 'negative' ? 'negative' : 'malformed-number';
    const corrected = num.flaw.corrected.map((n) =>
      op ? formatIndicatorValue({ kind: 'quantity', op, number: n, unit }) : `${raw.slice(raw.length - raw.trimStart().length, at)}${n}${rest}`.trim(),
    );
    return { kind: 'invalid', reason, text, flaw: num.flaw, ...(reason === 'malformed-number' && { corrected }) };
  }
  if (RANGE.test(unit)) return { kind: 'invalid', reason: 'range', text };
  if (unit === '' || !UNIT_CHAR.test(unit)) return { kind: 'invalid', reason: op ? 'no-unit' : 'bare-number', text };
  return op ? { kind: 'quantity', op, number: num.seen, unit } : { kind: 'bare-quantity', number: num.seen, unit, text };
}

/** A value YAML read as a number (`95`, `1e3`): never a valid 指标值, but judged as typed. */
function numberAsWritten(written: string, name: string): IndicatorValue {
  const v = parseIndicatorValue(written, name);
  return v.kind === 'invalid' ? v : { kind: 'invalid', reason: 'bare-number', text: written };
}

/**
 * `(次)`, `（次）` and `次` all mean the unit 次. A unit with brackets of its
 * own inside (`(次)以上`) is kept whole and printed as written.
 */
function unwrapUnit(s: string): string {
  const m = /^[(（]\s*([^()（）]*?)\s*[)）]$/.exec(s);
  return (m ? m[1]! : s).trim();
}

/** The official print style: `≥20.00(次)`, `=100(%)`; other kinds exactly as written. */
export function formatIndicatorValue(v: IndicatorValue): string {
  switch (v.kind) {
    case 'quantity':
      // `≥20(次)以上` keeps its own brackets rather than becoming `≥20((次)以上)`;
      // a space keeps a unit such as `e5(次)` from being read back as an exponent.
      if (!/[(（)）]/.test(v.unit)) return `${v.op}${v.number}(${v.unit})`;
      return /^[eE][+-]?\d/.test(v.unit) ? `${v.op}${v.number} ${v.unit}` : `${v.op}${v.number}${v.unit}`;
    case 'bare-quantity':
    case 'time':
    case 'qualitative':
    case 'invalid':
      return v.text;
  }
}

/** The numeric value of a quantity for comparisons (never for money). */
export function numericValue(v: IndicatorValue): number | undefined {
  return v.kind === 'quantity' || v.kind === 'bare-quantity' ? Number(v.number.replaceAll(',', '')) : undefined;
}
