/**
 * How amounts may be written, per 金额单位, for the JSON Schema editors use.
 * The CLI reads amounts with model/money.ts (exact, as written); the schema
 * can only approximate that, so it must never be stricter: test/schema holds
 * the pattern to the same answers as parseAmount. json-schema.ts lays each
 * unit's constraints over 项目资金 with a draft-07 `if: { properties:
 * { 金额单位: { const: '万元' } } }` / `then` / `else`.
 */
export interface AmountUnit {
  /** Decimals allowed after the point. */
  readonly decimals: number;
}

export const AMOUNT_UNITS: Readonly<Record<string, AmountUnit>> = {
  元: { decimals: 2 },
  // 金额单位: 万元: six decimals keep a 万元 amount exact to the 分 (model/money.ts).
  万元: { decimals: 6 },
};

/** The unit a declaration without 金额单位 uses. */
export const DEFAULT_AMOUNT_UNIT = '元';

/**
 * A written amount: digits, optionally grouped by thousands with ASCII commas,
 * optionally a point and 1..`decimals` digits; never a sign. Only ASCII
 * digits ([0-9], not \d, which some regex engines widen to all Unicode digits).
 */
export function amountPattern(decimals: number): string {
  const fraction = decimals > 0 ? `(?:\\.[0-9]{1,${decimals}})?` : '';
  return `^\\s*(?:[0-9]+|[0-9]{1,3}(?:,[0-9]{3})+)${fraction}\\s*$`;
}

/** The JSON Schema keywords that constrain one amount in `unit`. */
export function amountConstraints(unit: string): Record<string, unknown> {
  const u = AMOUNT_UNITS[unit];
  if (!u) throw new Error(`internal: unknown amount unit ${unit}`);
  const example = u.decimals >= 2 ? '2,810,000.00' : '2,810,000';
  return {
    type: ['number', 'string'],
    // minimum applies to numbers only, pattern to strings only. The decimals of a
    // number (2810000.123) are left to declare itself: `multipleOf: 0.01` is the
    // only way to say it, and ajv and Python's jsonschema reject 0.07 with it
    // (binary floating point), which would flag correct files.
    minimum: 0,
    pattern: amountPattern(u.decimals),
    patternErrorMessage: `金额应写成数字，如 2810000 或 ${example}：只用半角数字，可用半角逗号分隔千位，不能为负数，最多 ${u.decimals} 位小数（单位：${unit}）。`,
  };
}
