import { describe, expect, it } from 'vitest';
import { gridProblems } from '../../src/layout/grid.js';
import { layoutSheet } from '../../src/layout/layout-sheet.js';
import { OVERVIEW_HEADER, overviewSheet, overviewTotals, summaryTitle, type OverviewRow } from '../../src/forms/index.js';
import { A4_LANDSCAPE, contentHeight, contentWidth, FORM_TYPOGRAPHY } from '../../src/layout/page-setup.js';
import { formatYuan } from '../../src/model/money.js';
import { overviewRow } from '../../src/summary/collect.js';
import { exampleFiles, loadExample } from '../helpers/examples.js';
import { fakeMeasurer } from '../layout/fake-measurer.js';

const m = fakeMeasurer();
const width = contentWidth(A4_LANDSCAPE);
const opts = { page: A4_LANDSCAPE, typography: FORM_TYPOGRAPHY, fallbackFace: { regular: 'fake', bold: 'fake-bold' } };
const squash = (s: string) => s.replace(/\s+/g, '');

function row(i: number, extra: Partial<OverviewRow> = {}): OverviewRow {
  return {
    name: `项目${i}`,
    nature: '经常性专项业务费',
    category: '特定目标类',
    start: '2025-01-01',
    end: '2025-12-31',
    total: 100_000_000n + BigInt(i),
    annual: 100_000_000n + BigInt(i),
    current: 100_000_000n,
    carryover: BigInt(i),
    other: 0n,
    ...extra,
  };
}

describe('the overview table', () => {
  it('is a well-formed grid: header, one row per project, 合计; columns fill the width exactly', () => {
    const rows = [row(1), row(2), row(3)];
    const s = overviewSheet('单位 2025年度项目绩效目标汇总表', rows, width, m, FORM_TYPOGRAPHY);
    expect(gridProblems(s.grid)).toEqual([]);
    expect(s.grid.rows).toHaveLength(5);
    expect(s.grid.columns).toHaveLength(OVERVIEW_HEADER.length);
    expect(s.grid.columns.reduce((a, b) => a + b, 0)).toBeCloseTo(width, 6);
    expect(s.grid.repeats).toEqual([{ header: [0, 1], body: [1, 5] }]);
    expect(s.grid.rows[0]!.keepWithNext).toBe(true);
    expect(s.grid.cells.filter((c) => c.row === 0).map((c) => squash(c.text))).toEqual([...OVERVIEW_HEADER]);
    expect(s.heading.map((h) => [h.text, h.weight, h.align ?? 'center'])).toEqual([
      ['单位 2025年度项目绩效目标汇总表', 'bold', 'center'],
      ['金额单位：元', 'regular', 'right'],
    ]);
    // The project's period in one column.
    expect(s.grid.cells.filter((c) => c.row === 1).map((c) => c.text)[4]).toBe('2025-01-01至2025-12-31');
    // 序号 as numbers, amounts as 分, the 合计 row as sums over the project rows.
    expect(s.grid.cells.filter((c) => c.col === 0 && c.number !== undefined).map((c) => c.number)).toEqual([1, 2, 3]);
    const total = s.grid.cells.filter((c) => c.row === 4);
    expect(total[0]).toMatchObject({ text: '合计', colSpan: 5, weight: 'bold' });
    expect(total.slice(1).map((c) => [c.amount, c.sumOfRows])).toEqual([
      [300_000_006n, [1, 4]],
      [300_000_006n, [1, 4]],
      [300_000_000n, [1, 4]],
      [6n, [1, 4]],
      [0n, [1, 4]],
    ]);
    expect(total.slice(1).map((c) => c.hAlign)).toEqual(['right', 'right', 'right', 'right', 'right']);
  });

  it('adds up exactly in 分, beyond what floating point holds', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => row(i, { annual: 10n, current: 10n, carryover: 0n, other: 0n }));
    rows.push(row(9, { annual: 9_007_199_254_740_993n, current: 9_007_199_254_740_993n }));
    const t = overviewTotals(rows);
    expect(t.annual).toBe(9_007_199_254_750_993n);
    expect(formatYuan(t.annual)).toBe('90,071,992,547,509.93');
  });

  it('the six examples total 55,720,834.00 in the 合计 row', () => {
    const rows = exampleFiles().map((f) => overviewRow(loadExample(f.split('/').pop()!)));
    const s = overviewSheet('t', rows, width, m, FORM_TYPOGRAPHY);
    const total = s.grid.cells.filter((c) => c.row === rows.length + 1);
    expect(total.slice(1).map((c) => c.text)).toEqual(['55,720,834.00', '55,720,834.00', '55,720,834.00', '0.00', '0.00']);
    expect(rows.map((r) => formatYuan(r.annual))).toContain('2,810,000.00');
  });

  it('links each project name to its sheet', () => {
    const s = overviewSheet('t', [row(1, { link: 'S1' }), row(2, { link: 'S2' })], width, m, FORM_TYPOGRAPHY);
    expect(s.grid.cells.filter((c) => c.link !== undefined).map((c) => [c.row, c.col, c.link])).toEqual([
      [1, 1, 'S1'],
      [2, 1, 'S2'],
    ]);
    const pages = layoutSheet(s, m, opts).pages;
    expect(pages[0]!.boxes.filter((b) => b.link).map((b) => b.link)).toEqual(['S1', 'S2']);
  });

  it('never wraps an amount or a 序号, even for very large amounts', () => {
    const huge = row(1, { total: 123_456_789_012_345n, annual: 123_456_789_012_345n, current: 123_456_789_012_345n });
    const s = overviewSheet('t', [huge, ...Array.from({ length: 998 }, (_, i) => row(i + 2))], width, m, FORM_TYPOGRAPHY);
    const laid = layoutSheet(s, m, opts);
    for (const mc of laid.measured.cells) {
      if (mc.cell.row === 0) continue;
      if (mc.cell.col === 0 || mc.cell.col >= 5) expect(mc.lines, mc.cell.text).toHaveLength(1);
    }
  });

  it('paginates hundreds of projects, repeating the header row on every page, in order', () => {
    const n = 400;
    const s = overviewSheet(summaryTitle('单位', 2025), Array.from({ length: n }, (_, i) => row(i + 1)), width, m, FORM_TYPOGRAPHY);
    const pages = layoutSheet(s, m, opts).pages;
    const rowsPerPage = Math.floor(contentHeight(A4_LANDSCAPE) / FORM_TYPOGRAPHY.minRowHeight);
    expect(pages.length).toBeGreaterThanOrEqual(Math.ceil((n + 2) / rowsPerPage));
    const header = squash(OVERVIEW_HEADER.join(''));
    for (const [i, p] of pages.entries()) {
      const text = squash(p.texts.map((t) => t.text).join(''));
      expect(text.startsWith(i === 0 ? squash(summaryTitle('单位', 2025)) + '金额单位：元' + header : header), `page ${i + 1}`).toBe(true);
      expect(p.width).toBeGreaterThan(p.height); // landscape
      for (const b of p.boxes) expect(b.y + b.h).toBeLessThanOrEqual(A4_LANDSCAPE.height - A4_LANDSCAPE.margin.bottom + 0.01);
    }
    // Every project exactly once, in order, then the 合计.
    const names = pages.flatMap((p) => p.texts.filter((t) => /^项目\d+$/.test(t.text)).map((t) => t.text));
    expect(names).toEqual(Array.from({ length: n }, (_, i) => `项目${i + 1}`));
    expect(pages[pages.length - 1]!.texts.some((t) => t.text === '合计')).toBe(true);
  });

  it('wraps long 项目性质 values into even lines and gives 项目名称 the room that is left', () => {
    const s = overviewSheet('t', [row(1, { nature: '一个非常非常长的项目性质说明文字' })], width, m, FORM_TYPOGRAPHY);
    const laid = layoutSheet(s, m, opts);
    const nature = laid.measured.cells.find((c) => c.cell.row === 1 && c.cell.col === 2)!;
    expect(nature.lines.length).toBe(2);
    expect(Math.abs(nature.lines[0]!.length - nature.lines[1]!.length)).toBeLessThanOrEqual(1);
    expect(s.grid.columns[1]).toBeGreaterThan(8 * FORM_TYPOGRAPHY.size);
  });
});
