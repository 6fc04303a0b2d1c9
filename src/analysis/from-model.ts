import { allIndicators, type Declaration, type Indicator } from '../model/declaration.js';
import { parseDecimal } from './decimal.js';
import type { QuantIndicator } from './indicator-match.js';
import { readUnit } from './units.js';

/**
 * The model's quantitative indicators as the analysis sees them. The one
 * place that reads the model's value type, so the analysis does not change
 * when the value grammar grows.
 */
export function quantIndicators(decl: Pick<Declaration, 'indicators'>): QuantIndicator<Indicator>[] {
  const out: QuantIndicator<Indicator>[] = [];
  for (const ind of allIndicators(decl)) {
    const v = ind.value;
    if (v.kind !== 'quantity' && v.kind !== 'bare-quantity') continue;
    const figure = parseDecimal(v.number);
    if (!figure) continue;
    out.push({
      ref: ind,
      name: ind.name,
      ...(v.kind === 'quantity' && { op: v.op }),
      figure,
      figureWritten: v.number,
      written: v.kind === 'quantity' ? `${v.op}${v.number}(${v.unit})` : v.text,
      unit: readUnit(v.unit),
    });
  }
  return out;
}
