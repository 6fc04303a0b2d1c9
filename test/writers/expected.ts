import { fenOf, type Declaration } from '../../src/model/declaration.js';
import { formatIndicatorValue } from '../../src/model/indicator-value.js';
import { formatYuan, sumFen } from '../../src/model/money.js';

/**
 * What a reader of the form sees, in reading order: every field, every
 * amount, both goals, every 一级/二级 label where it starts and every
 * indicator with its value. Worked out from the model, not from the layout.
 */
export function expectedReadingOrder(d: Declaration): string[] {
  const wl = d.funds.wholeLife;
  const an = d.funds.annual;
  const yuan = (a: Parameters<typeof fenOf>[0]) => formatYuan(fenOf(a)!);
  const seq = ['财政项目支出绩效目标申报表', `（${d.year.value}年度）`, d.name.value, d.nature.value, d.category.value, d.department.value, d.unit.value, d.start.written, d.end.written];
  if (wl) seq.push(wl.total ? yuan(wl.total) : formatYuan(sumFen([fenOf(wl.fiscal)!, fenOf(wl.other)!])));
  seq.push(an.total ? yuan(an.total) : formatYuan(sumFen([fenOf(an.current)!, fenOf(an.carryover)!, fenOf(an.other)!])));
  if (wl) seq.push(yuan(wl.fiscal));
  seq.push(yuan(an.current), yuan(an.carryover));
  if (wl) seq.push(yuan(wl.other));
  seq.push(yuan(an.other));
  if (d.goals.overall) seq.push(d.goals.overall.value);
  seq.push(d.goals.annual.value);
  for (const l1 of d.indicators.groups) {
    let first1 = true;
    for (const l2 of l1.groups) {
      let first2 = true;
      for (const ind of l2.items) {
        if (first1) seq.push(l1.name);
        if (first2) seq.push(l2.name);
        first1 = first2 = false;
        seq.push(ind.name, formatIndicatorValue(ind.value));
      }
    }
  }
  return seq;
}
