import { describe, expect, it } from 'vitest';
import { declarationSheet, formFieldMap, SHANGHAI_DECLARATION } from '../../src/forms/index.js';
import type { Grid, GridCell } from '../../src/layout/grid.js';
import { allIndicators, fenOf, type Declaration } from '../../src/model/declaration.js';
import { formatIndicatorValue } from '../../src/model/indicator-value.js';
import { formatYuan } from '../../src/model/money.js';
import { exampleFiles, loadExample } from '../helpers/examples.js';
import { syntheticDeclaration } from '../layout/synthetic.js';

const map = formFieldMap(SHANGHAI_DECLARATION);
const oneLine = (s: string) => s.replace(/\n/g, '');
const at = (grid: Grid, row: number, col: number): GridCell | undefined => grid.cells.find((c) => c.row === row && c.col === col);

/** What an importer would do: find each label by its text, step to the value cell, read it. */
function readBack(decl: Declaration): Map<string, string> {
  const { grid, heading } = declarationSheet(decl);
  const values = new Map<string, string>();
  for (const f of map.fields) {
    const labels = grid.cells.filter((c) => (f.labelIsPrefix ? oneLine(c.text).startsWith(f.label) : oneLine(c.text) === f.label) && c.col === f.labelCell.col);
    expect(labels.length, f.label).toBeGreaterThan(0);
    // Labels such as 其他资金 repeat: the column tells them apart.
    const label = labels.find((c) => c.row === f.labelCell.row) ?? labels[0]!;
    const value = f.labelAt === 'left' ? at(grid, label.row, label.col + label.colSpan) : at(grid, label.row + label.rowSpan, label.col);
    expect(value, f.label).toBeDefined();
    expect([value!.col, value!.colSpan]).toEqual([f.valueCell.col, f.valueCell.colSpan]);
    values.set(f.path.join('.'), value!.text);
  }
  for (const h of map.heading) {
    const line = heading.find((l) => new RegExp(h.pattern).test(l.text));
    values.set(h.path.join('.'), new RegExp(h.pattern).exec(line!.text)![1]!);
  }
  return values;
}

describe('formFieldMap: the 申报表 read backwards', () => {
  it('names every field with the label printed next to it, and its path in the declaration file', () => {
    const byPath = new Map(map.fields.map((f) => [f.path.join('.'), f]));
    expect(byPath.get('项目名称')).toMatchObject({ label: '项目名称', labelAt: 'left', kind: 'text', labelCell: { row: 0, col: 0 }, valueCell: { row: 0, col: 1 } });
    for (const f of map.fields) {
      if (f.labelAt === 'left') expect(f.valueCell.col, f.label).toBe(f.labelCell.col + f.labelCell.colSpan);
      else expect([f.valueCell.col, f.valueCell.row], f.label).toEqual([f.labelCell.col, f.labelCell.row! + f.labelCell.rowSpan]);
    }
    expect(byPath.get('计划开始日期')).toMatchObject({ label: '计划开始日期', kind: 'date' });
    expect(byPath.get('项目资金.年度资金申请总额.当年财政拨款')).toMatchObject({ label: '其中：当年财政拨款', kind: 'amount', labelAt: 'left' });
    const others = [byPath.get('项目资金.项目资金总额.其他资金')!, byPath.get('项目资金.年度资金申请总额.其他资金')!];
    expect(others.map((f) => f.label)).toEqual(['其他资金', '其他资金']);
    expect(others[0]!.valueCell.col).toBeLessThan(others[1]!.labelCell.col); // told apart by their columns
    expect(byPath.get('项目资金.项目资金总额.财政资金')).toMatchObject({ label: '其中：财政资金', labelCell: { rowSpan: 2 }, valueCell: { rowSpan: 2 } });
    expect(byPath.get('绩效目标.项目总目标')).toMatchObject({ label: '项目总目标', labelIsPrefix: true, labelAt: 'above', kind: 'prose' });
    expect(byPath.get('绩效目标.年度总体目标')).toMatchObject({ label: '年度总体目标', labelIsPrefix: false, labelAt: 'above' });
    expect(map.heading).toEqual([{ text: '（{year}年度）', pattern: '^（(.+?)年度）$', path: ['年度'], kind: 'year' }]);
    expect(map.indicators).toMatchObject({ label: '绩效指标', headerRow: 9, header: [{ text: '一级指标' }, { text: '二级指标' }, { text: '三级指标' }, { text: '年度(/项目)指标值' }] });
    expect(map.fields).toHaveLength(16);
  });

  it.each(exampleFiles().map((f) => f.split('/').pop()!.replace(/\.yaml$/, '')))('%s: reading the filled form by its labels gives back every value', (name) => {
    const decl = loadExample(name);
    const values = readBack(decl);
    expect(values.get('年度')).toBe(String(decl.year.value));
    expect(values.get('项目名称')).toBe(decl.name.value);
    expect(values.get('实施单位')).toBe(decl.unit.value);
    expect(values.get('计划完成日期')).toBe(decl.end.written);
    expect(values.get('项目资金.年度资金申请总额.当年财政拨款')).toBe(formatYuan(fenOf(decl.funds.annual.current)!));
    expect(values.get('绩效目标.年度总体目标')).toBe(decl.goals.annual.value);
  });

  it('finds both fund columns and the years of a multi-year project, and the indicator rows under the header', () => {
    const decl = syntheticDeclaration({ indicators: 12, goalLength: 40 });
    const values = readBack(decl);
    expect(values.get('项目资金.项目资金总额.合计')).toBe('3,000,000.00');
    expect(values.get('项目资金.项目资金总额.财政资金')).toBe('2,900,000.00');
    expect(values.get('项目资金.年度资金申请总额.上年结转资金')).toBe('50,000.50');
    expect(values.get('绩效目标.项目总目标')).toBe(decl.goals.overall?.value);
    const { grid } = declarationSheet(decl);
    const t = map.indicators!;
    const header = grid.cells.filter((c) => c.row === t.headerRow && c.col > 0).map((c) => c.text);
    expect(header).toEqual(t.header.map((h) => h.text));
    allIndicators(decl).forEach((ind, i) => {
      const row = t.headerRow! + 1 + i;
      expect(at(grid, row, t.columns.name.col)!.text).toBe(ind.name);
      expect(at(grid, row, t.columns.value.col)!.text).toBe(formatIndicatorValue(ind.value));
    });
  });
});
