import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { allIndicators } from '../../src/model/declaration.js';
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

const HEADING_ROWS = 2;

describe('XLSX', () => {
  it.each(names)('%s: every grid value sits in its cell, amounts as numbers', async (name) => {
    const decl = loadExample(name);
    const { layout } = layoutDeclaration(decl);
    const ws = await readXlsx((await render(decl, { pdf: false, xlsx: true })).xlsx!);
    expect(ws.name).toBe(decl.name.value);
    expect(ws.getCell('A1').value).toBe('财政项目支出绩效目标申报表');
    expect(ws.getCell('A2').value).toBe(`（${decl.year.value}年度）`);
    for (const c of layout.sheet.grid.cells) {
      const cell = ws.getCell(HEADING_ROWS + 1 + c.row, 1 + c.col);
      if (c.amount !== undefined) {
        expect(cell.value).toBe(Number(c.amount) / 100);
        expect(cell.numFmt).toBe('#,##0.00');
      } else {
        expect(cell.value ?? '').toBe(c.text);
      }
    }
    // The rows people read, by position as on the form.
    expect(ws.getCell('B3').value).toBe(decl.name.value);
    expect(ws.getCell('E4').value).toBe(decl.unit.value);
    expect(ws.getCell('B5').value).toBe(decl.start.written);
    const first = allIndicators(decl)[0]!;
    expect(ws.getCell(`D${HEADING_ROWS + 11}`).value).toBe(first.name);
  });

  it('merges cells as the form does: 一级 and 二级 cells span their indicators', async () => {
    const decl = loadExample('网络宣传工作');
    const ws = await readXlsx((await render(decl, { pdf: false, xlsx: true })).xlsx!);
    const merges = new Set((ws.model as unknown as { merges: string[] }).merges);
    const top = HEADING_ROWS + 11; // first indicator row
    // 成本指标: 4 indicators; 产出指标: 7 + 4 + 6 = 17; 数量指标: 7.
    expect(merges).toContain(`B${top}:B${top + 3}`);
    expect(merges).toContain(`C${top}:C${top + 3}`);
    expect(merges).toContain(`B${top + 4}:B${top + 20}`);
    expect(merges).toContain(`C${top + 4}:C${top + 10}`);
    expect(merges).toContain(`A${HEADING_ROWS + 4}:A${HEADING_ROWS + 7}`); // 项目资金（元）
    expect(merges).toContain(`A${HEADING_ROWS + 10}:A${top + allIndicators(decl).length - 1}`); // 绩效指标
    expect(merges).toContain(`D${top}:G${top}`); // 三级指标 across four columns
    expect(merges).toContain('A1:H1');
    expect(ws.getCell(`B${top + 2}`).isMerged).toBe(true);
    expect(ws.getCell(`B${top + 2}`).master.address).toBe(`B${top}`);
  });

  it('borders every cell, also every cell inside merged ranges, with its own style object', async () => {
    const decl = loadExample('宣传文化发展专项资金项目');
    const { layout } = layoutDeclaration(decl);
    const ws = await readXlsx((await render(decl, { pdf: false, xlsx: true })).xlsx!);
    const rows = layout.sheet.grid.rows.length;
    for (let r = HEADING_ROWS + 1; r <= HEADING_ROWS + rows; r++) {
      for (let k = 1; k <= layout.sheet.grid.columns.length; k++) {
        const b = ws.getCell(r, k).border;
        for (const side of ['top', 'left', 'bottom', 'right'] as const) expect(b?.[side]?.style, `${ws.getCell(r, k).address} ${side}`).toBe('thin');
      }
    }
    // Fonts and wrapping as Excel and WPS expect.
    const cell = ws.getCell('D14');
    expect(cell.font.name).toBe('宋体');
    expect(cell.alignment.wrapText).toBe(true);
    expect(ws.getCell('A1').font.bold).toBe(true);
  });

  it('sets row heights from the layout measurements and column widths from the grid', async () => {
    const decl = loadExample('网络安全和信息化工作');
    const { layout } = layoutDeclaration(decl);
    const ws = await readXlsx((await render(decl, { pdf: false, xlsx: true })).xlsx!);
    layout.measured.rowHeights.forEach((h, r) => expect(ws.getRow(HEADING_ROWS + 1 + r).height).toBeCloseTo(h, 1));
    // The long 年度总体目标 row is far taller than a one-line row.
    expect(ws.getRow(HEADING_ROWS + 9).height).toBeGreaterThan(300);
    layout.sheet.grid.columns.forEach((pt, i) => expect(ws.getColumn(i + 1).width).toBeCloseTo(excelColumnWidth(pt), 2));
    // About two width units per CJK character at 10.5 pt.
    expect(excelColumnWidth(10.5 * 4)).toBeGreaterThan(7);
    expect(excelColumnWidth(10.5 * 4)).toBeLessThan(9);
  });

  it('prints on A4 portrait, one page wide, repeating the title rows', async () => {
    const ws = await readXlsx((await render(loadExample('机关服务费'), { pdf: false, xlsx: true })).xlsx!);
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe('portrait');
    expect(ws.pageSetup.fitToPage).toBe(true);
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.pageSetup.fitToHeight).toBe(0);
    expect(ws.pageSetup.printTitlesRow).toBe('1:2');
  });

  it('shows a multi-year project both fund columns as numbers that add up in Excel', async () => {
    const decl = syntheticDeclaration({ indicators: 12, goalLength: 100 });
    const ws = await readXlsx((await render(decl, { pdf: false, xlsx: true })).xlsx!);
    expect(ws.getCell('D6').value).toBe(3000000);
    expect(ws.getCell('D7').value).toBe(2900000);
    expect(ws.getCell('D9').value).toBe(100000);
    expect(ws.getCell('H6').value).toBe(1000000);
    expect((ws.getCell('H7').value as number) + (ws.getCell('H8').value as number) + (ws.getCell('H9').value as number)).toBeCloseTo(1000000, 6);
    expect(ws.getCell('H8').value).toBe(50000.5);
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
