import { annualColumn, columnTotal, wholeLifeColumn, type Column, amountFormatter } from '../check/fund-columns.js';
import type { DocPath } from '../diagnostics/types.js';
import { fenOf, type Amount, type Declaration } from '../model/declaration.js';
import { formatYuan, type Fen } from '../model/money.js';
import type { FieldCatalogue, FieldValue } from './template.js';

/**
 * Every field a declaration form can show, by id: where it is in the
 * declaration file and how the form prints it. Templates refer to these ids,
 * so all forms read the model the same way, and the arithmetic of the fund
 * columns (a stated 合计, or the sum of the parts) is the one in
 * check/fund-columns.ts that the rules check.
 */
export type DeclarationFieldId =
  | 'year'
  | 'name'
  | 'nature'
  | 'category'
  | 'department'
  | 'unit'
  | 'start'
  | 'end'
  | 'funds'
  | 'wholeLife'
  | 'wholeLife.total'
  | 'wholeLife.fiscal'
  | 'wholeLife.other'
  | 'annual'
  | 'annual.total'
  | 'annual.current'
  | 'annual.carryover'
  | 'annual.other'
  | 'goals'
  | 'goals.overall'
  | 'goals.annual'
  | 'indicators';

const FUNDS: DocPath = ['项目资金'];
const WHOLE_LIFE: DocPath = ['项目资金', '项目资金总额'];
const ANNUAL: DocPath = ['项目资金', '年度资金申请总额'];

const text = (value: string, path: DocPath): FieldValue => ({ text: value, path });

/**
 * An amount as the form prints it, or an empty cell reported at `fallback`.
 * In 元: the official style (2,810,000.00), and the spreadsheet holds the
 * number. In 万元 (`金额单位: 万元`): exactly as written, under （万元）, as a
 * text cell, so the PDF and the XLSX show the same characters and no
 * spreadsheet number in 元 can disagree with them; a computed total in the
 * file's own style (amountFormatter).
 */
function money(d: Declaration, fen: Fen | undefined, path: DocPath, written?: Amount): FieldValue {
  if (fen === undefined) return { text: '', path };
  if (d.funds.unit === '万元') return { text: written ? written.written.trim() : amountFormatter(d.funds)(fen), path };
  return { text: formatYuan(fen), amount: fen, path };
}

/** A validated amount in 分 (the form is only drawn for valid declarations), printed as the form prints it. */
const given = (d: Declaration, a: Amount): FieldValue => money(d, fenOf(a)!, a.path, a);

/** A column's total (stated 合计, or the sum) where the form shows it; the column is validated, so readable. */
function total(column: Column | undefined, d: Declaration): FieldValue {
  if (!column) throw new Error(`internal: unvalidated amounts in ${d.name.value}`);
  const t = columnTotal(column);
  return money(d, t.fen, t.path, column.stated?.amount);
}

export const DECLARATION_FIELDS: FieldCatalogue<Declaration, DeclarationFieldId> = {
  year: { path: ['年度'], kind: 'year', read: (d) => text(String(d.year.value), d.year.path) },
  name: { path: ['项目名称'], kind: 'text', read: (d) => text(d.name.value, d.name.path) },
  nature: { path: ['项目性质'], kind: 'text', read: (d) => text(d.nature.value, d.nature.path) },
  category: { path: ['项目类别'], kind: 'text', read: (d) => text(d.category.value, d.category.path) },
  department: { path: ['主管部门'], kind: 'text', read: (d) => text(d.department.value, d.department.path) },
  unit: { path: ['实施单位'], kind: 'text', read: (d) => text(d.unit.value, d.unit.path) },
  start: { path: ['计划开始日期'], kind: 'date', read: (d) => text(d.start.written, d.start.path) },
  end: { path: ['计划完成日期'], kind: 'date', read: (d) => text(d.end.written, d.end.path) },

  funds: { path: FUNDS, kind: 'group', read: () => text('', FUNDS) },
  // The whole-life column is optional: absent, its cells stay empty and belong to 项目资金.
  wholeLife: { path: WHOLE_LIFE, kind: 'group', read: (d) => text('', d.funds.wholeLife?.path ?? FUNDS) },
  'wholeLife.total': {
    path: [...WHOLE_LIFE, '合计'],
    kind: 'amount',
    read: (d) => (d.funds.wholeLife ? total(wholeLifeColumn(d), d) : money(d, undefined, FUNDS)),
  },
  'wholeLife.fiscal': {
    path: [...WHOLE_LIFE, '财政资金'],
    kind: 'amount',
    read: (d) => {
      const wl = d.funds.wholeLife;
      return wl ? given(d, wl.fiscal) : money(d, undefined, FUNDS);
    },
  },
  'wholeLife.other': {
    path: [...WHOLE_LIFE, '其他资金'],
    kind: 'amount',
    read: (d) => {
      const wl = d.funds.wholeLife;
      return wl ? given(d, wl.other) : money(d, undefined, FUNDS);
    },
  },
  annual: { path: ANNUAL, kind: 'group', read: (d) => text('', d.funds.annual.path) },
  'annual.total': {
    path: [...ANNUAL, '合计'],
    kind: 'amount',
    read: (d) => total(annualColumn(d), d),
  },
  'annual.current': { path: [...ANNUAL, '当年财政拨款'], kind: 'amount', read: (d) => given(d, d.funds.annual.current) },
  'annual.carryover': { path: [...ANNUAL, '上年结转资金'], kind: 'amount', read: (d) => given(d, d.funds.annual.carryover) },
  'annual.other': { path: [...ANNUAL, '其他资金'], kind: 'amount', read: (d) => given(d, d.funds.annual.other) },

  goals: { path: ['绩效目标'], kind: 'group', read: () => text('', ['绩效目标']) },
  'goals.overall': { path: ['绩效目标', '项目总目标'], kind: 'prose', read: (d) => text(d.goals.overall?.value ?? '', ['绩效目标', '项目总目标']) },
  'goals.annual': { path: ['绩效目标', '年度总体目标'], kind: 'prose', read: (d) => text(d.goals.annual.value, d.goals.annual.path) },
  indicators: { path: ['绩效指标'], kind: 'group', read: (d) => text('', d.indicators.path) },
};
