import { checkCosts, costPlan, describeTerms, displayUnit, type CostFinding, type CostPlan } from '../../analysis/cost.js';
import { dec, shift, type Decimal } from '../../analysis/decimal.js';
import { quantIndicators } from '../../analysis/from-model.js';
import { isMultiYear, type Declaration, type Indicator } from '../../model/declaration.js';
import { formatYuan } from '../../model/money.js';
import { amountFormatter, annualColumn, columnTotal, totalOf, wholeLifeColumn } from '../fund-columns.js';

/**
 * What cost-exceeds-budget (certain) and cost-plan-exceeds-budget (at the
 * stated figures) report, computed once per declaration. The arithmetic is
 * analysis/cost.ts; this chooses the money the costs are measured against
 * and words each term as written, as the fund-sum rules show their sums.
 */

/** Cost indicators: under 一级 成本指标, or under a 二级 成本指标 (the older system's place). */
export function isCostIndicator(ind: Indicator): boolean {
  return ind.level1 === '成本指标' || ind.level2 === '成本指标';
}

export interface CostCheck {
  readonly plan: CostPlan<Indicator>;
  readonly findings: readonly CostFinding<Indicator>[];
  /** 年度资金申请总额, or 项目资金总额 for a multi-year project (its indicators may be the project's). */
  readonly column: string;
  readonly limitYuan: Decimal;
  readonly limitFen: bigint;
}

const cache = new WeakMap<object, CostCheck | undefined>();

export function costCheck(decl: Pick<Declaration, 'funds' | 'indicators'> & Partial<Pick<Declaration, 'start' | 'end'>>): CostCheck | undefined {
  if (cache.has(decl.indicators)) return cache.get(decl.indicators);
  const result = compute(decl);
  cache.set(decl.indicators, result);
  return result;
}

function compute(decl: Pick<Declaration, 'funds' | 'indicators'> & Partial<Pick<Declaration, 'start' | 'end'>>): CostCheck | undefined {
  const multiYear = decl.start !== undefined && decl.end !== undefined && isMultiYear({ start: decl.start, end: decl.end });
  const col = multiYear ? wholeLifeColumn(decl) : annualColumn(decl);
  if (!col) return undefined;
  const limitFen = totalOf(col);
  const limitYuan = shift(dec(limitFen), -2);
  const all = quantIndicators(decl);
  const plan = costPlan(
    all.filter((i) => isCostIndicator(i.ref)),
    all.filter((i) => !isCostIndicator(i.ref)),
  );
  return { plan, findings: checkCosts(plan, limitYuan), column: col.label, limitYuan, limitFen };
}

/** The message data both rules share: the terms as written, their sum and the limit in the unit the terms use. */
export function sumData(c: CostCheck, plan: CostPlan<Indicator>, total: Decimal) {
  const show = displayUnit(plan);
  const single = plan.terms.length === 1 && plan.terms[0]!.count === undefined;
  // One amount on its own is named, not added: 「网络安全专项检查费」112.00万元.
  const terms = single ? `「${plan.terms[0]!.cost.name}」${describeTerms(plan)}` : describeTerms(plan);
  return { terms, total: show.inUnit(total), limit: show.inUnit(c.limitYuan), column: c.column, limitYuan: formatYuan(c.limitFen), ...(single && { single }) };
}

export function totalData(c: CostCheck, total: CostFinding<Indicator> & { kind: 'total-exceeds' }) {
  const show = displayUnit({ terms: [], totals: [total.total], unmatched: [], plannedYuan: total.totalYuan, leastYuan: total.totalYuan });
  return { indicator: total.total.name, value: total.total.written, limit: show.inUnit(c.limitYuan), column: c.column, limitYuan: formatYuan(c.limitFen) };
}

/** One note per term, at its cost indicator: what it added. */
export function termNotes(plan: CostPlan<Indicator>) {
  const show = displayUnit(plan);
  return plan.terms.map((t) => {
    const cost = `${t.cost.figureWritten}${t.cost.unit.written}`;
    const term = t.count ? `${cost} × ${t.count.figureWritten}${t.count.unit.written}` : `「${t.cost.name}」${cost}`;
    return { path: t.cost.ref.path, messageId: 'term' as const, data: { term, amount: show.inUnit(t.yuan) } };
  });
}

/** Only the terms whose least value is known: the sum a certain finding shows. */
export function certainPart(plan: CostPlan<Indicator>): CostPlan<Indicator> {
  const terms = plan.terms.filter((t) => t.leastYuan.units > 0n);
  return { ...plan, terms: terms.map((t) => ({ ...t, yuan: t.leastYuan })), plannedYuan: plan.leastYuan };
}

/** Where a sum of costs is reported: the 成本指标 group (一级, or the older system's 二级) of its first term. */
export function costGroupPath(ind: Indicator): readonly (string | number)[] {
  return ind.path.slice(0, ind.level2 === '成本指标' ? 3 : 2);
}

/** A note at the money the costs are measured against: the stated 合计, else the column. */
export function limitNote(decl: Pick<Declaration, 'funds'>, c: CostCheck) {
  const col = c.column === '项目资金总额' ? wholeLifeColumn(decl) : annualColumn(decl);
  if (!col) return [];
  const at = columnTotal(col);
  // In the file's own unit, as the author wrote the amounts (45.6 万元, not 456,000.00 元).
  return [{ path: at.path, part: at.part, messageId: 'limit' as const, data: { column: c.column, amount: amountFormatter(decl.funds)(c.limitFen), unit: decl.funds.unit } }];
}

/** The finding both rules give when a sum of costs exceeds the limit: at the 成本指标 group, with each term and the limit as notes. */
export function sumReport(decl: Pick<Declaration, 'funds'>, c: CostCheck, plan: CostPlan<Indicator>) {
  return {
    path: costGroupPath(plan.terms[0]!.cost.ref),
    part: 'key' as const,
    messageId: 'sum' as const,
    data: sumData(c, plan, plan.plannedYuan),
    notes: [...termNotes(plan), ...limitNote(decl, c)],
  };
}

/** The finding both rules give when a 总成本 exceeds the limit: at that indicator. */
export function totalReport(decl: Pick<Declaration, 'funds'>, c: CostCheck, f: CostFinding<Indicator> & { kind: 'total-exceeds' }) {
  return { path: f.total.ref.path, messageId: 'total' as const, data: totalData(c, f), notes: limitNote(decl, c) };
}
