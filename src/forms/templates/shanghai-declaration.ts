import type { CellStyle } from '../../layout/grid.js';
import { A4_PORTRAIT, type PageGeometry, type Typography } from '../../layout/page-setup.js';
import { isMultiYear, type Declaration } from '../../model/declaration.js';
import { DECLARATION_FIELDS, type DeclarationFieldId } from '../declaration-fields.js';
import type { CellContent, FormTemplate, TemplateCell } from '../template.js';

/**
 * 财政项目支出绩效目标申报表 as Shanghai's budget units file it, measured
 * on the published 汇总表 (../shared/seed): each cell is as wide as the
 * printed form makes it, counted in ideographs — the 三级指标 column holds
 * 15 a line, 项目性质 6, 项目名称 and 主管部门 8, 实施单位 18, 项目总目标
 * 15 and 年度总体目标 18 — so that text wraps where the printed form wraps
 * it (test/forms/wrap-match.test.ts measures this against the seed).
 *
 *   项目名称 | name     | 项目性质 | nature | 项目类别 | category
 *   主管部门 | dept     | 实施单位 | unit
 *   计划开始日期 | start | 计划完成日期 | end
 *   项目资金 | 项目资金总额：| amount | 年度资金申请总额：| amount
 *   （元）   | 其中：财政资金 | amount | 其中：当年财政拨款 | amount
 *            |  (both rows)  |        | 上年结转资金       | amount
 *            | 其他资金      | amount | 其他资金           | amount
 *   项目绩效目标 | 项目总目标 | 年度总体目标
 *   绩效指标 | 一级 | 二级 | 三级 | 年度(/项目)指标值
 */
export const FORM_TITLE = '财政项目支出绩效目标申报表';
export const INDICATOR_HEADER = ['一级指标', '二级指标', '三级指标', '年度(/项目)指标值'] as const;

/** Widths in ideographs of the body size (the room for text; padding is added), and the type. */
export interface ShanghaiDimensions {
  readonly typography: Typography;
  readonly page: PageGeometry;
  /** The whole table. */
  readonly width: number;
  /** The first column's labels: 项目名称, 主管部门, 计划开始日期, 项目资金（元）, 绩效指标… */
  readonly label: number;
  /** 项目名称, 主管部门 and 计划开始日期 values. */
  readonly name: number;
  /** 项目性质 and 计划完成日期 labels. */
  readonly innerLabel: number;
  /** 实施单位's label: what is left of its row once the 实施单位 itself has its room. */
  readonly unitLabel: number;
  readonly nature: number;
  readonly categoryLabel: number;
  /** 项目资金总额：, 其中：财政资金, 其他资金 (the whole-life column) and their amounts. */
  readonly wholeLifeLabel: number;
  readonly wholeLifeAmount: number;
  /** 年度资金申请总额：, 其中：当年财政拨款, … (their amounts take the rest). */
  readonly annualLabel: number;
  readonly overallGoal: number;
  readonly level1: number;
  readonly level2: number;
  readonly indicator: number;
}

const MM = 72 / 25.4;
/** Room per cell, in ideographs of 12 pt (小四) type, each cell padded by half an ideograph on either side. */
const LABEL = 4.4;
const OVERALL_GOAL = 15.5;
const ANNUAL_GOAL = 18.9;
const NAME = 8.5;
const PADDING = 1;

export const SHANGHAI_DIMENSIONS: ShanghaiDimensions = {
  typography: { size: 12, leading: 1.25, padX: 6, padY: 2, minRowHeight: 18 },
  page: { ...A4_PORTRAIT, margin: { top: 15 * MM, right: 15 * MM, bottom: 15 * MM, left: 15 * MM } },
  // The goals row decides the width: 项目总目标 holds 15 ideographs a line, 年度总体目标 18.
  width: LABEL + OVERALL_GOAL + ANNUAL_GOAL + 3 * PADDING,
  label: LABEL,
  name: NAME,
  innerLabel: LABEL,
  // 实施单位's label ends where 项目总目标 does: 实施单位 then holds 18 a line, as printed.
  unitLabel: OVERALL_GOAL - NAME - PADDING,
  nature: 6.5,
  categoryLabel: 4.4,
  wholeLifeLabel: 7.2,
  // Amounts end where 项目总目标 does, and 年度资金申请总额： where 三级指标 does: fewer, wider columns.
  wholeLifeAmount: OVERALL_GOAL - 7.2 - PADDING,
  annualLabel: 4.2 + 4.2 + 15.5 - OVERALL_GOAL + PADDING,
  overallGoal: OVERALL_GOAL,
  level1: 4.2,
  level2: 4.2,
  indicator: 15.5,
};

const STYLES = {
  label: { hAlign: 'center', vAlign: 'middle', weight: 'regular', shade: false },
  header: { hAlign: 'center', vAlign: 'middle', weight: 'bold', shade: true },
  field: { hAlign: 'left', vAlign: 'middle', weight: 'regular', shade: false },
  fundLabel: { hAlign: 'left', vAlign: 'middle', weight: 'regular', shade: false },
  amount: { hAlign: 'right', vAlign: 'middle', weight: 'regular', shade: false },
  prose: { hAlign: 'left', vAlign: 'top', weight: 'regular', shade: false },
  value: { hAlign: 'center', vAlign: 'middle', weight: 'regular', shade: false },
} as const satisfies Record<string, CellStyle>;

type Style = keyof typeof STYLES;
type Id = DeclarationFieldId;
type Cell = TemplateCell<Id>;

// Small constructors keep the rows below readable as the form they describe.
const cell = (width: number | 'rest', style: Style, content: CellContent<Id>, rowSpan = 1): Cell => ({ width, style, content, ...(rowSpan > 1 && { rowSpan }) });
const label = (text: string, forField: Id, extra: { suffix?: string } = {}): CellContent<Id> => ({ kind: 'label', text, for: forField, ...extra });
const field = (id: Id, labelAt: 'left' | 'above' = 'left'): CellContent<Id> => ({ kind: 'field', field: id, label: labelAt });

/** The form with the given dimensions (SHANGHAI_DECLARATION uses SHANGHAI_DIMENSIONS). */
export function shanghaiDeclaration(d: ShanghaiDimensions): FormTemplate<Declaration, DeclarationFieldId> {
  return {
    id: 'shanghai-declaration',
    title: FORM_TITLE,
    sheetTitle: 'name',
    fields: DECLARATION_FIELDS,
    styles: STYLES,
    page: d.page,
    typography: d.typography,
    width: d.width,
    heading: [
      { text: FORM_TITLE, size: 18, weight: 'bold', gapAfter: 2 },
      { text: '（{year}年度）', size: 12, weight: 'regular', gapAfter: 8, field: 'year' },
    ],
    blocks: [
      {
        kind: 'fixed',
        rows: [
          {
            cells: [
              cell(d.label, 'label', label('项目名称', 'name')),
              cell(d.name, 'field', field('name')),
              cell(d.innerLabel, 'label', label('项目性质', 'nature')),
              cell(d.nature, 'field', field('nature')),
              cell(d.categoryLabel, 'label', label('项目类别', 'category')),
              cell('rest', 'field', field('category')),
            ],
          },
          {
            cells: [
              cell(d.label, 'label', label('主管部门', 'department')),
              cell(d.name, 'field', field('department')),
              cell(d.unitLabel, 'label', label('实施单位', 'unit')),
              cell('rest', 'field', field('unit')),
            ],
          },
          {
            cells: [
              cell(d.label, 'label', label('计划开始日期', 'start')),
              cell(d.name, 'field', field('start')),
              cell(d.innerLabel, 'label', label('计划完成日期', 'end')),
              cell('rest', 'field', field('end')),
            ],
          },
        ],
      },
      {
        // 项目资金（元）, or （万元） for a declaration with 金额单位: 万元, whose amounts are printed as written:
        // 财政资金 stands against the two parts of this year's money it covers.
        kind: 'fixed',
        rows: [
          {
            keepWithNext: true,
            cells: [
              cell(d.label, 'label', label('项目资金\n', 'funds', { suffix: 'amountUnit' }), 4),
              cell(d.wholeLifeLabel, 'fundLabel', label('项目资金总额：', 'wholeLife')),
              cell(d.wholeLifeAmount, 'amount', field('wholeLife.total')),
              cell(d.annualLabel, 'fundLabel', label('年度资金申请总额：', 'annual')),
              cell('rest', 'amount', field('annual.total')),
            ],
          },
          {
            keepWithNext: true,
            cells: [
              cell(d.wholeLifeLabel, 'fundLabel', label('其中：财政资金', 'wholeLife.fiscal'), 2),
              cell(d.wholeLifeAmount, 'amount', field('wholeLife.fiscal'), 2),
              cell(d.annualLabel, 'fundLabel', label('其中：当年财政拨款', 'annual.current')),
              cell('rest', 'amount', field('annual.current')),
            ],
          },
          {
            keepWithNext: true,
            cells: [cell(d.annualLabel, 'fundLabel', label('上年结转资金', 'annual.carryover')), cell('rest', 'amount', field('annual.carryover'))],
          },
          {
            cells: [
              cell(d.wholeLifeLabel, 'fundLabel', label('其他资金', 'wholeLife.other')),
              cell(d.wholeLifeAmount, 'amount', field('wholeLife.other')),
              cell(d.annualLabel, 'fundLabel', label('其他资金', 'annual.other')),
              cell('rest', 'amount', field('annual.other')),
            ],
          },
        ],
      },
      {
        // 项目绩效目标: the two goals side by side, under their headers.
        kind: 'fixed',
        rows: [
          {
            keepWithNext: true,
            cells: [
              cell(d.label, 'label', label('项目\n绩效\n目标', 'goals'), 2),
              cell(d.overallGoal, 'header', label('项目总目标', 'goals.overall', { suffix: 'projectYears' })),
              cell('rest', 'header', label('年度总体目标', 'goals.annual')),
            ],
          },
          { splittable: true, cells: [cell(d.overallGoal, 'prose', field('goals.overall', 'above')), cell('rest', 'prose', field('goals.annual', 'above'))] },
        ],
      },
      {
        // 绩效指标: 一级 and 二级 cells span their indicators' rows.
        kind: 'indicators',
        label: { text: '绩效\n指标', width: d.label, style: 'label', path: ['绩效指标'] },
        header: INDICATOR_HEADER,
        headerStyle: 'header',
        level1: { width: d.level1, style: 'label' },
        level2: { width: d.level2, style: 'label' },
        name: { width: d.indicator, style: 'field' },
        value: { width: 'rest', style: 'value' },
      },
    ],
    suffixes: {
      amountUnit: (decl) => `（${decl.funds.unit}）`,
      // 项目总目标（2025年-2029年） for a project spanning several years, as the official form labels it.
      projectYears: (decl) =>
        isMultiYear(decl) && decl.start.parsed.ok && decl.end.parsed.ok ? `\n（${decl.start.parsed.date.year}年-${decl.end.parsed.date.year}年）` : '',
    },
  };
}

export const SHANGHAI_DECLARATION = shanghaiDeclaration(SHANGHAI_DIMENSIONS);
