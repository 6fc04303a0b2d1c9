import { diagnosticMessage } from '../../src/diagnostics/types.js';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { layoutDeclaration, render } from '../../src/api/render.js';
import { FontConflictError, FontLoadError, OutputError, summarize, type SummarizeOptions, type SummarizeResult } from '../../src/api/summarize.js';
import { titleLine } from '../../src/summary/write.js';
import { createConfigResolver } from '../../src/config/resolve.js';
import type { CheckedFile } from '../../src/report/types.js';
import { exampleText, fixtureDir, lineOfText, tempDir } from '../helpers/cli.js';
import { EXAMPLES, exampleFiles, loadExample } from '../helpers/examples.js';
import { zipText } from '../helpers/zip.js';
import { readPdf, squash } from '../writers/read-pdf.js';

const UNIT = '中共上海市委网络安全和信息化委员会办公室';
const TITLE = `${UNIT} 2025年度项目绩效目标汇总表`;
const STEM = `${UNIT}2025年度项目绩效目标汇总表`;
/** The examples in the order summary finds them: code-point order of file names. */
const NAMES = exampleFiles().map((f) => f.split('/').pop()!.replace(/\.yaml$/, ''));
const HEADING = 3; // title row, 金额单位 row and header row of the 汇总 sheet

interface Run {
  readonly result: SummarizeResult;
  /** Every finding reported, in the order reported. */
  readonly findings: CheckedFile[];
  readonly out: string;
}

/** summarize as the command runs it, with the configuration found from `cwd` (the folder given, by default). */
async function run(paths: readonly string[], options: Partial<SummarizeOptions> & { cwd?: string } = {}): Promise<Run> {
  const out = options.outDir ?? join(tempDir(), 'out');
  const findings: CheckedFile[] = [];
  const { cwd, ...rest } = options;
  const result = await summarize(paths, {
    configs: createConfigResolver({ cwd: cwd ?? tempDir() }),
    onFindings: (f) => findings.push(f),
    ...rest,
    outDir: out,
  });
  return { result, findings, out };
}

const rules = (findings: readonly CheckedFile[]) => findings.flatMap((f) => f.diagnostics.map((d) => `${f.file}:${d.span.line}:${d.span.column} ${d.severity} ${d.rule}`));

async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  return wb;
}

function merges(ws: ExcelJS.Worksheet): string[] {
  return [...(ws.model as unknown as { merges: string[] }).merges].sort();
}

/** A copy of the examples (or some of them) in a fresh folder, with edits. */
function examplesDir(edit: Record<string, (yaml: string) => string> = {}, only: readonly string[] = NAMES): string {
  return fixtureDir(Object.fromEntries(only.map((n) => [`${n}.yaml`, (edit[n] ?? ((y: string) => y))(exampleText(n))])));
}

describe('summarize: the six examples, as the published 汇总表', () => {
  let r: Run;
  let pdfFile: string;
  let xlsxFile: string;

  beforeAll(async () => {
    r = await run([EXAMPLES]);
    pdfFile = join(r.out, `${STEM}.pdf`);
    xlsxFile = join(r.out, `${STEM}.xlsx`);
  });

  it('writes exactly <实施单位><年度>年度项目绩效目标汇总表.pdf and .xlsx, reporting the warnings', () => {
    expect(r.result).toEqual({ kind: 'written', counts: { files: 6, errors: 0, warnings: 13 }, title: TITLE, pdf: pdfFile, xlsx: xlsxFile, projects: 6 });
    expect(readdirSync(r.out).sort()).toEqual([`${STEM}.pdf`, `${STEM}.xlsx`]);
    expect(r.findings.flatMap((f) => f.diagnostics.map((d) => d.severity))).toEqual(Array(13).fill('warning'));
  });

  it('PDF: the title line directly above the first form, each further form from a new page, no overview, no footer — ten pages, as published', async () => {
    const pdf = await readPdf(readFileSync(pdfFile));
    // The first form has the title line above it (which may move its page break).
    const formPages = NAMES.map((n, i) => layoutDeclaration(loadExample(n), i === 0 ? { prefix: [titleLine(TITLE)] } : {}).layout.pages);
    expect(pdf.pages).toHaveLength(10); // the seed's page count
    expect(pdf.pages).toHaveLength(formPages.reduce((a, p) => a + p.length, 0));
    expect(pdf.info.Title).toBe(TITLE);
    expect(squash(pdf.pages[0]!).startsWith(squash(TITLE) + '财政项目支出绩效目标申报表（2025年度）项目名称' + NAMES[0])).toBe(true);
    let page = 0;
    for (const [k, n] of NAMES.entries()) {
      for (const [j, laid] of formPages[k]!.entries()) {
        const own = squash(laid.texts.map((t) => t.text).join(''));
        expect(squash(pdf.pages[page]!), `${n} page ${j + 1}`).toBe(own);
        page++;
      }
    }
    for (const p of pdf.pages) expect(p).not.toMatch(/第 \d+ 页|序号/);
    expect(pdf.outline).toEqual(NAMES);
  });

  it('XLSX: one sheet per project, the title line above the first form, no footer', async () => {
    const wb = await loadWorkbook(xlsxFile);
    expect(wb.worksheets.map((w) => w.name)).toEqual(NAMES);
    expect(wb.worksheets[0]!.getCell('A1').value).toBe(TITLE);
    expect(wb.worksheets[0]!.getCell('A2').value).toBe('财政项目支出绩效目标申报表');
    expect(wb.worksheets[1]!.getCell('A1').value).toBe('财政项目支出绩效目标申报表');
    for (const ws of wb.worksheets) expect(ws.headerFooter?.oddFooter ?? '').toBe('');
  });

  it('gives the same bytes on a second run, into another folder or over the first output', async () => {
    const again = await run([EXAMPLES]);
    expect(readFileSync(join(again.out, `${STEM}.pdf`)).equals(readFileSync(pdfFile))).toBe(true);
    expect(readFileSync(join(again.out, `${STEM}.xlsx`)).equals(readFileSync(xlsxFile))).toBe(true);
    const before = readFileSync(pdfFile);
    await run([EXAMPLES], { outDir: r.out });
    expect(readFileSync(pdfFile).equals(before)).toBe(true);
    expect(readdirSync(r.out).sort()).toEqual([`${STEM}.pdf`, `${STEM}.xlsx`]);
  });
});

describe('summarize --overview --page-numbers: the overview table first, pages numbered', () => {
  let r: Run;
  let pdfFile: string;
  let xlsxFile: string;

  beforeAll(async () => {
    r = await run([EXAMPLES], { overview: true, pageNumbers: true });
    pdfFile = join(r.out, `${STEM}.pdf`);
    xlsxFile = join(r.out, `${STEM}.xlsx`);
  });

  it('PDF: the title and the overview with its exact totals first, then every form complete, numbered across', async () => {
    const pdf = await readPdf(readFileSync(pdfFile));
    const formPages = NAMES.map((n) => layoutDeclaration(loadExample(n)).layout.pages);
    const overviewPages = 1;
    const total = overviewPages + formPages.reduce((a, p) => a + p.length, 0);
    expect(pdf.pages).toHaveLength(total);
    expect(pdf.info.Title).toBe(TITLE);

    const first = squash(pdf.pages[0]!);
    expect(first.startsWith(squash(TITLE) + '金额单位：元')).toBe(true);
    expect(first).toContain(squash('序号项目名称项目性质项目类别项目期限项目资金总额年度资金申请总额当年财政拨款上年结转资金其他资金'));
    for (const [i, n] of NAMES.entries()) expect(first).toContain(`${i + 1}${n}`);
    expect(first).toContain('合计55,720,834.0055,720,834.0055,720,834.000.000.00');
    expect(first).toContain('5网络宣传工作经常性专项业务费特定目标类2025-01-01至2025-12-312,810,000.002,810,000.002,810,000.000.000.00');
    expect(first).toContain('2宣传文化发展专项资金项目专项资金特定目标类2025-01-01至2029-12-3110,740,000.00');

    // Each form as `declare render` lays it out, on its own pages, page numbers across the whole document.
    let page = overviewPages;
    for (const [k, n] of NAMES.entries()) {
      for (const [j, laid] of formPages[k]!.entries()) {
        expect(squash(pdf.pages[page]!), `${n} page ${j + 1}`).toBe(squash(laid.texts.map((t) => t.text).join('') + `第${page + 1}页共${total}页`));
        page++;
      }
    }
    pdf.pages.forEach((p, i) => expect(p).toContain(`第 ${i + 1} 页 共 ${total} 页`));
    expect(pdf.outline).toEqual(['项目绩效目标汇总表', ...NAMES]);
  });

  it('PDF: each project name in the overview links to the first page of its form', async () => {
    const doc = await getDocument({ data: new Uint8Array(readFileSync(pdfFile)), verbosity: 0, isEvalSupported: false }).promise;
    try {
      const links = (await (await doc.getPage(1)).getAnnotations()).filter((a: { subtype: string }) => a.subtype === 'Link');
      expect(links).toHaveLength(NAMES.length);
      const formStarts: number[] = [];
      let p = 1;
      for (const n of NAMES) {
        formStarts.push(p);
        p += layoutDeclaration(loadExample(n)).layout.pages.length;
      }
      for (const [i, link] of links.entries()) {
        const dest = (await doc.getDestination(link.dest as string))!;
        expect(await doc.getPageIndex(dest[0] as { num: number; gen: number })).toBe(formStarts[i]);
      }
    } finally {
      await doc.destroy();
    }
  });

  it('XLSX: 汇总 first with the title, the overview, numbers as numbers and 合计 as SUM formulas with their values', async () => {
    const wb = await loadWorkbook(xlsxFile);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', ...NAMES]);
    const ws = wb.getWorksheet('汇总')!;
    expect(ws.getCell('A1').value).toBe(TITLE);
    expect(ws.getCell('A1').font.bold).toBe(true);
    expect(merges(ws)).toContain('A1:J1');
    expect(ws.getCell('A2').value).toBe('金额单位：元');
    const header = Array.from({ length: 10 }, (_, k) => squash(String(ws.getCell(3, k + 1).value)));
    expect(header).toEqual(['序号', '项目名称', '项目性质', '项目类别', '项目期限', '项目资金总额', '年度资金申请总额', '当年财政拨款', '上年结转资金', '其他资金']);
    for (const [i, n] of NAMES.entries()) {
      const decl = loadExample(n);
      const row = ws.getRow(HEADING + 1 + i);
      expect(row.getCell(1).value).toBe(i + 1);
      expect(row.getCell(2).value).toBe(decl.name.value); // exceljs reads an in-workbook link as its text; the link is checked in the XML below
      expect(row.getCell(3).value).toBe(decl.nature.value);
      expect(row.getCell(4).value).toBe(decl.category.value);
      expect(row.getCell(5).value).toBe(`${decl.start.written}至${decl.end.written}`);
      expect(typeof row.getCell(6).value).toBe('number');
      expect(typeof row.getCell(7).value).toBe('number');
      expect(row.getCell(7).numFmt).toBe('#,##0.00');
    }
    expect(ws.getCell('G8').value).toBe(2810000); // 网络宣传工作, fifth in file order
    const totalRow = HEADING + NAMES.length + 1;
    expect(ws.getCell(totalRow, 1).value).toBe('合计');
    expect(merges(ws)).toContain(`A${totalRow}:E${totalRow}`);
    expect(ws.getCell(totalRow, 6).value).toEqual({ formula: 'SUM(F4:F9)', result: 55720834 });
    expect(ws.getCell(totalRow, 7).value).toEqual({ formula: 'SUM(G4:G9)', result: 55720834 });
    expect(ws.getCell(totalRow, 7).numFmt).toBe('#,##0.00');
    // Zero results are in the file too (exceljs reads a cached 0 back as no result).
    const xml = zipText(readFileSync(xlsxFile), 'xl/worksheets/sheet1.xml');
    expect(xml).toContain('<f>SUM(I4:I9)</f><v>0</v>');
    expect(xml).toContain('<f>SUM(J4:J9)</f><v>0</v>');
    // 项目名称 cells link to their sheets; landscape; a longer table repeats its header row on each page as a row of its own.
    for (const [i, n] of NAMES.entries()) expect(xml).toContain(`<hyperlink ref="B${HEADING + 1 + i}" location="&apos;${n}&apos;!A1"`);
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.printTitlesRow).toBeUndefined();
    // Every column as wide as the layout made it.
    expect(ws.columns.every((c) => typeof c.width === 'number')).toBe(true);
  });

  it('XLSX: every project sheet holds the same grid as render writes: values, merges, styles', async () => {
    const wb = await loadWorkbook(xlsxFile);
    for (const n of NAMES) {
      const decl = loadExample(n);
      const own = new ExcelJS.Workbook();
      await own.xlsx.load((await render(decl, { pdf: false, xlsx: true })).xlsx! as unknown as ArrayBuffer);
      const want = own.worksheets[0]!;
      const got = wb.getWorksheet(n)!;
      expect(merges(got), n).toEqual(merges(want));
      expect(got.rowCount).toBe(want.rowCount);
      for (let r = 1; r <= want.rowCount; r++) {
        expect(got.getRow(r).height, `${n} row ${r}`).toBe(want.getRow(r).height);
        for (let c = 1; c <= want.columnCount; c++) {
          const [a, b] = [got.getCell(r, c), want.getCell(r, c)];
          expect(a.value, `${n} ${a.address}`).toEqual(b.value);
          expect(a.numFmt, `${n} ${a.address}`).toEqual(b.numFmt);
          expect(a.font?.bold ?? false, `${n} ${a.address}`).toBe(b.font?.bold ?? false);
          expect(a.border?.right?.style, `${n} ${a.address}`).toBe(b.border?.right?.style);
        }
      }
      expect(got.getCell('B3').value).toBe(decl.name.value); // the full 项目名称 inside the sheet
      expect(got.columns.map((c) => c.width)).toEqual(want.columns.map((c) => c.width));
      expect(got.pageSetup.printTitlesRow).toBe(want.pageSetup.printTitlesRow);
      expect(got.pageSetup.horizontalCentered).toBe(want.pageSetup.horizontalCentered);
      expect(got.pageSetup.fitToWidth).toBe(want.pageSetup.fitToWidth);
    }
  });

});

describe('summarize: order and naming', () => {
  it('lists projects in the order their files are found: file names in code-point order, folders walked alike', async () => {
    const dir = fixtureDir({
      '02-机关服务费.yaml': exampleText('机关服务费'),
      '01-网络宣传工作.yaml': exampleText('网络宣传工作'),
      '03/a-重大活动保障.yaml': exampleText('重大活动保障'),
      '10-信息化运维项目.yaml': exampleText('信息化运维项目'),
    });
    const r = await run([dir]);
    expect(r.result.kind).toBe('written');
    const wb = await loadWorkbook(join(r.out, `${STEM}.xlsx`));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['网络宣传工作', '机关服务费', '重大活动保障', '信息化运维项目']);
    const pdf = await readPdf(readFileSync(join(r.out, `${STEM}.pdf`)));
    expect(pdf.outline).toEqual(['网络宣传工作', '机关服务费', '重大活动保障', '信息化运维项目']);
    // Files and folders given one by one keep the order given.
    const r2 = await run([join(dir, '10-信息化运维项目.yaml'), join(dir, '01-网络宣传工作.yaml')]);
    expect((await loadWorkbook(join(r2.out, `${STEM}.xlsx`))).worksheets.map((w) => w.name)).toEqual(['信息化运维项目', '网络宣传工作']);
  });

  it('shortens and numbers long and clashing sheet names, and keeps every full 项目名称', async () => {
    const long = '上海市网络安全和信息化委员会办公室重点网络平台内容安全评估服务专项经费项目';
    const rename = (name: string) => (y: string) => y.replace(/^项目名称: .*$/m, `项目名称: '${name.replace(/'/g, "''")}'`);
    const names = [long + '（一期）', long + '（二期）', '汇总', 'History', '[专项] 网络/宣传:工作', '网络宣传工作'];
    const dir = fixtureDir(Object.fromEntries(names.map((n, i) => [`${i + 1}.yaml`, rename(n)(exampleText(NAMES[i]!))])));
    const r = await run([dir], { overview: true });
    expect(r.result.kind).toBe('written');
    const file = join(r.out, `${STEM}.xlsx`);
    const wb = await loadWorkbook(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', long.slice(0, 30) + '…', long.slice(0, 27) + '…(2)', '汇总(2)', 'History(2)', '_专项_ 网络_宣传_工作', '网络宣传工作']);
    const summary = wb.getWorksheet('汇总')!;
    names.forEach((n, i) => {
      expect(summary.getCell(HEADING + 1 + i, 2).value).toBe(n);
      expect(wb.worksheets[i + 1]!.getCell('B3').value).toBe(n);
    });
    expect(zipText(readFileSync(file), 'xl/worksheets/sheet1.xml')).toContain(`location="&apos;${long.slice(0, 27)}…(2)&apos;!A1"`);
    expect((await readPdf(readFileSync(join(r.out, `${STEM}.pdf`)))).outline).toEqual(['项目绩效目标汇总表', ...names]);
  });
});

describe('summarize: refusing', () => {
  it('mixed units: each outlier at its 实施单位 line with the majority named, nothing written', async () => {
    const other = '上海市委网信办';
    const dir = examplesDir({ 机关服务费: (y) => y.replace(`实施单位: ${UNIT}`, `实施单位: ${other}`) });
    const r = await run([dir]);
    expect(r.result).toMatchObject({ kind: 'refused', refused: 0, apart: 1, counts: { errors: 1 } });
    const file = join(dir, '机关服务费.yaml');
    const line = lineOfText(readFileSync(file, 'utf8'), '实施单位');
    expect(rules(r.findings).filter((f) => f.includes('summary-'))).toEqual([`${file}:${line}:7 error summary-mixed-unit`]);
    const d = r.findings.flatMap((f) => f.diagnostics).find((x) => x.rule === 'summary-mixed-unit')!;
    expect(diagnosticMessage(d, 'zh')).toContain(`6 个文件中有 5 个的实施单位是“${UNIT}”`);
    expect(existsSync(r.out)).toBe(false);
  });

  it('mixed years: the outliers at their 年度 lines', async () => {
    const dir = examplesDir({ 机关服务费: (y) => y.replaceAll('2025', '2024'), 网络宣传工作: (y) => y.replaceAll('2025', '2026') });
    const r = await run([dir]);
    expect(r.result).toMatchObject({ kind: 'refused', apart: 2 });
    for (const [n, y] of [['机关服务费', 2024], ['网络宣传工作', 2026]] as const) {
      const file = join(dir, `${n}.yaml`);
      const line = lineOfText(readFileSync(file, 'utf8'), '年度:');
      expect(rules(r.findings)).toContain(`${file}:${line}:5 error summary-mixed-year`);
      const d = r.findings.filter((f) => f.file === file).flatMap((f) => f.diagnostics).find((x) => x.rule === 'summary-mixed-year')!;
      expect(diagnosticMessage(d, 'en')).toContain(`年度 (year) ${y} differs from the other declarations of this summary: 4 of 6 files are for 2025.`);
    }
    expect(existsSync(r.out)).toBe(false);
  });

  it('a file with errors of its own is still compared with the others, so one run shows every problem', async () => {
    const dir = examplesDir(
      { 机关服务费: (y) => y.replace(`实施单位: ${UNIT}`, '实施单位: 上海市委网信办').replace(/当年财政拨款: .*/, '当年财政拨款: 1,000.00') },
      ['网络宣传工作', '机关服务费', '重大活动保障'],
    );
    const r = await run([dir]);
    expect(r.result).toMatchObject({ kind: 'refused', refused: 1, apart: 1 });
    const found = rules(r.findings).join('\n');
    expect(found).toContain('error fund-annual-sum');
    expect(found).toContain('error summary-mixed-unit');
  });

  it('duplicate names: every copy reported at its 项目名称 line, naming the other file', async () => {
    const dir = fixtureDir({ '01.yaml': exampleText('网络宣传工作'), '02.yaml': exampleText('机关服务费'), 'sub/03.yaml': exampleText('网络宣传工作') });
    const r = await run([dir]);
    expect(r.result.kind).toBe('refused');
    const line = lineOfText(exampleText('网络宣传工作'), '项目名称');
    expect(rules(r.findings).filter((f) => f.includes('summary-duplicate'))).toEqual([
      `${join(dir, '01.yaml')}:${line}:7 error summary-duplicate-name`,
      `${join(dir, 'sub', '03.yaml')}:${line}:7 error summary-duplicate-name`,
    ]);
    // The copy also repeats the goal text and every indicator: summary-copied-project says so once each, at the copy.
    expect(rules(r.findings).filter((f) => f.includes('summary-copied')).map((f) => f.split(' ').pop())).toEqual(['summary-copied-project', 'summary-copied-project']);
    const first = r.findings.filter((f) => f.file === join(dir, '01.yaml')).flatMap((f) => f.diagnostics).find((x) => x.rule === 'summary-duplicate-name')!;
    expect(diagnosticMessage(first, 'zh')).toContain(`与 ${join(dir, 'sub', '03.yaml')}:${line} 重复`);
    expect(existsSync(r.out)).toBe(false);
  });

  it('the cross-file rules take their level from declare.config.yaml like any rule', async () => {
    const dir = fixtureDir({
      'declare.config.yaml': 'rules:\n  summary-duplicate-name: warning\n',
      '01.yaml': exampleText('网络宣传工作'),
      '02.yaml': exampleText('网络宣传工作'),
    });
    const r = await run([dir]);
    expect(r.result.kind).toBe('written');
    expect(rules(r.findings).filter((f) => f.includes('summary-duplicate'))).toHaveLength(2);
    expect(rules(r.findings).every((f) => !f.includes('summary-') || f.includes(' warning '))).toBe(true);
    expect((await loadWorkbook(join(r.out, `${STEM}.xlsx`))).worksheets.map((w) => w.name)).toEqual(['网络宣传工作', '网络宣传工作(2)']);
  });

  it('an invalid declaration among valid ones: its findings, nothing written', async () => {
    const dir = examplesDir({ 机关服务费: (y) => y.replace(/当年财政拨款: .*/, '当年财政拨款: 1,000.00') });
    const r = await run([dir]);
    expect(r.result).toMatchObject({ kind: 'refused', refused: 1, apart: 0 });
    expect(rules(r.findings).some((f) => f.startsWith(`${join(dir, '机关服务费.yaml')}:`) && f.endsWith('fund-annual-sum'))).toBe(true);
    expect(existsSync(r.out)).toBe(false);
  });

  it('a path that does not exist: unreadable, nothing checked or written', async () => {
    const r = await run([EXAMPLES, join(tempDir(), 'nowhere')]);
    expect(r.result).toMatchObject({ kind: 'unreadable', phase: 'find' });
    expect(existsSync(r.out)).toBe(false);
  });

  it('a bad --font, or configurations naming different fonts: a usage error before anything is checked', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.ttf'), 'not a font');
    await expect(run([join(EXAMPLES, '网络宣传工作.yaml')], { font: join(dir, 'bad.ttf') })).rejects.toBeInstanceOf(FontLoadError);
    const two = fixtureDir({
      'a/declare.config.yaml': `font: ${join(dir, 'one.ttf')}\n`,
      'a/x.yaml': exampleText('网络宣传工作'),
      'b/declare.config.yaml': `font: ${join(dir, 'two.ttf')}\n`,
      'b/y.yaml': exampleText('机关服务费'),
    });
    const err = await run([two]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FontConflictError);
    expect((err as FontConflictError).text.zh).toContain('请用 --font 指定');
  });

  it('an output folder that cannot be made, or a folder where a file goes: an OutputError, nothing written', async () => {
    const dir = examplesDir({}, ['网络宣传工作']);
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    const err = await run([dir], { outDir: join(file, 'out') }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutputError);
    expect((err as OutputError).text.zh).toContain('无法创建输出文件夹');
    const out = join(dir, 'out');
    mkdirSync(join(out, `${STEM}.xlsx`), { recursive: true });
    const err2 = await run([join(dir, '网络宣传工作.yaml')], { outDir: out }).catch((e: unknown) => e);
    expect(err2).toMatchObject({ code: 'EISDIR', file: join(out, `${STEM}.xlsx`) });
    expect(readdirSync(out)).toEqual([`${STEM}.xlsx`]);
  });
});

describe('summarize: overview and page numbers from declare.config.yaml', () => {
  it('overview: true and page-numbers: true in the configuration found from the working directory turn them on; the options win', async () => {
    const dir = fixtureDir({ 'declare.config.yaml': 'overview: true\npage-numbers: true\n', '01.yaml': exampleText('网络宣传工作'), '02.yaml': exampleText('机关服务费') });
    const on = await run([dir], { cwd: dir });
    const wb = await loadWorkbook(join(on.out, `${STEM}.xlsx`));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '网络宣传工作', '机关服务费']);
    const pdf = await readPdf(readFileSync(join(on.out, `${STEM}.pdf`)));
    expect(pdf.pages.at(-1)).toContain(`第 ${pdf.pages.length} 页 共 ${pdf.pages.length} 页`);
    const off = await run([dir], { cwd: dir, overview: false, pageNumbers: false });
    expect((await loadWorkbook(join(off.out, `${STEM}.xlsx`))).worksheets.map((w) => w.name)).toEqual(['网络宣传工作', '机关服务费']);
    expect((await readPdf(readFileSync(join(off.out, `${STEM}.pdf`)))).pages.join('')).not.toMatch(/第 \d+ 页/);
  });

  it('a declarations folder’s own configuration counts when all of them agree', async () => {
    const dir = fixtureDir({ 'a/declare.config.yaml': 'overview: true\n', 'a/01.yaml': exampleText('网络宣传工作'), 'a/02.yaml': exampleText('机关服务费') });
    const r = await run([dir]);
    expect((await loadWorkbook(join(r.out, `${STEM}.xlsx`))).worksheets[0]!.name).toBe('汇总');
  });
});
