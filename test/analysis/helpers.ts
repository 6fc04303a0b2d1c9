import { parseDecimal } from '../../src/analysis/decimal.js';
import type { IndicatorOp, QuantIndicator } from '../../src/analysis/indicator-match.js';
import { readUnit } from '../../src/analysis/units.js';

/** `ind('培训人数', '≥280 人')` → a quantitative indicator whose ref is its name. */
export function ind(name: string, value: string): QuantIndicator<string> {
  const m = /^([≥≤=><])?\s*([\d.,]+)\s*(.+)$/.exec(value);
  if (!m) throw new Error(`not a quantity: ${value}`);
  return {
    ref: name,
    name,
    ...(m[1] && { op: m[1] as IndicatorOp }),
    figure: parseDecimal(m[2]!)!,
    figureWritten: m[2]!,
    written: value,
    unit: readUnit(m[3]!),
  };
}
