import type { CellStyle } from '../../layout/grid.js';
import { decimalsWritten, formatAmount, formatYuan, sumFen, type AmountUnit, type Fen } from '../../model/money.js';
import type { TableColumn, TableTemplate } from '../table-template.js';

/** `<实施单位> <年度>年度项目绩效目标汇总表`, the summary's title as units publish it. */
export const SUMMARY_TITLE_SUFFIX = '年度项目绩效目标汇总表';
/** The overview's entry in the PDF outline. */
export const OVERVIEW_TITLE = '项目绩效目标汇总表';
export const TOTAL_LABEL = '合计';

export function summaryTitle(unit: string, year: number): string {
  return `${unit} ${year}${SUMMARY_TITLE_SUFFIX}`;
}

/** What the overview shows of one project: a row of the table. */
export interface OverviewRow {
  /** 项目名称 */
  readonly name: string;
  /** 项目性质 */
  readonly nature: string;
  /** 项目类别 */
  readonly category: string;
  /** 计划开始日期 / 计划完成日期, as written: the project's period. */
  readonly start: string;
  readonly end: string;
  /** 项目资金总额: the whole-life total as the form prints it (for a one-year project that declares none, its 年度资金申请总额). */
  readonly total: Fen;
  /** 年度资金申请总额 (as the form prints it) and its three parts. */
  readonly annual: Fen;
  readonly current: Fen;
  readonly carryover: Fen;
  readonly other: Fen;
  /** The sheet holding the project's form (see GridCell.link). */
  readonly link?: string;
  /** The project's 金额单位 (absent: 元). */
  readonly unit?: AmountUnit;
  /** The five amounts as the project's form prints them (in 万元: as written), for an overview in the same unit. */
  readonly written?: Readonly<Record<keyof OverviewTotals, string>>;
}

export interface OverviewTotals {
  readonly total: Fen;
  readonly annual: Fen;
  readonly current: Fen;
  readonly carryover: Fen;
  readonly other: Fen;
}

/** The 合计 row: exact sums in 分. */
export function overviewTotals(rows: readonly OverviewRow[]): OverviewTotals {
  return {
    total: sumFen(rows.map((r) => r.total)),
    annual: sumFen(rows.map((r) => r.annual)),
    current: sumFen(rows.map((r) => r.current)),
    carryover: sumFen(rows.map((r) => r.carryover)),
    other: sumFen(rows.map((r) => r.other)),
  };
}

const STYLES = {
  header: { hAlign: 'center', vAlign: 'middle', weight: 'bold', shade: true },
  center: { hAlign: 'center', vAlign: 'middle', weight: 'regular', shade: false },
  left: { hAlign: 'left', vAlign: 'middle', weight: 'regular', shade: false },
  amount: { hAlign: 'right', vAlign: 'middle', weight: 'regular', shade: false },
  total: { hAlign: 'center', vAlign: 'middle', weight: 'bold', shade: false },
  totalAmount: { hAlign: 'right', vAlign: 'middle', weight: 'bold', shade: false },
} as const satisfies Record<string, CellStyle>;

/** Headers of at most four ideographs a line, as printed (年度资金/申请总额): that is also their columns' least width. */
const HEADER_EM = 4;

/**
 * An amount column. In 元: the official style, converted exactly from a
 * project written in 万元 (281 → 2,810,000.00), the spreadsheet holding the
 * number. In 万元 (every project of the summary in 万元): each amount as its
 * form prints it, as written, in a text cell like the form's own.
 */
function amount(header: string, key: keyof OverviewTotals, unit: AmountUnit, rows: readonly OverviewRow[]): TableColumn<OverviewRow> {
  const decimals = writtenDecimals(rows, key);
  return {
    header,
    style: 'amount',
    cell: (p) =>
      unit === '元' ? { text: formatYuan(p[key]), amount: p[key] } : { text: p.written?.[key] ?? formatAmount(p[key], unit, decimals), sum: p[key] },
    // Amounts never wrap.
    width: { kind: 'fit', minEm: HEADER_EM },
    total: true,
    // 合计 in 万元: as many decimals as the column's amounts were written with (never fewer than the sum needs).
    ...(unit === '万元' && { formatTotal: (sum: Fen) => ({ text: formatAmount(sum, unit, decimals), numeric: false }) }),
  };
}

/** The unit of an overview: 万元 when every project is written in 万元, else 元 (exact for either). */
export function overviewUnit(rows: readonly OverviewRow[]): AmountUnit {
  return rows.length > 0 && rows.every((r) => r.unit === '万元') ? '万元' : '元';
}

/** The most decimals any project wrote in one column. */
function writtenDecimals(rows: readonly OverviewRow[], key: keyof OverviewTotals): number {
  return Math.max(0, ...rows.flatMap((r) => (r.written ? [decimalsWritten(r.written[key])] : [])));
}

/**
 * The overview table of a summary (`--overview`): 序号, 项目名称 (linking
 * to the project's form), 项目性质, 项目类别, 项目期限, 项目资金总额, and the
 * 年度资金申请总额 with its three parts, in the unit the line above says
 * (元, or 万元 when every project is written in 万元: see overviewUnit), then
 * an exact 合计 row. Amount and 序号 columns are as wide as their widest
 * entry; 项目性质 and 项目类别 up to eight ideographs; the 项目名称 column
 * takes the rest.
 */
export function summaryOverview(rows: readonly OverviewRow[] = []): TableTemplate<OverviewRow> {
  const unit = overviewUnit(rows);
  return {
    id: 'summary-overview',
    title: OVERVIEW_TITLE,
    styles: STYLES,
    heading: [
      { text: '{title}', size: 18, weight: 'bold', gapAfter: 4 },
      { text: `金额单位：${unit}`, size: 10.5, weight: 'regular', gapAfter: 2, align: 'right' },
    ],
    headerStyle: 'header',
    columns: [
      { header: '序号', style: 'center', cell: (_, i) => ({ text: String(i + 1), number: i + 1 }), width: { kind: 'fit', measureHeader: true } },
      {
        header: '项目名称',
        style: 'left',
        cell: (p) => ({ text: p.name, ...(p.link !== undefined && { link: p.link }) }),
        // Below eight ideographs a name is too narrow to read: the wrapping columns give up width first.
        width: { kind: 'rest', minEm: 8, hardMinEm: 2 },
      },
      { header: '项目性质', style: 'center', cell: (p) => ({ text: p.nature }), width: { kind: 'wrap', capEm: 8, minEm: HEADER_EM, yieldEm: HEADER_EM } },
      { header: '项目类别', style: 'center', cell: (p) => ({ text: p.category }), width: { kind: 'wrap', capEm: 8, minEm: HEADER_EM, yieldEm: HEADER_EM } },
      // The project's period, 计划开始日期至计划完成日期, in two lines.
      { header: '项目期限', style: 'center', cell: (p) => ({ text: `${p.start}至${p.end}` }), width: { kind: 'wrap', capEm: 6, minEm: HEADER_EM, yieldEm: 6 } },
      amount('项目资金\n总额', 'total', unit, rows),
      amount('年度资金\n申请总额', 'annual', unit, rows),
      amount('当年财政\n拨款', 'current', unit, rows),
      amount('上年结转\n资金', 'carryover', unit, rows),
      amount('其他资金', 'other', unit, rows),
    ],
    total: { label: TOTAL_LABEL, style: 'total', amountStyle: 'totalAmount' },
  };
}

/** The overview in 元, as the published 汇总表 has it. */
export const SUMMARY_OVERVIEW: TableTemplate<OverviewRow> = summaryOverview();

/** The header labels as one reads them (without the line breaks the printed header has). */
export const OVERVIEW_HEADER = SUMMARY_OVERVIEW.columns.map((c) => c.header.replace(/\n/g, ''));
