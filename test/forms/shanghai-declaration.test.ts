import { describe, expect, it } from 'vitest';
import { declarationSheet, INDICATOR_HEADER } from '../../src/forms/index.js';
import { columnEdges, gridProblems, type Grid, type GridCell } from '../../src/layout/grid.js';
import { A4_PORTRAIT, contentWidth } from '../../src/layout/page-setup.js';
import { allIndicators } from '../../src/model/declaration.js';
import { exampleFiles, loadExample } from '../helpers/examples.js';
import { syntheticDeclaration } from '../layout/synthetic.js';

const WIDTH = contentWidth(A4_PORTRAIT);
const names = exampleFiles().map((f) => f.split('/').pop()!.replace(/\.yaml$/, ''));

const cellAt = (grid: Grid, row: number, col: number): GridCell | undefined =>
  grid.cells.find((c) => c.row <= row && row < c.row + c.rowSpan && c.col <= col && col < c.col + c.colSpan);

describe('the 申报表 grid', () => {
  it.each(names)('%s: spans are consistent and the table fills the page width', (name) => {
    const sheet = declarationSheet(loadExample(name), WIDTH);
    expect(gridProblems(sheet.grid)).toEqual([]);
    expect(columnEdges(sheet.grid).at(-1)).toBeCloseTo(WIDTH, 6);
    expect(sheet.grid.cells.every((c) => Array.isArray(c.path))).toBe(true);
  });

  it('a synthetic declaration with 150 indicators is consistent too', () => {
    const sheet = declarationSheet(syntheticDeclaration(), WIDTH);
    expect(gridProblems(sheet.grid)).toEqual([]);
  });

  it('lays out the sections as on the official form', () => {
    const decl = loadExample('网络宣传工作');
    const { grid, heading } = declarationSheet(decl, WIDTH);
    expect(heading.map((h) => h.text)).toEqual(['财政项目支出绩效目标申报表', '（2025年度）']);
    expect(heading[0]!.weight).toBe('bold');
    expect(heading[0]!.size).toBeGreaterThan(heading[1]!.size);
    const row = (r: number) => grid.cells.filter((c) => c.row === r).map((c) => c.text);
    expect(row(0)).toEqual(['项目名称', '网络宣传工作', '项目性质', '经常性专项业务费', '项目类别', '特定目标类']);
    expect(row(1)).toEqual(['主管部门', '中国共产党上海市委员会宣传部', '实施单位', '中共上海市委网络安全和信息化委员会办公室']);
    expect(row(2)).toEqual(['计划开始日期', '2025-01-01', '计划完成日期', '2025-12-31']);
    // 项目资金（元）: a label spanning four rows; the whole-life column is blank (not declared).
    const funds = cellAt(grid, 3, 0)!;
    expect(funds.text.replace('\n', '')).toBe('项目资金（元）');
    expect(funds.rowSpan).toBe(4);
    expect(row(3)).toEqual(['项目资金\n（元）', '项目资金总额：', '', '年度资金申请总额：', '2,810,000.00']);
    expect(row(4)).toEqual(['其中：财政资金', '', '其中：当年财政拨款', '2,810,000.00']);
    expect(row(5)).toEqual(['', '', '上年结转资金', '0.00']);
    expect(row(6)).toEqual(['其他资金', '', '其他资金', '0.00']);
    expect(cellAt(grid, 3, 7)!.amount).toBe(281000000n);
    // 项目绩效目标
    expect(cellAt(grid, 7, 0)!.rowSpan).toBe(2);
    expect(row(7).slice(1)).toEqual(['项目总目标', '年度总体目标']);
    expect(row(8)[0]).toBe('');
    expect(row(8)[1]).toBe(decl.goals.annual.value);
    // 绩效指标: header, then one row per 三级指标, 一级/二级 spanning their rows.
    expect(row(9).slice(1)).toEqual([...INDICATOR_HEADER]);
    const indicators = allIndicators(decl);
    expect(cellAt(grid, 9, 0)!.rowSpan).toBe(indicators.length + 1);
    expect(grid.rows.length).toBe(10 + indicators.length);
    indicators.forEach((ind, i) => {
      expect(cellAt(grid, 10 + i, 3)!.text).toBe(ind.name);
      expect(cellAt(grid, 10 + i, 3)!.path).toEqual(ind.path);
      expect(cellAt(grid, 10 + i, 1)!.text).toBe(ind.level1);
      expect(cellAt(grid, 10 + i, 2)!.text).toBe(ind.level2);
    });
    expect(cellAt(grid, 10, 7)!.text).toBe('≤1.10(万元/次)');
    const l1 = cellAt(grid, 10, 1)!;
    expect([l1.text, l1.rowSpan]).toEqual(['成本指标', 4]);
    expect(grid.repeats).toEqual([{ header: [9, 10], body: [10, 10 + indicators.length] }]);
  });

  it('prints both fund columns, labels 项目总目标 with its years and shows computed totals for a multi-year project', () => {
    const decl = syntheticDeclaration({ indicators: 6, goalLength: 50 });
    const { grid } = declarationSheet(decl, WIDTH);
    expect(cellAt(grid, 7, 1)!.text).toBe('项目总目标（2025年-2027年）');
    expect(cellAt(grid, 3, 3)!.text).toBe('3,000,000.00'); // 合计 as given
    expect(cellAt(grid, 3, 7)!.text).toBe('1,000,000.00'); // no 合计: 900,000.00 + 50,000.50 + 49,999.50
    expect(cellAt(grid, 3, 7)!.path).toEqual(['项目资金', '年度资金申请总额']);
    expect(cellAt(grid, 4, 3)!.text).toBe('2,900,000.00');
    expect(cellAt(grid, 5, 7)!.text).toBe('50,000.50');
    expect(cellAt(grid, 6, 3)!.text).toBe('100,000.00');
  });

  it('keeps the source path of every value cell', () => {
    const decl = loadExample('宣传文化发展专项资金项目');
    const { grid } = declarationSheet(decl, WIDTH);
    expect(cellAt(grid, 0, 1)!.path).toEqual(['项目名称']);
    expect(cellAt(grid, 2, 1)!.path).toEqual(['计划开始日期']);
    expect(cellAt(grid, 4, 3)!.path).toEqual(['项目资金', '项目资金总额', '财政资金']);
    expect(cellAt(grid, 8, 1)!.path).toEqual(['绩效目标', '项目总目标']);
    expect(cellAt(grid, 8, 5)!.path).toEqual(['绩效目标', '年度总体目标']);
  });
});
