import type { CellStyle } from '../../layout/grid.js';
import { isMultiYear, type Declaration } from '../../model/declaration.js';
import { DECLARATION_FIELDS, type DeclarationFieldId } from '../declaration-fields.js';
import type { CellContent, FormTemplate, TemplateCell } from '../template.js';

/**
 * 财政项目支出绩效目标申报表 as Shanghai's budget units file it: one column
 * set for the whole form, so that every section lines up as on the official
 * form. Label columns hold four characters at 10.5 pt (so 计划开始日期 wraps
 * as 计划开始/日期 and 经济成本指标 as 经济成本/指标, as on the printed
 * forms); the last column takes what is left of the page width.
 *
 *   col:      0        1     2     3       4     5      6      7
 *   top:    项目名称 | name      | 项目性质 | nature      | 项目类别 | category
 *           主管部门 | dept      | 实施单位 | unit
 *   funds:  label   | 项目资金总额 | amount       | 年度资金申请总额 | amount
 *   goals:  label   | 项目总目标                  | 年度总体目标
 *   指标:    label   | 一级  | 二级 | 三级指标                    | 指标值
 */
export const FORM_TITLE = '财政项目支出绩效目标申报表';
export const INDICATOR_HEADER = ['一级指标', '二级指标', '三级指标', '年度(/项目)指标值'] as const;

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

// Small constructors keep the table below readable as the form it describes.
const at = (row: number, col: number, span: number, style: Style, content: CellContent<Id>, rowSpan = 1): Cell => ({
  row,
  col,
  ...(span > 1 && { colSpan: span }),
  ...(rowSpan > 1 && { rowSpan }),
  style,
  content,
});
const label = (text: string, forField: Id, extra: { suffix?: string } = {}): CellContent<Id> => ({ kind: 'label', text, for: forField, ...extra });
const field = (id: Id, labelAt: 'left' | 'above' = 'left'): CellContent<Id> => ({ kind: 'field', field: id, label: labelAt });
const blank = (forField: Id): CellContent<Id> => ({ kind: 'blank', for: forField });

export const SHANGHAI_DECLARATION: FormTemplate<Declaration, DeclarationFieldId> = {
  id: 'shanghai-declaration',
  title: FORM_TITLE,
  sheetTitle: 'name',
  fields: DECLARATION_FIELDS,
  styles: STYLES,
  columns: [52, 52, 52, 52, 74, 66, 52, 'rest'],
  restMin: 60,
  heading: [
    { text: FORM_TITLE, size: 18, weight: 'bold', gapAfter: 2 },
    { text: '（{year}年度）', size: 12, weight: 'regular', gapAfter: 8, field: 'year' },
  ],
  blocks: [
    {
      // 项目名称 … 计划完成日期
      kind: 'fixed',
      rows: [{}, {}, {}],
      cells: [
        at(0, 0, 1, 'label', label('项目名称', 'name')),
        at(0, 1, 2, 'field', field('name')),
        at(0, 3, 1, 'label', label('项目性质', 'nature')),
        at(0, 4, 2, 'field', field('nature')),
        at(0, 6, 1, 'label', label('项目类别', 'category')),
        at(0, 7, 1, 'field', field('category')),
        at(1, 0, 1, 'label', label('主管部门', 'department')),
        at(1, 1, 2, 'field', field('department')),
        at(1, 3, 1, 'label', label('实施单位', 'unit')),
        at(1, 4, 4, 'field', field('unit')),
        at(2, 0, 1, 'label', label('计划开始日期', 'start')),
        at(2, 1, 2, 'field', field('start')),
        at(2, 3, 1, 'label', label('计划完成日期', 'end')),
        at(2, 4, 4, 'field', field('end')),
      ],
    },
    {
      // 项目资金（元） or （万元）: the whole-life column on the left, this year's on the right.
      kind: 'fixed',
      rows: [{ keepWithNext: true }, { keepWithNext: true }, { keepWithNext: true }, {}],
      cells: [
        at(0, 0, 1, 'label', label('项目资金\n', 'funds', { suffix: 'amountUnit' }), 4),
        at(0, 1, 2, 'fundLabel', label('项目资金总额：', 'wholeLife')),
        at(0, 3, 2, 'amount', field('wholeLife.total')),
        at(0, 5, 2, 'fundLabel', label('年度资金申请总额：', 'annual')),
        at(0, 7, 1, 'amount', field('annual.total')),
        at(1, 1, 2, 'fundLabel', label('其中：财政资金', 'wholeLife.fiscal')),
        at(1, 3, 2, 'amount', field('wholeLife.fiscal')),
        at(1, 5, 2, 'fundLabel', label('其中：当年财政拨款', 'annual.current')),
        at(1, 7, 1, 'amount', field('annual.current')),
        at(2, 1, 2, 'fundLabel', blank('wholeLife')),
        at(2, 3, 2, 'amount', blank('wholeLife')),
        at(2, 5, 2, 'fundLabel', label('上年结转资金', 'annual.carryover')),
        at(2, 7, 1, 'amount', field('annual.carryover')),
        at(3, 1, 2, 'fundLabel', label('其他资金', 'wholeLife.other')),
        at(3, 3, 2, 'amount', field('wholeLife.other')),
        at(3, 5, 2, 'fundLabel', label('其他资金', 'annual.other')),
        at(3, 7, 1, 'amount', field('annual.other')),
      ],
    },
    {
      // 项目绩效目标: the two goals side by side, under their headers.
      kind: 'fixed',
      rows: [{ keepWithNext: true }, {}],
      cells: [
        at(0, 0, 1, 'label', label('项目\n绩效\n目标', 'goals'), 2),
        at(0, 1, 4, 'header', label('项目总目标', 'goals.overall', { suffix: 'projectYears' })),
        at(0, 5, 3, 'header', label('年度总体目标', 'goals.annual')),
        at(1, 1, 4, 'prose', field('goals.overall', 'above')),
        at(1, 5, 3, 'prose', field('goals.annual', 'above')),
      ],
    },
    {
      // 绩效指标: 一级 and 二级 cells span their indicators' rows.
      kind: 'indicators',
      label: { text: '绩效\n指标', col: 0, style: 'label', path: ['绩效指标'] },
      header: [
        { text: INDICATOR_HEADER[0], col: 1 },
        { text: INDICATOR_HEADER[1], col: 2 },
        { text: INDICATOR_HEADER[2], col: 3, colSpan: 4 },
        { text: INDICATOR_HEADER[3], col: 7 },
      ],
      headerStyle: 'header',
      level1: { col: 1, style: 'label' },
      level2: { col: 2, style: 'label' },
      name: { col: 3, colSpan: 4, style: 'field' },
      value: { col: 7, style: 'value' },
    },
  ],
  suffixes: {
    // （元）, or （万元） for a declaration with 金额单位: 万元, whose amounts are printed as written.
    amountUnit: (d) => `（${d.funds.unit}）`,
    // 项目总目标（2025年-2029年） for a project spanning several years, as the official form labels it.
    projectYears: (d) => (isMultiYear(d) && d.start.parsed.ok && d.end.parsed.ok ? `（${d.start.parsed.date.year}年-${d.end.parsed.date.year}年）` : ''),
  },
};
