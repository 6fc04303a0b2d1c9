import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { layoutDeclaration, renderDeclaration } from '../../src/render/index.js';
import { BIN, cli, exampleText, expectNoStack, fixtureDir, lineOfText, tempDir } from '../helpers/cli.js';
import { exampleFiles, loadExample, ROOT } from '../helpers/examples.js';
import { readPdf, squash } from '../render/read-pdf.js';

const UNIT = '中共上海市委网络安全和信息化委员会办公室';
const TITLE = `${UNIT} 2025年度项目绩效目标汇总表`;
const STEM = `${UNIT}2025年度项目绩效目标汇总表`;
/** The examples in the order summary finds them: code-point order of file names. */
const NAMES = exampleFiles().map((f) => f.split('/').pop()!.replace(/\.yaml$/, ''));
const HEADING = 2; // title row and header row of the 汇总 sheet

async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  return wb;
}

async function sheetXml(file: string, n: number): Promise<string> {
  return (await JSZip.loadAsync(readFileSync(file))).file(`xl/worksheets/sheet${n}.xml`)!.async('string');
}

function merges(ws: ExcelJS.Worksheet): string[] {
  return [...(ws.model as unknown as { merges: string[] }).merges].sort();
}

/** A copy of the examples (or some of them) in a fresh folder, with edits. */
function examplesDir(edit: Record<string, (yaml: string) => string> = {}, only: readonly string[] = NAMES): string {
  return fixtureDir(Object.fromEntries(only.map((n) => [`${n}.yaml`, (edit[n] ?? ((y: string) => y))(exampleText(n))])));
}

describe('declare summary on the six examples', () => {
  const out = join(tempDir(), 'out');
  let r: ReturnType<typeof cli>;
  const pdfFile = join(out, `${STEM}.pdf`);
  const xlsxFile = join(out, `${STEM}.xlsx`);

  beforeAll(() => {
    r = cli(['summary', 'examples', '-o', out]);
  });

  it('exits 0 and writes exactly <实施单位><年度>年度项目绩效目标汇总表.pdf and .xlsx', () => {
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`${pdfFile}\n${xlsxFile}\n`);
    expect(readdirSync(out).sort()).toEqual([`${STEM}.pdf`, `${STEM}.xlsx`]);
    // Warnings are shown as validate shows them; no progress bar when stderr is not a terminal.
    expect(r.stderr).toContain('6 个警告');
    expect(r.stderr).not.toMatch(/[▕▏\r]|\x1b\[K/);
    expectNoStack(r);
  });

  it('PDF: the title and the overview with its exact total first, then every form complete, numbered across', async () => {
    const pdf = await readPdf(readFileSync(pdfFile));
    const formPages = NAMES.map((n) => layoutDeclaration(loadExample(n)).layout.pages);
    const overviewPages = 1;
    const total = overviewPages + formPages.reduce((a, p) => a + p.length, 0);
    expect(pdf.pages).toHaveLength(total);
    expect(pdf.info.Title).toBe(TITLE);

    const first = squash(pdf.pages[0]!);
    expect(first.startsWith(squash(TITLE))).toBe(true);
    expect(first).toContain(squash('序号项目名称项目性质项目类别计划开始日期计划完成日期年度资金申请总额当年财政拨款上年结转资金其他资金'));
    for (const [i, n] of NAMES.entries()) expect(first).toContain(`${i + 1}${n}`);
    expect(first).toContain('合计55,720,834.0055,720,834.000.000.00');
    expect(first).toContain('5网络宣传工作经常性专项业务费特定目标类2025-01-012025-12-312,810,000.002,810,000.000.000.00');

    // Each form as `declare render` lays it out, on its own pages, page numbers across the whole document.
    let page = overviewPages;
    for (const [k, n] of NAMES.entries()) {
      for (const [j, laid] of formPages[k]!.entries()) {
        expect(squash(pdf.pages[page]!), `${n} page ${j + 1}`).toBe(squash(laid.texts.map((t) => t.text).join('') + `第${page + 1}页共${total}页`));
        page++;
      }
    }
    pdf.pages.forEach((p, i) => expect(p).toContain(`第 ${i + 1} 页 共 ${total} 页`));
    // Outline: the overview, then one entry per project.
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
    const header = Array.from({ length: 10 }, (_, k) => squash(String(ws.getCell(2, k + 1).value)));
    expect(header).toEqual(['序号', '项目名称', '项目性质', '项目类别', '计划开始日期', '计划完成日期', '年度资金申请总额', '当年财政拨款', '上年结转资金', '其他资金']);
    for (const [i, n] of NAMES.entries()) {
      const decl = loadExample(n);
      const row = ws.getRow(HEADING + 1 + i);
      expect(row.getCell(1).value).toBe(i + 1);
      expect(row.getCell(2).value).toBe(decl.name.value);
      expect(row.getCell(3).value).toBe(decl.nature.value);
      expect(row.getCell(4).value).toBe(decl.category.value);
      expect(row.getCell(5).value).toBe(decl.start.written);
      expect(row.getCell(6).value).toBe(decl.end.written);
      expect(typeof row.getCell(7).value).toBe('number');
      expect(row.getCell(7).numFmt).toBe('#,##0.00');
    }
    expect(ws.getCell('G7').value).toBe(2810000); // 网络宣传工作, fifth in file order
    const totalRow = HEADING + NAMES.length + 1;
    expect(ws.getCell(totalRow, 1).value).toBe('合计');
    expect(merges(ws)).toContain(`A${totalRow}:F${totalRow}`);
    expect(ws.getCell(totalRow, 7).value).toEqual({ formula: 'SUM(G3:G8)', result: 55720834 });
    expect(ws.getCell(totalRow, 8).value).toEqual({ formula: 'SUM(H3:H8)', result: 55720834 });
    expect(ws.getCell(totalRow, 7).numFmt).toBe('#,##0.00');
    // Zero results are in the file too (exceljs reads a cached 0 back as no result).
    const xml = await sheetXml(xlsxFile, 1);
    expect(xml).toContain('<f>SUM(I3:I8)</f><v>0</v>');
    expect(xml).toContain('<f>SUM(J3:J8)</f><v>0</v>');
    // 项目名称 cells link to their sheets; printing repeats the title and header rows, landscape.
    for (const [i, n] of NAMES.entries()) expect(xml).toContain(`<hyperlink ref="B${HEADING + 1 + i}" location="&apos;${n}&apos;!A1"/>`);
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.printTitlesRow).toBe('1:2');
  });

  it('XLSX: every project sheet holds the same grid as `declare render` writes: values, merges, styles', async () => {
    const wb = await loadWorkbook(xlsxFile);
    for (const n of NAMES) {
      const decl = loadExample(n);
      const own = new ExcelJS.Workbook();
      await own.xlsx.load((await renderDeclaration(decl, { pdf: false, xlsx: true })).xlsx! as unknown as ArrayBuffer);
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

  it('gives the same bytes on a second run, into another folder or over the first output', () => {
    const other = join(tempDir(), 'again');
    expect(cli(['summary', 'examples', '-o', other]).code).toBe(0);
    expect(readFileSync(join(other, `${STEM}.pdf`)).equals(readFileSync(pdfFile))).toBe(true);
    expect(readFileSync(join(other, `${STEM}.xlsx`)).equals(readFileSync(xlsxFile))).toBe(true);
    const before = readFileSync(pdfFile);
    expect(cli(['summary', 'examples', '-o', out]).code).toBe(0);
    expect(readFileSync(pdfFile).equals(before)).toBe(true);
    expect(readdirSync(out).sort()).toEqual([`${STEM}.pdf`, `${STEM}.xlsx`]);
  });
});

describe('declare summary: order and naming', () => {
  it('lists projects in the order their files are found: file names in code-point order, folders walked alike', async () => {
    const dir = fixtureDir({
      '02-机关服务费.yaml': exampleText('机关服务费'),
      '01-网络宣传工作.yaml': exampleText('网络宣传工作'),
      '03/a-重大活动保障.yaml': exampleText('重大活动保障'),
      '10-信息化运维项目.yaml': exampleText('信息化运维项目'),
    });
    const out = join(dir, 'out');
    const r = cli(['summary', dir, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const wb = await loadWorkbook(join(out, `${STEM}.xlsx`));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '网络宣传工作', '机关服务费', '重大活动保障', '信息化运维项目']);
    const pdf = await readPdf(readFileSync(join(out, `${STEM}.pdf`)));
    expect(pdf.outline).toEqual(['项目绩效目标汇总表', '网络宣传工作', '机关服务费', '重大活动保障', '信息化运维项目']);
    // Files and folders given one by one keep the order given.
    const r2 = cli(['summary', join(dir, '10-信息化运维项目.yaml'), join(dir, '01-网络宣传工作.yaml'), '-o', join(dir, 'out2')]);
    expect(r2.code, r2.stderr).toBe(0);
    expect((await loadWorkbook(join(dir, 'out2', `${STEM}.xlsx`))).worksheets.map((w) => w.name)).toEqual(['汇总', '信息化运维项目', '网络宣传工作']);
  });

  it('shortens and numbers long and clashing sheet names, and keeps every full 项目名称', async () => {
    const long = '上海市网络安全和信息化委员会办公室重点网络平台内容安全评估服务专项经费项目';
    const rename = (name: string) => (y: string) => y.replace(/^项目名称: .*$/m, `项目名称: '${name.replace(/'/g, "''")}'`);
    const names = [long + '（一期）', long + '（二期）', '汇总', 'History', '[专项] 网络/宣传:工作', '网络宣传工作'];
    const dir = fixtureDir(Object.fromEntries(names.map((n, i) => [`${i + 1}.yaml`, rename(n)(exampleText(NAMES[i]!))])));
    const out = join(dir, 'out');
    const r = cli(['summary', dir, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const file = join(out, `${STEM}.xlsx`);
    const wb = await loadWorkbook(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '汇总',
      long.slice(0, 30) + '…',
      long.slice(0, 27) + '…(2)',
      '汇总(2)',
      'History(2)',
      '_专项_ 网络_宣传_工作',
      '网络宣传工作',
    ]);
    const summary = wb.getWorksheet('汇总')!;
    names.forEach((n, i) => {
      expect(summary.getCell(HEADING + 1 + i, 2).value).toBe(n);
      expect(wb.worksheets[i + 1]!.getCell('B3').value).toBe(n);
    });
    const xml = await sheetXml(file, 1);
    expect(xml).toContain(`location="&apos;${long.slice(0, 27)}…(2)&apos;!A1"`);
    expect((await readPdf(readFileSync(join(out, `${STEM}.pdf`)))).outline).toEqual(['项目绩效目标汇总表', ...names]);
  });
});

describe('declare summary: refusing', () => {
  it('mixed units: exit 1, each outlier at its 实施单位 line with the majority named, nothing written', () => {
    const other = '上海市委网信办';
    const dir = examplesDir({ 机关服务费: (y) => y.replace(`实施单位: ${UNIT}`, `实施单位: ${other}`) });
    const out = join(dir, 'out');
    const r = cli(['summary', dir, '-o', out]);
    expect(r.code).toBe(1);
    const file = join(dir, '机关服务费.yaml');
    const line = lineOfText(readFileSync(file, 'utf8'), '实施单位');
    expect(r.stderr).toContain(`${file}:${line}:7 错误 summary-mixed-unit`);
    expect(r.stderr).toContain(`实施单位“${other}”与本次汇总的其他申报文件不同：6 个文件中有 5 个的实施单位是“${UNIT}”`);
    expect(r.stderr).toContain('1 个申报文件不能与其他文件汇总在一起，未生成汇总表。');
    expect(r.stderr.match(/ 错误 summary-mixed-unit/g)?.length).toBe(1); // one finding, at the outlier
    expect(existsSync(out)).toBe(false);
    expectNoStack(r);
  });

  it('mixed years: exit 1, the outliers at their 年度 lines, in English with --lang en', () => {
    const dir = examplesDir({ 机关服务费: (y) => y.replaceAll('2025', '2024'), 网络宣传工作: (y) => y.replaceAll('2025', '2026') });
    const out = join(dir, 'out');
    const r = cli(['summary', dir, '-o', out, '--lang', 'en']);
    expect(r.code).toBe(1);
    for (const [n, y] of [['机关服务费', 2024], ['网络宣传工作', 2026]] as const) {
      const file = join(dir, `${n}.yaml`);
      expect(r.stderr).toContain(`${file}:${lineOfText(readFileSync(file, 'utf8'), '年度:')}:`);
      expect(r.stderr).toContain(`年度 (year) ${y} differs from the other declarations of this summary: 4 of 6 files are for 2025.`);
    }
    expect(r.stderr).toContain('2 declaration(s) cannot be summarised with the others; no summary was written.');
    expect(existsSync(out)).toBe(false);
  });

  it('a file with errors of its own is still compared with the others, so one run shows every problem', () => {
    const dir = examplesDir(
      { 机关服务费: (y) => y.replace(`实施单位: ${UNIT}`, '实施单位: 上海市委网信办').replace(/当年财政拨款: .*/, '当年财政拨款: 1,000.00') },
      ['网络宣传工作', '机关服务费', '重大活动保障'],
    );
    const r = cli(['summary', dir, '-o', join(dir, 'out')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('fund-annual-sum');
    expect(r.stderr).toContain('错误 summary-mixed-unit');
    expect(r.stderr).toContain('1 个申报文件存在错误，1 个申报文件不能与其他文件汇总在一起，未生成汇总表。');
  });

  it('duplicate names: every copy reported at its 项目名称 line, naming the other file', () => {
    const dir = fixtureDir({ '01.yaml': exampleText('网络宣传工作'), '02.yaml': exampleText('机关服务费'), 'sub/03.yaml': exampleText('网络宣传工作') });
    const out = join(dir, 'out');
    const r = cli(['summary', dir, '-o', out]);
    expect(r.code).toBe(1);
    const line = lineOfText(exampleText('网络宣传工作'), '项目名称');
    expect(r.stderr).toContain(`${join(dir, '01.yaml')}:${line}:7 错误 summary-duplicate-name`);
    expect(r.stderr).toContain(`项目名称“网络宣传工作”与 ${join(dir, 'sub', '03.yaml')}:${line} 重复`);
    expect(r.stderr).toContain(`${join(dir, 'sub', '03.yaml')}:${line}:7 错误 summary-duplicate-name`);
    expect(r.stderr).toContain(`项目名称“网络宣传工作”与 ${join(dir, '01.yaml')}:${line} 重复`);
    expect(existsSync(out)).toBe(false);
  });

  it('the cross-file rules take their level from declare.config.yaml like any rule', async () => {
    const dir = fixtureDir({
      'declare.config.yaml': 'rules:\n  summary-duplicate-name: warning\n',
      '01.yaml': exampleText('网络宣传工作'),
      '02.yaml': exampleText('网络宣传工作'),
    });
    const out = join(dir, 'out');
    const r = cli(['summary', dir, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('警告 summary-duplicate-name');
    expect((await loadWorkbook(join(out, `${STEM}.xlsx`))).worksheets.map((w) => w.name)).toEqual(['汇总', '网络宣传工作', '网络宣传工作(2)']);
  });

  it('an invalid declaration among valid ones: exit 1 with its diagnostics, nothing written', () => {
    const dir = examplesDir({ 机关服务费: (y) => y.replace(/当年财政拨款: .*/, '当年财政拨款: 1,000.00') });
    const out = join(dir, 'out');
    const r = cli(['summary', dir, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(dir, '机关服务费.yaml')}:`);
    expect(r.stderr).toContain('fund-annual-sum');
    expect(r.stderr).toContain('1 个申报文件存在错误，未生成汇总表。');
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
  });

  it('an unwritable output folder: exit 2, nothing written', () => {
    const dir = examplesDir({}, ['网络宣传工作']);
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    const r = cli(['summary', dir, '-o', join(file, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('无法创建输出文件夹');
    expectNoStack(r);

    const parent = tempDir();
    chmodSync(parent, 0o755);
    const locked = join(parent, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    chmodSync(dir, 0o755);
    const r2 = cli(['summary', join(dir, '网络宣传工作.yaml'), '-o', locked], { asNobody: true });
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('不可写');
    expect(readdirSync(locked)).toEqual([]);
  });

  it('a bad --font: exit 2 with the font loader’s message', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.ttf'), 'not a font');
    const r = cli(['summary', 'examples/网络宣传工作.yaml', '-o', join(dir, 'out'), '--font', join(dir, 'bad.ttf')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bad.ttf');
    expect(existsSync(join(dir, 'out'))).toBe(false);
    expectNoStack(r);
  });

  it('a path that does not exist: exit 2, nothing written', () => {
    const out = join(tempDir(), 'out');
    const r = cli(['summary', 'examples', 'nowhere/', '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nowhere');
    expect(existsSync(out)).toBe(false);
  });
});

describe('declare summary: terminal and interruption', () => {
  const hasScript = spawnSync('script', ['--version']).status === 0;

  it.skipIf(!hasScript)('shows a progress bar on a terminal, redrawn in place and cleared at the end; not in CI or with --no-progress', () => {
    const run = (extra: string, env: Record<string, string> = {}) => {
      const out = join(tempDir(), 'out');
      const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} summary examples -o ${JSON.stringify(out)} ${extra} 2>&1 >/dev/null`;
      const r = spawnSync('script', ['-qec', cmd, '/dev/null'], {
        cwd: ROOT,
        env: { ...process.env, CI: undefined, NO_COLOR: '1', TERM: 'xterm', ...env } as NodeJS.ProcessEnv,
        encoding: 'utf8',
      });
      return r.stdout;
    };
    const tty = run('');
    expect(tty).toMatch(/\r汇总 6\/6 ▕████████████████████▏/);
    expect(tty).toMatch(/\r检查 /);
    expect(tty).toContain('\r\x1b[K');
    expect(run('--no-progress')).not.toContain('▕');
    expect(run('', { CI: 'true' })).not.toContain('▕');
  });

  it('Ctrl-C while writing leaves neither output nor temporary files', async () => {
    const dir = join(tempDir(), 'gen');
    spawnSync(process.execPath, [join(ROOT, 'bench', 'generate.mjs'), dir, '300']);
    const out = join(tempDir(), 'out');
    mkdirSync(out);
    const child = spawn(process.execPath, [BIN, 'summary', dir, '-o', out, '--no-progress'], { stdio: 'ignore' });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    // Wait until the second pass is writing its temporary files, then interrupt.
    let sawTemp = false;
    for (let i = 0; i < 600 && !sawTemp; i++) {
      await new Promise((r) => setTimeout(r, 50));
      sawTemp = readdirSync(out).some((f) => f.endsWith('.tmp'));
    }
    expect(sawTemp).toBe(true);
    child.kill('SIGINT');
    const { code, signal } = await exited;
    expect(signal === 'SIGINT' || code === 130).toBe(true);
    expect(readdirSync(out)).toEqual([]);
  });
});
