import { formatYuan, sumFen, type Fen } from '../model/money.js';
import type { CellStyle, GridCell, GridRow, HeadingLine, Sheet } from './grid.js';
import { textWidth, type Measurer, type Weight } from './measure.js';
import type { Typography } from './page-setup.js';

/** `<实施单位> <年度>年度项目绩效目标汇总表`, the summary's title as units publish it. */
export const SUMMARY_TITLE_SUFFIX = '年度项目绩效目标汇总表';
/** The overview's entry in the PDF outline. */
export const OVERVIEW_TITLE = '项目绩效目标汇总表';
export const OVERVIEW_HEADER = [
  '序号',
  '项目名称',
  '项目性质',
  '项目类别',
  '计划开始日期',
  '计划完成日期',
  '年度资金申请总额',
  '当年财政拨款',
  '上年结转资金',
  '其他资金',
] as const;
export const TOTAL_LABEL = '合计';

/** What the overview shows of one project: a row of the table. */
export interface OverviewRow {
  /** 项目名称 */
  readonly name: string;
  /** 项目性质 */
  readonly nature: string;
  /** 项目类别 */
  readonly category: string;
  /** 计划开始日期 / 计划完成日期, as written. */
  readonly start: string;
  readonly end: string;
  /** 年度资金申请总额 (as the form prints it) and its three parts. */
  readonly annual: Fen;
  readonly current: Fen;
  readonly carryover: Fen;
  readonly other: Fen;
  /** The sheet holding the project's form (see GridCell.link). */
  readonly link?: string;
}

export interface OverviewTotals {
  readonly annual: Fen;
  readonly current: Fen;
  readonly carryover: Fen;
  readonly other: Fen;
}

const AMOUNT_KEYS = ['annual', 'current', 'carryover', 'other'] as const;

/** The 合计 row: exact sums in 分. */
export function overviewTotals(rows: readonly OverviewRow[]): OverviewTotals {
  return {
    annual: sumFen(rows.map((r) => r.annual)),
    current: sumFen(rows.map((r) => r.current)),
    carryover: sumFen(rows.map((r) => r.carryover)),
    other: sumFen(rows.map((r) => r.other)),
  };
}

export function summaryTitle(unit: string, year: number): string {
  return `${unit} ${year}${SUMMARY_TITLE_SUFFIX}`;
}

const HEADER: CellStyle = { hAlign: 'center', vAlign: 'middle', weight: 'bold', shade: true };
const CENTER: CellStyle = { hAlign: 'center', vAlign: 'middle', weight: 'regular', shade: false };
const LEFT: CellStyle = { hAlign: 'left', vAlign: 'middle', weight: 'regular', shade: false };
const AMOUNT: CellStyle = { hAlign: 'right', vAlign: 'middle', weight: 'regular', shade: false };
const TOTAL: CellStyle = { hAlign: 'center', vAlign: 'middle', weight: 'bold', shade: false };
const TOTAL_AMOUNT: CellStyle = { hAlign: 'right', vAlign: 'middle', weight: 'bold', shade: false };

/** Header labels as printed: long ones in two lines of at most four ideographs (年度资金/申请总额). */
const HEADER_LINES: Readonly<Record<string, string>> = {
  计划开始日期: '计划开始\n日期',
  计划完成日期: '计划完成\n日期',
  年度资金申请总额: '年度资金\n申请总额',
  当年财政拨款: '当年财政\n拨款',
  上年结转资金: '上年结转\n资金',
};
const HEADER_EM = 4;
/** 项目性质 and 项目类别 get up to this many ideographs per line; longer values wrap into even lines. */
const TEXT_EM = 8;
/** Below this the 项目名称 column is too narrow to read: the text columns give up width first. */
const NAME_MIN_EM = 8;

/**
 * The overview table of a summary: a header row (repeated on every page the
 * table continues on), one row per project in the given order, and an exact
 * 合计 row. Amount, date and 序号 columns are as wide as their widest entry
 * (so amounts never wrap); 项目性质 and 项目类别 up to six ideographs; the
 * 项目名称 column takes the rest of `width`.
 */
export function overviewSheet(title: string, rows: readonly OverviewRow[], width: number, m: Measurer, t: Typography): Sheet {
  const totals = overviewTotals(rows);
  const pad = 2 * t.padX + 1;
  const em = t.size;
  const w = (s: string, weight: Weight = 'regular') => textWidth(s, t.size, weight, m);
  const widest = (texts: readonly string[], weight: Weight = 'regular') => texts.reduce((a, s) => Math.max(a, w(s, weight)), 0);
  const headerMin = HEADER_EM * em;

  const seq = Math.max(w(String(rows.length)), w('序号', 'bold')) + pad;
  const date = Math.max(widest(rows.flatMap((r) => [r.start, r.end])), headerMin) + pad;
  const amounts = AMOUNT_KEYS.map((k) => Math.max(widest(rows.map((r) => formatYuan(r[k]))), w(formatYuan(totals[k]), 'bold'), headerMin) + pad);
  const textCol = (values: readonly string[], capEm: number) => {
    const natural = Math.max(widest(values), headerMin);
    if (natural <= capEm * em) return natural + pad;
    // Too long for one line: lines of even length (plus one character of slack for where breaks fall).
    return Math.min(natural / Math.ceil(natural / (capEm * em)) + em, capEm * em) + pad;
  };
  let nature = textCol(rows.map((r) => r.nature), TEXT_EM);
  let category = textCol(rows.map((r) => r.category), TEXT_EM);
  const fixed = () => seq + nature + category + 2 * date + amounts.reduce((a, b) => a + b, 0);
  if (width - fixed() < NAME_MIN_EM * em + pad) {
    nature = Math.min(nature, headerMin + pad);
    category = Math.min(category, headerMin + pad);
  }
  const name = width - fixed();
  if (name < 2 * em + pad) throw new Error(`internal: the overview needs more than ${width} pt of width`);
  const columns = [seq, name, nature, category, date, date, ...amounts];

  const cells: GridCell[] = [];
  const gridRows: GridRow[] = [];
  const cell = (row: number, col: number, text: string, style: CellStyle, extra: Partial<GridCell> = {}) =>
    cells.push({ row, col, rowSpan: 1, colSpan: 1, text, ...style, path: [], ...extra });

  gridRows.push({ keepWithNext: true });
  OVERVIEW_HEADER.forEach((h, col) => cell(0, col, HEADER_LINES[h] ?? h, HEADER));
  rows.forEach((p, i) => {
    const r = i + 1;
    gridRows.push({});
    cell(r, 0, String(i + 1), CENTER, { number: i + 1 });
    cell(r, 1, p.name, LEFT, p.link !== undefined ? { link: p.link } : {});
    cell(r, 2, p.nature, CENTER);
    cell(r, 3, p.category, CENTER);
    cell(r, 4, p.start, CENTER);
    cell(r, 5, p.end, CENTER);
    AMOUNT_KEYS.forEach((k, j) => cell(r, 6 + j, formatYuan(p[k]), AMOUNT, { amount: p[k] }));
  });
  const total = rows.length + 1;
  gridRows.push({});
  cells.push({ row: total, col: 0, rowSpan: 1, colSpan: 6, text: TOTAL_LABEL, ...TOTAL, path: [] });
  AMOUNT_KEYS.forEach((k, j) => cell(total, 6 + j, formatYuan(totals[k]), TOTAL_AMOUNT, { amount: totals[k], sumOfRows: [1, total] }));

  const heading: HeadingLine[] = [{ text: title, size: 18, weight: 'bold', path: [], gapAfter: 10 }];
  return {
    title: OVERVIEW_TITLE,
    heading,
    grid: { columns, rows: gridRows, cells, repeats: [{ header: [0, 1], body: [1, total + 1] }] },
  };
}
