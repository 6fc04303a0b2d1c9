import { describe, expect, it } from 'vitest';
import type { Grid, GridCell, GridRow, Sheet } from '../../src/layout/grid.js';
import { gridProblems } from '../../src/layout/grid.js';
import { layoutSheet } from '../../src/layout/layout-sheet.js';
import { numberPages, type LaidPage } from '../../src/layout/page.js';
import { A4_PORTRAIT, contentHeight, FORM_TYPOGRAPHY, type PageGeometry } from '../../src/layout/page-setup.js';
import { layoutDeclaration } from '../../src/api/render.js';
import { INDICATOR_HEADER, SHANGHAI_DECLARATION } from '../../src/forms/index.js';
import { allIndicators } from '../../src/model/declaration.js';
import { exampleFiles, loadExample } from '../helpers/examples.js';
import { fakeMeasurer } from './fake-measurer.js';
import { syntheticDeclaration } from './synthetic.js';

const m = fakeMeasurer();
const geo = A4_PORTRAIT;
const opts = { page: geo, typography: FORM_TYPOGRAPHY, fallbackFace: { regular: 'fake', bold: 'fake-bold' } };
const base: Omit<GridCell, 'row' | 'col' | 'text'> = { rowSpan: 1, colSpan: 1, hAlign: 'left', vAlign: 'middle', weight: 'regular', shade: false, path: [] };
const c = (row: number, col: number, text: string, extra: Partial<GridCell> = {}): GridCell => ({ ...base, row, col, text, ...extra, path: [row, col] });

function sheet(grid: Grid, heading = true): Sheet {
  expect(gridProblems(grid)).toEqual([]);
  return { title: 'T', heading: heading ? [{ text: '标题', size: 18, weight: 'bold', path: [], gapAfter: 4 }] : [], grid };
}

const texts = (p: LaidPage) => p.texts.map((t) => t.text);
const allText = (pages: readonly LaidPage[]) => pages.flatMap(texts);

/** Rows never overflow a page, and every text run lies inside a cell box on its page. */
function expectContained(pages: readonly LaidPage[], page: PageGeometry = geo) {
  const top = page.margin.top - 0.01;
  const bottom = page.height - page.margin.bottom + 0.01;
  for (const [i, p] of pages.entries()) {
    for (const b of p.boxes) {
      expect(b.y, `page ${i + 1} box top`).toBeGreaterThanOrEqual(top);
      expect(b.y + b.h, `page ${i + 1} box bottom`).toBeLessThanOrEqual(bottom);
    }
    for (const t of p.texts) {
      if (t.y > bottom) continue; // footer
      const inside = p.boxes.some(
        (b) => b.x - 0.01 <= t.x && t.x + t.width <= b.x + b.w + 0.01 && b.y - 0.01 <= t.y - 0.88 * t.size && t.y + 0.12 * t.size <= b.y + b.h + 0.01,
      );
      const heading = i === 0 && t.y < (p.boxes[0]?.y ?? Infinity);
      expect(inside || heading, `page ${i + 1}: "${t.text}" at ${t.x.toFixed(1)},${t.y.toFixed(1)} lies outside every cell`).toBe(true);
    }
  }
}

function bodyGrid(n: number, opts: { label?: string; header?: boolean; keepWithNext?: number[] } = {}): Grid {
  const rows: GridRow[] = [];
  const cells: GridCell[] = [];
  const h = opts.header ? 1 : 0;
  if (opts.header) {
    rows.push({ keepWithNext: true });
    cells.push(c(0, 0, 'H0'), c(0, 1, 'H1'), c(0, 2, 'H2'));
  }
  for (let i = 0; i < n; i++) {
    rows.push(opts.keepWithNext?.includes(i) ? { keepWithNext: true } : {});
    if (i === 0) cells.push(c(h, 0, opts.label ?? 'L', { rowSpan: n }));
    cells.push(c(h + i, 1, `名称${i}`), c(h + i, 2, `值${i}`));
  }
  return { columns: [60, 200, 100], rows, cells, repeats: opts.header ? [{ header: [0, 1], body: [1, 1 + n] }] : [] };
}

describe('paginate', () => {
  it('puts everything on one page when it fits, after the heading', () => {
    const { pages } = layoutSheet(sheet(bodyGrid(5)), m, opts);
    expect(pages).toHaveLength(1);
    expect(texts(pages[0]!)[0]).toBe('标题');
    expect(allText(pages).filter((t) => t.startsWith('名称'))).toHaveLength(5);
    expectContained(pages);
  });

  it('repeats header rows on continuation pages and breaks only between rows', () => {
    const { pages, measured } = layoutSheet(sheet(bodyGrid(120, { header: true })), m, opts);
    const rowH = measured.rowHeights[1]!;
    const perPage = Math.floor(contentHeight(geo) / rowH);
    expect(pages.length).toBeGreaterThanOrEqual(Math.ceil(121 / perPage));
    for (const p of pages) expect(texts(p).filter((t) => t === 'H1')).toHaveLength(1);
    for (const p of pages.slice(1)) {
      // The header is the first thing on the page, at the top margin.
      const h1 = p.texts.find((t) => t.text === 'H1')!;
      const others = p.texts.filter((t) => t.text.startsWith('名称'));
      expect(Math.min(...others.map((t) => t.y))).toBeGreaterThan(h1.y);
      expect(p.boxes[0]!.y).toBeCloseTo(geo.margin.top, 6);
    }
    // Every body row exactly once, in order.
    expect(allText(pages).filter((t) => t.startsWith('名称'))).toEqual(Array.from({ length: 120 }, (_, i) => `名称${i}`));
    expectContained(pages);
  });

  it('repeats a merged label on every page its cell continues to', () => {
    const { pages } = layoutSheet(sheet(bodyGrid(120, { label: '一级标签' })), m, opts);
    expect(pages.length).toBeGreaterThan(2);
    for (const p of pages) expect(texts(p).filter((t) => t === '一级标签')).toHaveLength(1);
    expectContained(pages);
  });

  it('continues prose that does not fit on the next page between lines (two lines at least on each side); other rows move whole', () => {
    const prose = (n: number) => Array.from({ length: n }, (_, i) => `第${i}行`).join('\n');
    const build = (splittable: boolean, n: number): Grid => ({
      columns: [60, 300],
      rows: [{}, { splittable }, {}],
      cells: [c(0, 0, '前'), c(0, 1, Array.from({ length: 30 }, () => '填').join('\n')), c(1, 0, '目标', { rowSpan: 2 }), c(1, 1, prose(n)), c(2, 1, '尾')],
      repeats: [],
    });
    const split = layoutSheet(sheet(build(true, 20)), m, opts).pages;
    expect(split).toHaveLength(2);
    const onFirst = texts(split[0]!).filter((t) => /^第\d+行$/.test(t));
    const onSecond = texts(split[1]!).filter((t) => /^第\d+行$/.test(t));
    expect(onFirst.length).toBeGreaterThanOrEqual(2);
    expect(onSecond.length).toBeGreaterThanOrEqual(2);
    expect([...onFirst, ...onSecond]).toEqual(Array.from({ length: 20 }, (_, i) => `第${i}行`));
    expect(texts(split[1]!)).toContain('目标'); // the merged label again on the page the row continues to
    const whole = layoutSheet(sheet(build(false, 20)), m, opts).pages;
    expect(texts(whole[0]!).filter((t) => /^第\d+行$/.test(t))).toEqual([]);
    // Never a single line left behind, or carried over.
    const short = layoutSheet(sheet(build(true, 3)), m, opts).pages;
    for (const p of short) expect(texts(p).filter((t) => /^第\d+行$/.test(t)).length === 1).toBe(false);
    expectContained(split);
  });

  it('splits a row taller than a page between lines, across several pages', () => {
    const long = Array.from({ length: 150 }, (_, i) => `第${i}行`).join('\n');
    const grid: Grid = {
      columns: [60, 300],
      rows: [{}, {}, {}],
      cells: [c(0, 0, '前'), c(0, 1, '短'), c(1, 0, '标签', { rowSpan: 2 }), c(1, 1, long), c(2, 1, '尾')],
      repeats: [],
    };
    const { pages, measured } = layoutSheet(sheet(grid), m, opts);
    expect(measured.rowHeights[1]!).toBeGreaterThan(contentHeight(geo) * 2);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const lines = allText(pages).filter((t) => /^第\d+行$/.test(t));
    expect(lines).toEqual(Array.from({ length: 150 }, (_, i) => `第${i}行`));
    // The split starts on the first page rather than leaving it nearly empty, and the merged label is shown on each page.
    expect(texts(pages[0]!)).toContain('第0行');
    for (const p of pages) expect(texts(p)).toContain('标签');
    expect(allText(pages).at(-1)).toBe('尾');
    expectContained(pages);
  });

  it('does not leave a keep-with-next row alone at the bottom of a page', () => {
    // Find how many rows fit on page 1, then mark the last of them keep-with-next.
    const probe = layoutSheet(sheet(bodyGrid(100)), m, opts);
    const onFirst = texts(probe.pages[0]!).filter((t) => t.startsWith('名称')).length;
    const { pages } = layoutSheet(sheet(bodyGrid(100, { keepWithNext: [onFirst - 1] })), m, opts);
    const first = texts(pages[0]!).filter((t) => t.startsWith('名称'));
    expect(first.at(-1)).toBe(`名称${onFirst - 2}`);
    expect(texts(pages[1]!).filter((t) => t.startsWith('名称'))[0]).toBe(`名称${onFirst - 1}`);
  });

  it('gives a continued merged cell enough room for its label', () => {
    // A tall label (6 lines) over two short rows, placed where the page break falls between them.
    const probe = layoutSheet(sheet(bodyGrid(200)), m, opts);
    const onFirst = texts(probe.pages[0]!).filter((t) => t.startsWith('名称')).length;
    const rows: GridRow[] = [];
    const cells: GridCell[] = [];
    for (let i = 0; i < onFirst + 5; i++) {
      rows.push({});
      if (i === onFirst - 1) cells.push(c(i, 0, '甲\n乙\n丙\n丁\n戊\n己', { rowSpan: 2 }));
      else if (i !== onFirst) cells.push(c(i, 0, ''));
      cells.push(c(i, 1, `名称${i}`), c(i, 2, ''));
    }
    const { pages } = layoutSheet(sheet({ columns: [60, 200, 100], rows, cells, repeats: [] }), m, opts);
    for (const ch of '甲乙丙丁戊己') expect(allText(pages).filter((t) => t === ch).length).toBeGreaterThanOrEqual(1);
    expectContained(pages);
  });

  it('numbers pages 第 N 页 共 M 页, with an offset and total from outside', () => {
    const { pages } = layoutSheet(sheet(bodyGrid(120, { header: true })), m, opts);
    const numbered = numberPages(pages, geo, m, { first: 3, total: 9, face: 'fake' });
    numbered.forEach((p, i) => {
      const footer = p.texts.filter((t) => t.y > geo.height - geo.margin.bottom);
      expect(footer.map((t) => t.text).join('')).toBe(`第 ${3 + i} 页 共 9 页`);
      const f = footer[0]!;
      expect(f.x + footer.reduce((a, t) => a + t.width, 0) / 2).toBeCloseTo(geo.width / 2, 1);
    });
    expect(numberPages(pages, geo, m, { first: 1, total: 2, face: 'fake', format: (n, t) => `${n}/${t}` })[1]!.texts.at(-1)!.text).toBe('2/2');
  });
});

describe('paginating the 申报表', () => {
  const names = exampleFiles().map((f) => f.split('/').pop()!.replace(/\.yaml$/, ''));
  it.each(names)('%s: every page keeps its rows and text inside the page and the cells', (name) => {
    const { layout } = layoutDeclaration(loadExample(name));
    expectContained(layout.pages, SHANGHAI_DECLARATION.page);
    expect(layout.pages[0]!.texts[0]!.text).toBe('财政项目支出绩效目标申报表');
  });

  it('a declaration with 150 indicators repeats the 指标 header and the 一级/二级 labels on every continuation page', () => {
    const decl = syntheticDeclaration();
    const { layout } = layoutDeclaration(decl);
    const pages = layout.pages;
    expect(pages.length).toBeGreaterThanOrEqual(6);
    expectContained(pages, SHANGHAI_DECLARATION.page);
    const header = INDICATOR_HEADER.join('');
    const firstIndicatorPage = pages.findIndex((p) => texts(p).join('').includes(header));
    expect(firstIndicatorPage).toBeGreaterThan(0); // the long goals come first
    for (const p of pages.slice(firstIndicatorPage)) {
      const joined = texts(p).join('');
      expect(joined).toContain(header);
      expect(joined).toContain('绩效'); // the section label
      // Each page names the 一级 and 二级 of the first indicator on it.
      const first = allIndicators(decl).find((ind) => joined.includes(ind.name))!;
      expect(joined).toContain(first.level1.slice(0, 4));
      expect(joined).toContain(first.level2.slice(0, 4));
    }
    // All 150 names, in order, once each.
    const names = allIndicators(decl).map((i) => i.name);
    const seen = pages.flatMap(texts).join('');
    let at = 0;
    for (const n of names) {
      const k = seen.indexOf(n, at);
      expect(k, n).toBeGreaterThanOrEqual(0);
      at = k + n.length;
    }
  });
});
