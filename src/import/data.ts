import { annualColumn, totalOf, wholeLifeColumn } from '../check/fund-columns.js';
import { fenOf, type Declaration } from '../model/declaration.js';

/**
 * What a declaration says, as plain data to compare: every value the form
 * prints, amounts in 分, 指标值 parsed, no key paths or source spellings.
 * Two declarations with equal data print the same form. The optional 合计
 * lines count as the total the form prints (a stated 合计, else the sum of
 * the parts), since a printed form cannot show whether 合计 was written.
 * This is what an import must give back: `render` → `import` round trips
 * compare it.
 */
export function declarationData(d: Declaration): unknown {
  const fen = (v: bigint | undefined) => (v === undefined ? undefined : v.toString());
  const wl = d.funds.wholeLife;
  const an = d.funds.annual;
  const wlColumn = wholeLifeColumn(d);
  const anColumn = annualColumn(d);
  return {
    year: d.year.value,
    name: d.name.value,
    nature: d.nature.value,
    category: d.category.value,
    department: d.department.value,
    unit: d.unit.value,
    start: d.start.written,
    end: d.end.written,
    funds: {
      wholeLife: wl && { total: fen(wlColumn && totalOf(wlColumn)), fiscal: fen(fenOf(wl.fiscal)), other: fen(fenOf(wl.other)) },
      annual: { total: fen(anColumn && totalOf(anColumn)), current: fen(fenOf(an.current)), carryover: fen(fenOf(an.carryover)), other: fen(fenOf(an.other)) },
    },
    goals: { overall: d.goals.overall?.value, annual: d.goals.annual.value },
    indicators: d.indicators.groups.map((l1) => ({
      name: l1.name,
      groups: l1.groups.map((l2) => ({ name: l2.name, items: l2.items.map((i) => ({ name: i.name, value: i.value })) })),
    })),
  };
}
