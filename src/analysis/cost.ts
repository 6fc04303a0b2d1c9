import { compare, divExact, formatGrouped, mul, shift, sum, ZERO, type Decimal } from './decimal.js';
import type { QuantIndicator } from './indicator-match.js';
import { bigrams, intersection } from './text.js';
import { readUnit, sameBase } from './units.js';

/**
 * Cost arithmetic as the Shanghai 2025 指引 asks for it: 总成本, 单位成本 and
 * 分项成本 must fit the money the project asks for. Every figure is converted
 * to 元 exactly (万元 × 10^4, 亿元 × 10^8) and every sum is exact.
 *
 * Two kinds of "too much":
 * - planned: the figures as stated (1.10万元/次 × 100次 + 40万元 …) add up to
 *   more than the request — the plan does not fit its budget (a warning: a
 *   `≤` cost is a ceiling, not a promise to spend it);
 * - certain: even the least the indicators allow (`=130万元`, `≥20万元`; a `≤`
 *   cost counts as 0) is more than the request — the form contradicts itself
 *   (an error). Unit costs times quantities never make a finding certain: which
 *   quantity a unit cost belongs to is read from names.
 */

/** One summand: a 分项成本, or a 单位成本 × the quantity it is for. */
export interface CostTerm<R> {
  readonly cost: QuantIndicator<R>;
  /** For a unit cost (万元/次): the quantity indicator it multiplies. */
  readonly count?: QuantIndicator<R>;
  /** The term's value in 元 at the stated figures. */
  readonly yuan: Decimal;
  /** The least the indicators allow, in 元 (0 for a `≤` cost or a product). */
  readonly leastYuan: Decimal;
}

export interface CostPlan<R> {
  readonly terms: readonly CostTerm<R>[];
  /** 总成本 indicators (项目总成本 ≤280万元): compared with the request on their own. */
  readonly totals: readonly QuantIndicator<R>[];
  /** Unit costs whose quantity could not be found (公务用车次均成本 with no 次 indicator). */
  readonly unmatched: readonly QuantIndicator<R>[];
  /** Σ terms at the stated figures, in 元. */
  readonly plannedYuan: Decimal;
  /** Σ of what the indicators guarantee, in 元. */
  readonly leastYuan: Decimal;
}

export type CostFinding<R> =
  /** The terms add up to more than the limit. */
  | { readonly kind: 'sum-exceeds'; readonly plan: CostPlan<R>; readonly limitYuan: Decimal; readonly certain: boolean }
  /** A 总成本 indicator is more than the limit. */
  | { readonly kind: 'total-exceeds'; readonly total: QuantIndicator<R>; readonly totalYuan: Decimal; readonly limitYuan: Decimal; readonly certain: boolean }
  /** The terms add up to more than the form's own 总成本. */
  | { readonly kind: 'parts-exceed-total'; readonly plan: CostPlan<R>; readonly total: QuantIndicator<R>; readonly totalYuan: Decimal };

const TOTAL_NAME = /(总成本|总费用|总投入|总投资|总预算|成本总额|费用总额|总额|总计)/;
/** Words that only say "cost of": cut out when pairing a unit cost with its quantity. */
const COST_WORDS = ['平均成本', '人均成本', '次均成本', '户均成本', '单位成本', '评价成本', '成本', '费用', '单价', '平均', '人均', '次均', '户均', '每', '费'];
const COUNT_WORDS = ['次数', '人数', '数量', '个数', '场数', '篇数', '提交数', '完成数', '总数', '开展', '举办', '全年'];

export function yuanOf(ind: QuantIndicator<unknown>): Decimal {
  return mul(ind.figure, ind.unit.factor);
}

/** The least the value allows: the figure for `=`, `≥`, `>`; nothing for `≤`, `<` or no operator. */
function least(ind: QuantIndicator<unknown>): Decimal | undefined {
  return ind.op === '=' || ind.op === '≥' || ind.op === '>' ? ind.figure : undefined;
}

/**
 * The quantity a unit cost (万元/次) is for: an indicator counted in the
 * cost's denominator whose name shares at least two words with the cost's
 * (引导评价成本 ↔ 引导次数), or, when only one indicator has that unit, one word.
 */
export function quantityFor<R>(cost: QuantIndicator<R>, others: readonly QuantIndicator<R>[]): QuantIndicator<R> | undefined {
  const per = cost.unit.per;
  if (per === undefined) return undefined;
  const sameUnit = others.filter((o) => o.unit.family !== 'money' && o.unit.per === undefined && perUnits(o, cost) !== undefined);
  const costWords = bigrams(cost.name, COST_WORDS);
  const scored = sameUnit
    .map((o) => ({ o, shared: intersection(costWords, bigrams(o.name, COUNT_WORDS)).length }))
    .sort((a, b) => b.shared - a.shared);
  const best = scored[0];
  if (!best) return undefined;
  const needed = sameUnit.length === 1 ? 1 : 2;
  if (best.shared < needed) return undefined;
  if (scored[1] && scored[1].shared === best.shared) return undefined; // two equally good: don't guess
  return best.o;
}

/**
 * The quantity in units of the cost's denominator, exactly: 12 公里 for a
 * cost per 公里, 12 公里 = 12000 for a cost per 米, 1.2 万亩 = 12000 for a
 * cost per 亩. Undefined when the units differ or do not convert exactly.
 */
export function perUnits(count: QuantIndicator<unknown>, cost: QuantIndicator<unknown>): Decimal | undefined {
  const per = cost.unit.per;
  if (per === undefined) return undefined;
  if (count.unit.written === per) return count.figure;
  const perUnit = readUnit(per);
  if (perUnit.family === 'other' || !sameBase(perUnit, count.unit)) return undefined;
  const ratio = divExact(count.unit.factor, perUnit.factor);
  return ratio && mul(count.figure, ratio);
}

/** Sorts the cost indicators into 总成本, 分项成本 and 单位成本 × quantity, with exact sums. */
export function costPlan<R>(costs: readonly QuantIndicator<R>[], others: readonly QuantIndicator<R>[]): CostPlan<R> {
  const terms: CostTerm<R>[] = [];
  const totals: QuantIndicator<R>[] = [];
  const unmatched: QuantIndicator<R>[] = [];
  for (const c of costs) {
    if (c.unit.family !== 'money') continue; // 费率 (%) and other units: nothing to add up
    if (c.unit.per === undefined) {
      if (TOTAL_NAME.test(c.name)) {
        totals.push(c);
        continue;
      }
      const l = least(c);
      terms.push({ cost: c, yuan: yuanOf(c), leastYuan: l ? mul(l, c.unit.factor) : ZERO });
      continue;
    }
    const count = quantityFor(c, others);
    if (!count) {
      unmatched.push(c);
      continue;
    }
    terms.push({ cost: c, count, yuan: mul(yuanOf(c), perUnits(count, c)!), leastYuan: ZERO });
  }
  return {
    terms,
    totals,
    unmatched,
    plannedYuan: sum(terms.map((t) => t.yuan)),
    leastYuan: sum(terms.map((t) => t.leastYuan)),
  };
}

/** Everything that does not fit `limitYuan` (the request the indicators are measured against). */
export function checkCosts<R>(plan: CostPlan<R>, limitYuan: Decimal): CostFinding<R>[] {
  const out: CostFinding<R>[] = [];
  for (const total of plan.totals) {
    const totalYuan = yuanOf(total);
    if (compare(totalYuan, limitYuan) > 0) {
      const l = least(total);
      out.push({ kind: 'total-exceeds', total, totalYuan, limitYuan, certain: l !== undefined });
    }
  }
  if (plan.terms.length > 0 && compare(plan.plannedYuan, limitYuan) > 0) {
    out.push({ kind: 'sum-exceeds', plan, limitYuan, certain: compare(plan.leastYuan, limitYuan) > 0 });
  }
  for (const total of plan.totals) {
    const totalYuan = yuanOf(total);
    if (plan.terms.length > 1 && compare(plan.plannedYuan, totalYuan) > 0) out.push({ kind: 'parts-exceed-total', plan, total, totalYuan });
  }
  return out;
}

/** Money units a message can state a sum in, largest first. */
const DISPLAY_UNITS: readonly [string, number][] = [
  ['亿元', 8],
  ['万元', 4],
  ['千元', 3],
  ['元', 0],
];

/**
 * The unit the computation is shown in: the one every term is written in
 * (万元 on most forms), else 元. `inUnit` converts an amount in 元 exactly.
 */
export function displayUnit(plan: CostPlan<unknown>): { readonly unit: string; readonly inUnit: (yuan: Decimal) => string } {
  const units = new Set([...plan.terms.map((t) => t.cost.unit.written.split(/[/／]/)[0]!), ...plan.totals.map((t) => t.unit.written)]);
  const only = units.size === 1 ? [...units][0]! : '元';
  const power = DISPLAY_UNITS.find(([u]) => u === only)?.[1] ?? 0;
  const unit = DISPLAY_UNITS.some(([u]) => u === only) ? only : '元';
  return { unit, inUnit: (yuan) => `${formatGrouped(shift(yuan, -power))}${unit}` };
}

/** `1.10万元/次 × 100.00次 + 40.00万元`: each term with its figures as written. */
export function describeTerms(plan: CostPlan<unknown>): string {
  return plan.terms
    .map((t) => {
      const cost = `${t.cost.figureWritten}${t.cost.unit.written}`;
      return t.count ? `${cost} × ${t.count.figureWritten}${t.count.unit.written}` : cost;
    })
    .join(' + ');
}
