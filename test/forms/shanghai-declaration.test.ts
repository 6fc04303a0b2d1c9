import { describe, expect, it } from 'vitest';
import { declarationSheet, INDICATOR_HEADER, SHANGHAI_DECLARATION, tableWidth } from '../../src/forms/index.js';
import { placeRows } from '../../src/forms/place-cells.js';
import { columnEdges, gridProblems, type Grid, type GridCell } from '../../src/layout/grid.js';
import { allIndicators } from '../../src/model/declaration.js';
import { exampleFiles, loadExample } from '../helpers/examples.js';
import { syntheticDeclaration } from '../layout/synthetic.js';

const names = exampleFiles().map((f) => f.split('/').pop()!.replace(/\.yaml$/, ''));
const T = SHANGHAI_DECLARATION.typography;

const cellAt = (grid: Grid, row: number, col: number): GridCell | undefined =>
  grid.cells.find((c) => c.row <= row && row < c.row + c.rowSpan && c.col <= col && col < c.col + c.colSpan);
const byText = (grid: Grid, text: string): GridCell => {
  const c = grid.cells.find((x) => x.text === text);
  if (!c) throw new Error(`no cell ${text}`);
  return c;
};
/** A cell's room for text, in ideographs of the body size. */
const room = (grid: Grid, c: GridCell) => {
  const e = columnEdges(grid);
  return (e[c.col + c.colSpan]! - e[c.col]! - 2 * T.padX) / T.size;
};

describe('the 申报表 grid', () => {
  it.each(names)('%s: spans are consistent and the table is as wide as the template says', (name) => {
    const sheet = declarationSheet(loadExample(name));
    expect(gridProblems(sheet.grid)).toEqual([]);
    expect(columnEdges(sheet.grid).at(-1)).toBeCloseTo(tableWidth(SHANGHAI_DECLARATION), 6);
    expect(tableWidth(SHANGHAI_DECLARATION)).toBeLessThanOrEqual(SHANGHAI_DECLARATION.page.width - SHANGHAI_DECLARATION.page.margin.left - SHANGHAI_DECLARATION.page.margin.right);
    expect(sheet.grid.cells.every((c) => Array.isArray(c.path))).toBe(true);
  });

  it('a synthetic declaration with 150 indicators is consistent too', () => {
    expect(gridProblems(declarationSheet(syntheticDeclaration()).grid)).toEqual([]);
  });

  it('lays out the sections as on the published form', () => {
    const decl = loadExample('网络宣传工作');
    const { grid, heading } = declarationSheet(decl);
    expect(heading.map((h) => h.text)).toEqual(['财政项目支出绩效目标申报表', '（2025年度）']);
    expect(heading[0]!.weight).toBe('bold');
    expect(heading[0]!.size).toBeGreaterThan(heading[1]!.size);
    const row = (r: number) => grid.cells.filter((c) => c.row === r).map((c) => c.text);
    expect(row(0)).toEqual(['项目名称', '网络宣传工作', '项目性质', '经常性专项业务费', '项目类别', '特定目标类']);
    expect(row(1)).toEqual(['主管部门', '中国共产党上海市委员会宣传部', '实施单位', '中共上海市委网络安全和信息化委员会办公室']);
    expect(row(2)).toEqual(['计划开始日期', '2025-01-01', '计划完成日期', '2025-12-31']);
    // 项目资金（元）: a label over four rows; 其中：财政资金 stands against 当年财政拨款 and 上年结转资金, as printed.
    const funds = cellAt(grid, 3, 0)!;
    expect([funds.text, funds.rowSpan]).toEqual(['项目资金\n（元）', 4]);
    expect(row(3)).toEqual(['项目资金\n（元）', '项目资金总额：', '', '年度资金申请总额：', '2,810,000.00']);
    expect(row(4)).toEqual(['其中：财政资金', '', '其中：当年财政拨款', '2,810,000.00']);
    expect(row(5)).toEqual(['上年结转资金', '0.00']);
    expect(row(6)).toEqual(['其他资金', '', '其他资金', '0.00']);
    expect(byText(grid, '其中：财政资金').rowSpan).toBe(2);
    expect(byText(grid, '年度资金申请总额：').col).toBe(byText(grid, '上年结转资金').col);
    expect(right2(grid, byText(grid, '年度资金申请总额：'))).toBe('2,810,000.00');
    expect(cellAt(grid, 3, byText(grid, '年度资金申请总额：').col + byText(grid, '年度资金申请总额：').colSpan)!.amount).toBe(281000000n);
    // 项目绩效目标
    expect(cellAt(grid, 7, 0)!.rowSpan).toBe(2);
    expect(row(7).slice(1)).toEqual(['项目总目标', '年度总体目标']);
    expect(row(8)).toEqual(['', decl.goals.annual.value]);
    // 绩效指标: header, then one row per 三级指标, 一级/二级 spanning their rows.
    expect(row(9).slice(1)).toEqual([...INDICATOR_HEADER]);
    const indicators = allIndicators(decl);
    expect(cellAt(grid, 9, 0)!.rowSpan).toBe(indicators.length + 1);
    expect(grid.rows.length).toBe(10 + indicators.length);
    const [l1, l2, l3, value] = grid.cells.filter((c) => c.row === 10);
    indicators.forEach((ind, i) => {
      expect(cellAt(grid, 10 + i, l3!.col)!.text).toBe(ind.name);
      expect(cellAt(grid, 10 + i, l3!.col)!.path).toEqual(ind.path);
      expect(cellAt(grid, 10 + i, l1!.col)!.text).toBe(ind.level1);
      expect(cellAt(grid, 10 + i, l2!.col)!.text).toBe(ind.level2);
    });
    expect(value!.text).toBe('≤1.10(万元/次)');
    expect([l1!.text, l1!.rowSpan]).toEqual(['成本指标', 4]);
    expect(grid.repeats).toEqual([{ header: [9, 10], body: [10, 10 + indicators.length] }]);
  });

  it('gives each cell the room the published form gives it, in ideographs a line', () => {
    const { grid } = declarationSheet(loadExample('网络宣传工作'));
    const between = (text: string, lo: number, hi: number) => {
      const r = room(grid, byText(grid, text));
      expect(r, text).toBeGreaterThanOrEqual(lo);
      expect(r, text).toBeLessThan(hi);
    };
    between('网络宣传工作', 8, 9); // 项目名称: 宣传文化发展专项／资金项目
    between('经常性专项业务费', 6, 7); // 项目性质: 经常性专项业／务费
    between('中国共产党上海市委员会宣传部', 8, 9);
    between('中共上海市委网络安全和信息化委员会办公室', 18, 19);
    between('在网络热点舆论中进行引导评价成本', 15, 16);
    between('经济成本指标', 4, 5);
    between('计划开始日期', 4, 5); // 计划开始／日期
    between('计划完成日期', 4, 5);
    const multi = declarationSheet(loadExample('宣传文化发展专项资金项目')).grid;
    const goals = multi.cells.filter((c) => c.path[0] === '绩效目标' && c.text.length > 30);
    expect(goals.map((c) => Math.floor(room(multi, c)))).toEqual([15, 18]); // 项目总目标 15 a line, 年度总体目标 18
  });

  it('prints both fund columns, labels 项目总目标 with its years and shows computed totals for a multi-year project', () => {
    const decl = syntheticDeclaration({ indicators: 6, goalLength: 50 });
    const { grid } = declarationSheet(decl);
    const right = (label: string) => cellAt(grid, byText(grid, label).row, byText(grid, label).col + byText(grid, label).colSpan)!;
    expect(byText(grid, '项目总目标\n（2025年-2027年）').shade).toBe(true);
    expect(right('项目资金总额：').text).toBe('3,000,000.00'); // 合计 as given
    expect(right('年度资金申请总额：').text).toBe('1,000,000.00'); // no 合计: 900,000.00 + 50,000.50 + 49,999.50
    expect(right('年度资金申请总额：').path).toEqual(['项目资金', '年度资金申请总额']);
    expect(right('其中：财政资金').text).toBe('2,900,000.00');
    expect(right('上年结转资金').text).toBe('50,000.50');
    expect(right('其中：财政资金').rowSpan).toBe(2);
    expect(grid.cells.filter((c) => c.text === '其他资金').map((c) => right2(grid, c))).toEqual(['100,000.00', '49,999.50']);
  });

  it('keeps the source path of every value cell', () => {
    const decl = loadExample('宣传文化发展专项资金项目');
    const { grid } = declarationSheet(decl);
    expect(cellAt(grid, 0, 1)!.path).toEqual(['项目名称']);
    expect(cellAt(grid, 2, 1)!.path).toEqual(['计划开始日期']);
    expect(grid.cells.find((c) => c.amount !== undefined && c.row === 4)!.path).toEqual(['项目资金', '项目资金总额', '财政资金']);
    expect(cellAt(grid, 8, 1)!.path).toEqual(['绩效目标', '项目总目标']);
    expect(grid.cells.filter((c) => c.row === 8).map((c) => c.path)).toEqual([
      ['绩效目标', '项目总目标'],
      ['绩效目标', '年度总体目标'],
    ]);
  });
});

function right2(grid: Grid, c: GridCell): string {
  return cellAt(grid, c.row, c.col + c.colSpan)!.text;
}

describe('placing a template row', () => {
  const t = { size: 10, leading: 1.2, padX: 5, padY: 2, minRowHeight: 12 };
  it('places cells left to right, skips places taken by cells spanning from above, and gives the rest to `rest`', () => {
    const rows = [
      [{ width: 2, rowSpan: 2 }, { width: 3 }, { width: 'rest' as const }],
      [{ width: 3 }, { width: 'rest' as const }],
    ];
    const placed = placeRows(rows, 100, t);
    expect(placed.map((r) => r.map((p) => [p.x0, p.x1]))).toEqual([
      [
        [0, 30],
        [30, 70],
        [70, 100],
      ],
      [
        [30, 70],
        [70, 100],
      ],
    ]);
  });

  it('refuses a row that does not end at the table edge, or is too wide', () => {
    expect(() => placeRows([[{ width: 2 }]], 100, t)).toThrow(/ends at 30/);
    expect(() => placeRows([[{ width: 20 }]], 100, t)).toThrow(/wider than its room/);
  });
});
