import type { DocPath } from '../diagnostics/types.js';
import { fenOf, yearSpan, type Amount, type Declaration } from '../model/declaration.js';
import { formatIndicatorValue } from '../model/indicator-value.js';
import { formatYuan, sumFen, type Fen } from '../model/money.js';
import type { CellStyle, GridCell, GridRow, RepeatRule, Sheet } from './grid.js';

export const FORM_TITLE = '财政项目支出绩效目标申报表';
export const INDICATOR_HEADER = ['一级指标', '二级指标', '三级指标', '年度(/项目)指标值'] as const;

/**
 * One column set for the whole form, so that every section lines up as on
 * the official form. Label columns hold four characters at 10.5 pt (so
 * 计划开始日期 wraps as 计划开始/日期 and 经济成本指标 as 经济成本/指标, as on
 * the printed forms); the last column takes what is left of the page width.
 *
 *   col:      0        1     2     3       4     5      6      7
 *   top:    项目名称 | name      | 项目性质 | nature      | 项目类别 | category
 *           主管部门 | dept      | 实施单位 | unit
 *   funds:  label   | 项目资金总额 | amount       | 年度资金申请总额 | amount
 *   goals:  label   | 项目总目标                  | 年度总体目标
 *   指标:    label   | 一级  | 二级 | 三级指标                    | 指标值
 */
const FIXED = [52, 52, 52, 52, 74, 66, 52] as const;

const LABEL: CellStyle = { hAlign: 'center', vAlign: 'middle', weight: 'regular', shade: false };
const HEADER: CellStyle = { hAlign: 'center', vAlign: 'middle', weight: 'bold', shade: true };
const FIELD: CellStyle = { hAlign: 'left', vAlign: 'middle', weight: 'regular', shade: false };
const FUND_LABEL: CellStyle = { hAlign: 'left', vAlign: 'middle', weight: 'regular', shade: false };
const AMOUNT: CellStyle = { hAlign: 'right', vAlign: 'middle', weight: 'regular', shade: false };
const PROSE: CellStyle = { hAlign: 'left', vAlign: 'top', weight: 'regular', shade: false };
const VALUE: CellStyle = { hAlign: 'center', vAlign: 'middle', weight: 'regular', shade: false };

/** The official 申报表 for one declaration, as a sheet `width` pt wide. */
export function declarationSheet(decl: Declaration, width: number): Sheet {
  const columns = [...FIXED, width - FIXED.reduce((a, b) => a + b, 0)];
  if (columns[7]! < 60) throw new Error(`internal: the form needs at least ${FIXED.reduce((a, b) => a + b, 60)} pt of width`);
  const cells: GridCell[] = [];
  const rows: GridRow[] = [];
  const repeats: RepeatRule[] = [];
  let row = -1;
  const newRow = (opts: GridRow = {}) => {
    rows.push(opts);
    return ++row;
  };
  const cell = (r: number, col: number, colSpan: number, text: string, style: CellStyle, path: DocPath, extra: Partial<GridCell> = {}) =>
    cells.push({ row: r, col, rowSpan: 1, colSpan, text, ...style, path, ...extra });

  // 项目名称 … 项目类别
  let r = newRow();
  cell(r, 0, 1, '项目名称', LABEL, ['项目名称']);
  cell(r, 1, 2, decl.name.value, FIELD, decl.name.path);
  cell(r, 3, 1, '项目性质', LABEL, ['项目性质']);
  cell(r, 4, 2, decl.nature.value, FIELD, decl.nature.path);
  cell(r, 6, 1, '项目类别', LABEL, ['项目类别']);
  cell(r, 7, 1, decl.category.value, FIELD, decl.category.path);
  r = newRow();
  cell(r, 0, 1, '主管部门', LABEL, ['主管部门']);
  cell(r, 1, 2, decl.department.value, FIELD, decl.department.path);
  cell(r, 3, 1, '实施单位', LABEL, ['实施单位']);
  cell(r, 4, 4, decl.unit.value, FIELD, decl.unit.path);
  r = newRow();
  cell(r, 0, 1, '计划开始日期', LABEL, decl.start.path);
  cell(r, 1, 2, decl.start.written, FIELD, decl.start.path);
  cell(r, 3, 1, '计划完成日期', LABEL, decl.end.path);
  cell(r, 4, 4, decl.end.written, FIELD, decl.end.path);

  // 项目资金（元）: the whole-life column on the left, this year's on the right.
  const wl = decl.funds.wholeLife;
  const an = decl.funds.annual;
  const amount = (r: number, col: number, colSpan: number, fen: Fen | undefined, path: DocPath) =>
    fen === undefined ? cell(r, col, colSpan, '', AMOUNT, path) : cell(r, col, colSpan, formatYuan(fen), AMOUNT, path, { amount: fen });
  const given = (a: Amount) => fenOf(a)!;
  const fundsTop = newRow({ keepWithNext: true });
  cells.push({ row: fundsTop, col: 0, rowSpan: 4, colSpan: 1, text: '项目资金\n（元）', ...LABEL, path: ['项目资金'] });
  cell(fundsTop, 1, 2, '项目资金总额：', FUND_LABEL, wl?.path ?? ['项目资金']);
  amount(fundsTop, 3, 2, wl && (wl.total ? given(wl.total) : sumFen([given(wl.fiscal), given(wl.other)])), wl ? (wl.total?.path ?? wl.path) : ['项目资金']);
  cell(fundsTop, 5, 2, '年度资金申请总额：', FUND_LABEL, an.path);
  amount(fundsTop, 7, 1, an.total ? given(an.total) : sumFen([given(an.current), given(an.carryover), given(an.other)]), an.total?.path ?? an.path);
  r = newRow({ keepWithNext: true });
  cell(r, 1, 2, '其中：财政资金', FUND_LABEL, wl?.fiscal.path ?? ['项目资金']);
  amount(r, 3, 2, wl && given(wl.fiscal), wl?.fiscal.path ?? ['项目资金']);
  cell(r, 5, 2, '其中：当年财政拨款', FUND_LABEL, an.current.path);
  amount(r, 7, 1, given(an.current), an.current.path);
  r = newRow({ keepWithNext: true });
  cell(r, 1, 2, '', FUND_LABEL, wl?.path ?? ['项目资金']);
  cell(r, 3, 2, '', AMOUNT, wl?.path ?? ['项目资金']);
  cell(r, 5, 2, '上年结转资金', FUND_LABEL, an.carryover.path);
  amount(r, 7, 1, given(an.carryover), an.carryover.path);
  r = newRow();
  cell(r, 1, 2, '其他资金', FUND_LABEL, wl?.other.path ?? ['项目资金']);
  amount(r, 3, 2, wl && given(wl.other), wl?.other.path ?? ['项目资金']);
  cell(r, 5, 2, '其他资金', FUND_LABEL, an.other.path);
  amount(r, 7, 1, given(an.other), an.other.path);

  // 项目绩效目标: the two goals side by side.
  const overallPath = ['绩效目标', '项目总目标'];
  const annualPath = ['绩效目标', '年度总体目标'];
  const goalsTop = newRow({ keepWithNext: true });
  cells.push({ row: goalsTop, col: 0, rowSpan: 2, colSpan: 1, text: '项目\n绩效\n目标', ...LABEL, path: ['绩效目标'] });
  cell(goalsTop, 1, 4, overallGoalLabel(decl), HEADER, overallPath);
  cell(goalsTop, 5, 3, '年度总体目标', HEADER, annualPath);
  r = newRow();
  cell(r, 1, 4, decl.goals.overall?.value ?? '', PROSE, overallPath);
  cell(r, 5, 3, decl.goals.annual.value, PROSE, decl.goals.annual.path);

  // 绩效指标: 一级 and 二级 cells span their indicators' rows.
  const groups = decl.indicators.groups
    .map((l1) => ({ ...l1, groups: l1.groups.filter((l2) => l2.items.length > 0) }))
    .filter((l1) => l1.groups.length > 0);
  const count = groups.reduce((a, l1) => a + l1.groups.reduce((b, l2) => b + l2.items.length, 0), 0);
  const header = newRow({ keepWithNext: true });
  cells.push({ row: header, col: 0, rowSpan: count + 1, colSpan: 1, text: '绩效\n指标', ...LABEL, path: decl.indicators.path });
  INDICATOR_HEADER.forEach((h, i) => cell(header, [1, 2, 3, 7][i]!, [1, 1, 4, 1][i]!, h, HEADER, ['绩效指标']));
  for (const l1 of groups) {
    const l1Rows = l1.groups.reduce((a, l2) => a + l2.items.length, 0);
    l1.groups.forEach((l2, j) => {
      l2.items.forEach((ind, k) => {
        const ir = newRow();
        if (j === 0 && k === 0) cells.push({ row: ir, col: 1, rowSpan: l1Rows, colSpan: 1, text: l1.name, ...LABEL, path: l1.path });
        if (k === 0) cells.push({ row: ir, col: 2, rowSpan: l2.items.length, colSpan: 1, text: l2.name, ...LABEL, path: l2.path });
        cell(ir, 3, 4, ind.name, FIELD, ind.path);
        cell(ir, 7, 1, formatIndicatorValue(ind.value), VALUE, ind.path);
      });
    });
  }
  if (count > 0) repeats.push({ header: [header, header + 1], body: [header + 1, row + 1] });

  return {
    title: decl.name.value,
    heading: [
      { text: FORM_TITLE, size: 18, weight: 'bold', path: [], gapAfter: 2 },
      { text: `（${decl.year.value}年度）`, size: 12, weight: 'regular', path: decl.year.path, gapAfter: 8 },
    ],
    grid: { columns, rows, cells, repeats },
  };
}

/** 项目总目标（2025年-2029年） for a project spanning several years, as the official form labels it. */
export function overallGoalLabel(decl: Pick<Declaration, 'start' | 'end'>): string {
  const span = yearSpan(decl);
  return span && span.from !== span.to ? `项目总目标（${span.from}年-${span.to}年）` : '项目总目标';
}
