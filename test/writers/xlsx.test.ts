import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { allIndicators } from '../../src/model/declaration.js';
import { INDICATOR_HEADER, overviewSheet } from '../../src/forms/index.js';
import { loadFontSet } from '../../src/fonts/font-set.js';
import { layoutSheet } from '../../src/layout/layout-sheet.js';
import { A4_LANDSCAPE, contentWidth, FORM_TYPOGRAPHY } from '../../src/layout/page-setup.js';
import { layoutDeclaration, render } from '../../src/api/render.js';
import { collectBytes, writeDocument } from '../../src/documents/write-document.js';
import { excelColumnWidth } from '../../src/writers/xlsx/worksheet.js';
import { sheetName } from '../../src/writers/sheet-name.js';
import { zipListing, zipText } from '../helpers/zip.js';
import { exampleFiles, loadExample } from '../helpers/examples.js';
import { syntheticDeclaration } from '../layout/synthetic.js';

const names = exampleFiles().map((f) => f.split('/').pop()!.replace(/\.yaml$/, ''));

async function readXlsx(buf: Buffer): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  expect(wb.worksheets).toHaveLength(1);
  return wb.worksheets[0]!;
}

/** A worksheet's rows (height), merges and manual page breaks, read from its XML. */
function sheetStructure(xlsx: Buffer, n = 1) {
  const xml = zipText(xlsx, `xl/worksheets/sheet${n}.xml`);
  const heights = [...xml.matchAll(/<row r="(\d+)" ht="([\d.]+)"/g)].map((m) => Number(m[2]));
  const merges = [...xml.matchAll(/<mergeCell ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"\/>/g)].map((m) => ({ from: Number(m[2]), to: Number(m[4]), ref: `${m[1]}${m[2]}:${m[3]}${m[4]}` }));
  const breaks = [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
  return { xml, heights, merges, breaks };
}

/** Rows [from, to] (1-based) of each printed page, as the manual breaks divide them. */
function pagesOf(heights: readonly number[], breaks: readonly number[]): [number, number][] {
  const ends = [...breaks, heights.length];
  return ends.map((end, i) => [i === 0 ? 1 : ends[i - 1]! + 1, end]);
}

const textsOf = (ws: ExcelJS.Worksheet, from: number, to: number): string[] => {
  const out: string[] = [];
  for (let r = from; r <= to; r++) ws.getRow(r).eachCell((c) => void (typeof c.value === 'string' && c.master === c && out.push(c.value)));
  return out;
};

describe('XLSX', () => {
  it.each(names)('%s: every value of the form sits in a cell, amounts as numbers formatted as on the form', async (name) => {
    const decl = loadExample(name);
    const { layout } = layoutDeclaration(decl);
    const xlsx = (await render(decl, { pdf: false, xlsx: true })).xlsx!;
    const ws = await readXlsx(xlsx);
    expect(ws.name).toBe(decl.name.value);
    expect(ws.getCell('A1').value).toBe('财政项目支出绩效目标申报表');
    expect(ws.getCell('A2').value).toBe(`（${decl.year.value}年度）`);
    const all = textsOf(ws, 1, ws.rowCount).join('\n');
    const numbers: number[] = [];
    ws.eachRow((row) => row.eachCell((c) => void (typeof c.value === 'number' && (numbers.push(c.value), expect(c.numFmt).toBe('#,##0.00')))));
    for (const c of layout.sheet.grid.cells) {
      if (c.amount !== undefined) expect(numbers, c.text).toContain(Number(c.amount) / 100);
      else if (c.text !== '') expect(all, c.text).toContain(c.text);
    }
    expect(ws.getCell('B3').value).toBe(decl.name.value);
  });

  it.each(names)('%s: prints as the PDF pages: a manual break after each, and each page as tall as the PDF’s', async (name) => {
    const decl = loadExample(name);
    const { layout } = layoutDeclaration(decl);
    const { heights, breaks } = sheetStructure((await render(decl, { pdf: false, xlsx: true })).xlsx!);
    expect(breaks).toHaveLength(layout.pages.length - 1);
    const page = layout.pages[0]!;
    const printable = page.height - page.margin.top - page.margin.bottom;
    pagesOf(heights, breaks).forEach(([from, to], i) => {
      const tall = heights.slice(from - 1, to).reduce((a, b) => a + b, 0);
      const pdf = layout.pages[i]!.structure;
      const want = pdf.heading.reduce((a, h) => a + h.height, 0) + pdf.rows.reduce((a, r) => a + r.height, 0);
      expect(Math.abs(tall - want), `page ${i + 1}`).toBeLessThanOrEqual(0.75);
      expect(tall, `page ${i + 1}`).toBeLessThanOrEqual(printable);
    });
    for (const h of heights) expect(h).toBeLessThanOrEqual(409);
  });

  it('a continuation page starts with the indicator header, and shows the 绩效指标, 一级 and 二级 labels of its rows in cells of its own', async () => {
    const decl = loadExample('网络宣传工作');
    const { layout } = layoutDeclaration(decl);
    const xlsx = (await render(decl, { pdf: false, xlsx: true })).xlsx!;
    const ws = await readXlsx(xlsx);
    const { heights, breaks, merges } = sheetStructure(xlsx);
    const pages = pagesOf(heights, breaks);
    expect(pages).toHaveLength(2);
    const [from, to] = pages[1]!;
    expect(textsOf(ws, from, from)).toEqual(['绩效\n指标', ...INDICATOR_HEADER]);
    // No merged range crosses a page break.
    for (const m of merges) expect(pages.some(([a, b]) => a <= m.from && m.to <= b), m.ref).toBe(true);
    // The first indicator on page 2 has its 一级 and 二级 label on page 2.
    const secondPage = layout.pages[1]!.structure;
    const firstRow = secondPage.rows.find((r) => !r.repeated)!.row;
    const names = new Set(textsOf(ws, from, to));
    const ind = allIndicators(decl).find((i) => layout.sheet.grid.cells.some((c) => c.row === firstRow && c.text === i.name))!;
    expect(names).toContain(ind.level1);
    expect(names).toContain(ind.level2);
    expect(names).toContain('绩效\n指标');
  });

  it('a 20,000-character goal and 300 indicators: no row above 409 pt, every character on some page, the goal continued where the PDF continues it', async () => {
    const decl = syntheticDeclaration({ indicators: 300, goalLength: 20_000 });
    const { layout } = layoutDeclaration(decl);
    const xlsx = (await render(decl, { pdf: false, xlsx: true })).xlsx!;
    const { heights, breaks } = sheetStructure(xlsx);
    expect(Math.max(...heights)).toBeLessThanOrEqual(409);
    expect(breaks).toHaveLength(layout.pages.length - 1);
    const ws = await readXlsx(xlsx);
    const squash = (x: string) => x.replace(/\s+/g, '');
    const all = squash(textsOf(ws, 1, ws.rowCount).join(''));
    for (const goal of [decl.goals.overall!.value, decl.goals.annual.value]) expect(all).toContain(squash(goal).slice(0, 200));
    // Joined in order, the parts of each goal give the goal back.
    // The goals' parts, down each goal's column, in order.
    const parts = (goal: string) => {
      let col = 0;
      ws.eachRow((row) => row.eachCell((c) => void (col === 0 && typeof c.value === 'string' && c.value.length > 40 && goal.startsWith(c.value.slice(0, 40)) && (col = Number(c.col)))));
      const out: string[] = [];
      ws.eachRow((row) => {
        const c = row.getCell(col);
        if (c.master === c && typeof c.value === 'string' && c.value.length > 40) out.push(c.value);
      });
      return out.join('');
    };
    expect(squash(parts(decl.goals.overall!.value))).toBe(squash(decl.goals.overall!.value));
    expect(squash(parts(decl.goals.annual.value))).toBe(squash(decl.goals.annual.value));
    for (const ind of allIndicators(decl)) expect(all).toContain(squash(ind.name));
  });

  it('borders every cell of the table, also inside merged ranges; text in 宋体 at the form’s size, indented off the border', async () => {
    const decl = loadExample('宣传文化发展专项资金项目');
    const { layout } = layoutDeclaration(decl);
    const ws = await readXlsx((await render(decl, { pdf: false, xlsx: true })).xlsx!);
    for (let r = 3; r <= ws.rowCount; r++) {
      for (let k = 1; k <= layout.sheet.grid.columns.length; k++) {
        const b = ws.getCell(r, k).border;
        for (const side of ['top', 'left', 'bottom', 'right'] as const) expect(b?.[side]?.style, `${ws.getCell(r, k).address} ${side}`).toBe('thin');
      }
    }
    const name = ws.getCell('B3');
    expect(name.font.name).toBe('宋体');
    expect(name.font.size).toBe(12);
    expect(name.alignment.wrapText).toBe(true);
    expect(name.alignment.indent).toBe(1);
    expect(ws.getCell('A1').font.bold).toBe(true);
  });

  it('column widths from the grid, never wider in sum than the table', () => {
    const { layout } = layoutDeclaration(loadExample('网络安全和信息化工作'));
    const px = layout.sheet.grid.columns.reduce((a, pt) => a + excelColumnWidth(pt) * 7, 0);
    expect(px).toBeLessThanOrEqual((layout.sheet.grid.columns.reduce((a, b) => a + b, 0) * 96) / 72);
    expect(excelColumnWidth(12 * 4)).toBeGreaterThan(9);
    expect(excelColumnWidth(12 * 4)).toBeLessThan(9.2);
  });

  it('prints on A4 portrait, one page wide, without print titles (repeated rows are rows of their own) and without a footer unless asked', async () => {
    const decl = loadExample('机关服务费');
    const ws = await readXlsx((await render(decl, { pdf: false, xlsx: true })).xlsx!);
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe('portrait');
    expect(ws.pageSetup.fitToPage).toBe(true);
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.pageSetup.fitToHeight).toBe(0);
    expect(ws.pageSetup.printTitlesRow).toBeUndefined();
    expect(ws.headerFooter?.oddFooter ?? '').toBe('');
    const numbered = await readXlsx((await render(decl, { pdf: false, xlsx: true, pageNumbers: true })).xlsx!);
    expect(numbered.headerFooter.oddFooter).toBe('&C第 &P 页 共 &N 页');
  });

  it('shows a multi-year project both fund columns as numbers that add up in Excel', async () => {
    const decl = syntheticDeclaration({ indicators: 12, goalLength: 100 });
    const ws = await readXlsx((await render(decl, { pdf: false, xlsx: true })).xlsx!);
    const right = (label: string) => {
      let found: ExcelJS.CellValue = null;
      ws.eachRow((row) => row.eachCell((c) => {
        if (c.value === label && found === null) {
          const next = ws.getCell(Number(c.row), Number(c.col) + 1);
          let k = Number(c.col) + 1;
          while (ws.getCell(Number(c.row), k).isMerged && ws.getCell(Number(c.row), k).master.address === c.address) k++;
          found = ws.getCell(Number(c.row), k).value ?? next.value;
        }
      }));
      return found;
    };
    expect(right('项目资金总额：')).toBe(3000000);
    expect(right('其中：财政资金')).toBe(2900000);
    expect(right('年度资金申请总额：')).toBe(1000000);
    expect(right('上年结转资金')).toBe(50000.5);
    expect(Number(right('其中：当年财政拨款')) + Number(right('上年结转资金'))).toBeCloseTo(950000.5, 6);
  });

  it('an overview of 150 projects: its header row again at the top of every printed page, the totals adding up every project row', async () => {
    const fonts = loadFontSet();
    const rows = Array.from({ length: 150 }, (_, i) => ({ name: `项目${i + 1}`, nature: '经常性专项业务费', category: '特定目标类', start: '2025-01-01', end: '2025-12-31', total: 100n, annual: 100n, current: 100n, carryover: 0n, other: 0n }));
    const sheet = overviewSheet('单位 2025年度项目绩效目标汇总表', rows, contentWidth(A4_LANDSCAPE), fonts, FORM_TYPOGRAPHY);
    const layout = layoutSheet(sheet, fonts, { page: A4_LANDSCAPE, typography: FORM_TYPOGRAPHY, fallbackFace: fonts.primary });
    expect(layout.pages.length).toBeGreaterThan(2);
    const { out, bytes } = collectBytes();
    await writeDocument({ title: 't', date: new Date(Date.UTC(2025, 0, 1)), sheets: [{ name: '汇总', orientation: 'landscape' }] }, fonts, [{ format: 'xlsx', out }], [{ layout, pages: layout.pages }]);
    const xlsx = await bytes;
    const ws = await readXlsx(xlsx);
    const { heights, breaks } = sheetStructure(xlsx);
    const pages = pagesOf(heights, breaks);
    expect(pages).toHaveLength(layout.pages.length);
    pages.forEach(([from], i) => {
      const headerRow = i === 0 ? from + 2 : from; // the title and 金额单位 lines come first on page 1
      expect(ws.getCell(headerRow, 1).value, `page ${i + 1}`).toBe('序号');
    });
    const names: string[] = [];
    ws.eachRow((row) => void (typeof row.getCell(2).value === 'string' && /^项目\d+$/.test(row.getCell(2).value as string) && names.push(row.getCell(2).value as string)));
    expect(names).toEqual(rows.map((r) => r.name));
    const last = ws.rowCount;
    expect(ws.getCell(last, 1).value).toBe('合计');
    expect(ws.getCell(last, 6).value).toEqual({ formula: `SUM(F4:F${last - 1})`, result: 150 });
  });

  it('is byte-for-byte reproducible, with the document date on every zip entry whatever the time zone', async () => {
    const decl = loadExample('网络宣传工作');
    const a = (await render(decl, { pdf: false, xlsx: true })).xlsx!;
    await new Promise((r) => setTimeout(r, 2100)); // zip timestamps have 2 s resolution
    const b = (await render(decl, { pdf: false, xlsx: true })).xlsx!;
    expect(a.equals(b)).toBe(true);
    const listing = zipListing(a);
    expect(new Set(listing.map((e) => e.modified))).toEqual(new Set(['2025-01-01T00:00:00']));
    const saved = process.env.TZ;
    try {
      for (const tz of ['Asia/Shanghai', 'America/Los_Angeles', 'UTC']) {
        process.env.TZ = tz;
        const date = new Date(Date.UTC(2024, 6, 15, 23, 30, 10));
        const c = (await render(decl, { pdf: false, xlsx: true, date })).xlsx!;
        expect(new Set(zipListing(c).map((e) => e.modified)), tz).toEqual(new Set(['2024-07-15T23:30:10']));
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('is a package readers recognise: [Content_Types].xml first, every part it names present, dates in the properties', async () => {
    const xlsx = (await render(loadExample('机关服务费'), { pdf: false, xlsx: true })).xlsx!;
    const names = zipListing(xlsx).map((e) => e.name);
    expect(names[0]).toBe('[Content_Types].xml');
    for (const part of zipText(xlsx, '[Content_Types].xml').matchAll(/PartName="\/([^"]+)"/g)) expect(names).toContain(part[1]);
    expect(names).toEqual(expect.arrayContaining(['_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/worksheets/sheet1.xml', 'docProps/core.xml']));
    const core = zipText(xlsx, 'docProps/core.xml');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-01T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dc:title>机关服务费</dc:title>');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    expect(wb.creator).toBe('declare');
    expect(wb.created.toISOString()).toBe('2025-01-01T00:00:00.000Z');
  });

  it('adds several sheets to one workbook for a summary, with names Excel accepts', async () => {
    const taken = new Set<string>();
    const laid = ['网络宣传工作', '重大活动保障'].map((name) => layoutDeclaration(loadExample(name)));
    const sheets = laid.map((l) => {
      const n = sheetName(l.layout.sheet.title, taken);
      taken.add(n);
      return { name: n, orientation: 'portrait' as const };
    });
    const { out, bytes } = collectBytes();
    await writeDocument({ title: 't', date: new Date(Date.UTC(2025, 0, 1)), sheets }, laid[0]!.fonts, [{ format: 'xlsx', out }], laid.map((l) => ({ layout: l.layout, pages: l.layout.pages })));
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await bytes) as unknown as ArrayBuffer);
    expect(back.worksheets.map((w) => w.name)).toEqual(['网络宣传工作', '重大活动保障']);
    expect(back.worksheets[1]!.getCell('B3').value).toBe('重大活动保障');
    expect(sheetName('a/b:c?[d]*')).toBe('a_b_c__d__');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
    expect(sheetName('网络宣传工作', new Set(['网络宣传工作']))).toBe('网络宣传工作(2)');
  });

  it('writes text exactly, escaping what XML needs and dropping only what XML cannot carry', async () => {
    const decl = loadExample('重大活动保障');
    const name = `<重大&活动> "保障" 'x'\u0001`;
    const ws = await readXlsx((await render({ ...decl, name: { ...decl.name, value: name } }, { pdf: false, xlsx: true })).xlsx!);
    expect(ws.getCell('B3').value).toBe(`<重大&活动> "保障" 'x'`);
  });
});

describe('XLSX amounts beyond what a spreadsheet number holds', () => {
  it('writes an amount of 10¹³ 元 or more (a summary\'s total of many large projects) as the exact text the PDF prints; smaller ones stay numbers', async () => {
    const fonts = loadFontSet();
    // Each below the 1万亿元 a declaration may state; together 18 万亿元, more digits than a spreadsheet keeps.
    const big = 99_999_999_999_999n; // 999,999,999,999.99 元
    const rows = Array.from({ length: 18 }, (_, i) => ({ name: `项目${i + 1}`, nature: '专项', category: '特定目标类', start: '2025-01-01', end: '2025-12-31', total: big, annual: big, current: big, carryover: 0n, other: 0n }));
    const sheet = overviewSheet('t', rows, contentWidth(A4_LANDSCAPE), fonts, FORM_TYPOGRAPHY);
    const layout = layoutSheet(sheet, fonts, { page: A4_LANDSCAPE, typography: FORM_TYPOGRAPHY, fallbackFace: fonts.primary });
    const { out, bytes } = collectBytes();
    await writeDocument({ title: 't', date: new Date(Date.UTC(2025, 0, 1)), sheets: [{ name: '汇总', orientation: 'landscape' }] }, fonts, [{ format: 'xlsx', out }], [{ layout, pages: layout.pages }]);
    const xml = zipText(await bytes, 'xl/worksheets/sheet1.xml');
    expect(xml).toContain('<v>999999999999.99</v>'); // each project: a number, exact
    expect(xml.match(/<t xml:space="preserve">17,999,999,999,999.82<\/t>/g)).toHaveLength(3); // the totals: exact text
    expect(xml).not.toContain('17999999999999.8');
  });
});
