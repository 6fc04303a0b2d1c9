import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { declarationYaml, importDocument, type Draft } from '../../src/import/index.js';
import { checkText } from '../helpers/examples.js';

type Value = string | number | Date | null;

/** A workbook with one sheet per entry: rows of values (null = empty) and merged ranges. */
async function workbook(sheets: Record<string, { rows: Value[][]; merges?: string[]; formats?: Record<string, string> }>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, s] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    s.rows.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
    for (const m of s.merges ?? []) ws.mergeCells(m);
    for (const [cell, fmt] of Object.entries(s.formats ?? {})) ws.getCell(cell).numFmt = fmt;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function drafts(bytes: Buffer): Promise<Draft[]> {
  const r = await importDocument(bytes);
  if (!r.ok) throw new Error(r.message.messageId);
  return [...r.forms];
}

/** A form laid out as another unit's template might: other columns, colons, no merges in the indicator table. */
const OTHER_LAYOUT: Value[][] = [
  ['2025年度项目支出绩效目标申报表', null, null, null, null, null],
  [null, null, null, null, '单位：万元', null],
  ['项目名称:', null, '网络宣传工作', '项目类别', '特定目标类', null],
  ['项目性质', null, '经常性专项业务费', '主管部门：', '中国共产党上海市委员会宣传部', null],
  ['实施单位', null, '中共上海市委网络安全和信息化委员会办公室', null, null, null],
  ['计划开始\n日期', null, '2025/1/1', '计划完成日期', '2025/12/31', null],
  ['项目资金', '年度资金申请总额：', 281, null, null, null],
  [null, '其中：当年财政拨款', '281.00', null, null, null],
  [null, '上年结转资金', 0, null, null, null],
  [null, '其他资金', '0', null, null, null],
  ['项目绩效目标', '年度总体目标', null, null, null, null],
  [null, '1.履行属地互联网信息内容管理责任。\n2.开展网络生态治理。', null, null, null, null],
  ['绩效指标', '一级指标', '二级指标', '三级指标', null, '年度指标值'],
  [null, '产出指标', '数量指标', '主流新媒体调研、检查、督查次数', null, '≥20.00（次）'],
  [null, null, null, '网上专项管理费用', null, '≤40 万元'],
  [null, null, null, null, null, null],
  [null, null, '质量指标', '问题反馈率', null, '=100%'],
  [null, '效益指标', '社会效益指标', '网络环境', null, '进一步净化'],
  [null, '满意度指标', '服务对象满意度指标', '网民满意度', null, '≥90%'],
];

describe('XLSX forms laid out differently from ours', () => {
  it('reads labels with colons and line breaks, moved columns, a 万元 note, text amounts, a blank row and unmerged 一级/二级', async () => {
    const [d] = await drafts(await workbook({ 申报表: { rows: OTHER_LAYOUT, merges: ['C5:F5', 'B12:F12', 'D13:E13', 'D14:E14', 'D15:E15', 'D17:E17', 'D18:E18', 'D19:E19'] } }));
    const w = declarationYaml(d!);
    expect(w.unreadable).toEqual([]);
    expect(w.text).toContain('年度: 2025\n项目名称: 网络宣传工作\n项目性质: 经常性专项业务费\n项目类别: 特定目标类\n');
    expect(w.text).toContain('计划开始日期: 2025/1/1\n计划完成日期: 2025/12/31\n');
    // The form's 万元 note becomes 金额单位: 万元, and its amounts are kept as written (281 万元 is exact to the 分).
    expect(w.text).toContain('计划完成日期: 2025/12/31\n金额单位: 万元\n');
    expect(w.text).toContain('合计: 281.00\n    当年财政拨款: 281.00\n    上年结转资金: 0.00\n    其他资金: 0.00\n');
    expect(w.text).toContain('年度总体目标: |\n    1.履行属地互联网信息内容管理责任。\n    2.开展网络生态治理。\n');
    expect(w.text).toContain('  产出指标:\n    数量指标:\n      - 主流新媒体调研、检查、督查次数: ≥20.00（次）\n      - 网上专项管理费用: ≤40 万元\n    质量指标:\n      - 问题反馈率: =100%\n');
    const checked = checkText(w.text);
    expect(checked.diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
    expect(checked.declaration?.indicators.groups.map((l1) => l1.name)).toEqual(['产出指标', '效益指标', '满意度指标']);
  });

  it('reads a value written in the label cell (项目名称：网络宣传工作) and amounts typed as numbers or with 元', async () => {
    const rows = OTHER_LAYOUT.map((r) => [...r]);
    rows[1] = [null, null, null, null, null, null];
    rows[2] = ['项目名称：网络宣传工作', null, null, '项目类别', '特定目标类', null];
    rows[6] = ['项目资金（元）', '年度资金申请总额', '2,810,000.00元', null, null, null];
    rows[7] = [null, '当年财政拨款', 2810000, null, null, null];
    const [d] = await drafts(await workbook({ 表: { rows } }));
    const w = declarationYaml(d!);
    expect(w.unreadable).toEqual([]);
    expect(w.text).toContain('项目名称: 网络宣传工作\n');
    expect(w.text).toContain('合计: 2,810,000.00\n    当年财政拨款: 2,810,000.00\n');
  });

  it('marks what it cannot find with # 未能识别 and says where (sheet and cell)', async () => {
    const rows = OTHER_LAYOUT.map((r) => [...r]);
    rows[3] = [null, null, null, '主管部门', '中国共产党上海市委员会宣传部', null]; // no 项目性质
    rows[13] = [null, '产出指标', '数量指标', '主流新媒体调研、检查、督查次数', null, null]; // no value
    const [d] = await drafts(await workbook({ 表: { rows } }));
    const w = declarationYaml(d!);
    expect(w.text).toMatch(/^项目性质: +# 未能识别：表中没有找到「项目性质」。$/m);
    expect(w.text).toMatch(/^ {6}- 主流新媒体调研、检查、督查次数: +# 未能识别：「主流新媒体调研、检查、督查次数」没有指标值。$/m);
    expect(w.unreadable.map((u) => u.where)).toEqual([undefined, { sheet: '表', cell: 'D14' }]);
  });

  it('reads dates stored as dates, in the format the cell shows', async () => {
    const rows = OTHER_LAYOUT.map((r) => [...r]);
    rows[5] = ['计划开始日期', null, new Date(Date.UTC(2025, 0, 1)), '计划完成日期', new Date(Date.UTC(2025, 11, 31)), null];
    const [d] = await drafts(await workbook({ 表: { rows, formats: { C6: 'yyyy-mm-dd', E6: 'yyyy/m/d' } } }));
    expect(declarationYaml(d!).text).toContain('计划开始日期: 2025-01-01\n计划完成日期: 2025/12/31\n');
  });

  it('finds one form per sheet, and several forms stacked in one sheet; a sheet without a form gives none', async () => {
    const second = OTHER_LAYOUT.map((r) => r.map((v) => (v === '网络宣传工作' ? '机关服务费' : v)));
    const bytes = await workbook({
      说明: { rows: [['填报说明：每个项目一张表。']] },
      甲: { rows: OTHER_LAYOUT },
      乙: { rows: [...OTHER_LAYOUT, [null], [null], ...second] },
    });
    const ds = await drafts(bytes);
    expect(ds.map((d) => d.fields.find((f) => f.path.join() === '项目名称')?.value)).toEqual(['网络宣传工作', '网络宣传工作', '机关服务费']);
    expect(ds.map((d) => d.indicators.length)).toEqual([5, 5, 5]);
  });

  it('reads a workbook saved by LibreOffice or WPS: line breaks and characters as character references', async () => {
    const rows = OTHER_LAYOUT.map((r) => [...r]);
    const bytes = await workbook({ 表: { rows } });
    const parts = unzipSync(bytes);
    const xml = strFromU8(parts['xl/sharedStrings.xml']!);
    expect(xml).toContain('\n');
    parts['xl/sharedStrings.xml'] = strToU8(xml.replace(/\n/g, '&#10;').replace(/网络宣传/g, '&#x7F51;&#32476;宣传'));
    const [fromRefs] = await drafts(Buffer.from(zipSync(parts)));
    const [plain] = await drafts(bytes);
    expect(declarationYaml(fromRefs!).text).toBe(declarationYaml(plain!).text);
    expect(declarationYaml(plain!).text).toContain('项目名称: 网络宣传工作\n');
    expect(declarationYaml(plain!).text).toMatch(/1\.履行属地互联网信息内容管理责任。\n +2\.开展网络生态治理。/);
  });

  it('a workbook with no form says so instead of writing an empty declaration', async () => {
    const r = await importDocument(await workbook({ 汇总: { rows: [['序号', '项目名称', '项目性质'], [1, '网络宣传工作', '经常性项目']] } }));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toBe('no-form');
  });
});

describe('XLSX forms that print as the paper form (page breaks inside the sheet)', () => {
  it('joins a goal continued in the next rows, skips repeated header rows, and joins 一级/二级 labels split at a page break', async () => {
    const rows: Value[][] = [
      ['财政项目支出绩效目标申报表'],
      ['（2025年度）'],
      ['项目名称', '网络宣传工作', null, '项目性质', '经常性专项业务费', '项目类别', '特定目标类'],
      ['主管部门', '中国共产党上海市委员会宣传部', null, '实施单位', '中共上海市委网络安全和信息化委员会办公室'],
      ['计划开始日期', '2025-01-01', null, '计划完成日期', '2025-12-31'],
      ['项目资金（元）', '年度资金申请总额：', 100, null, null],
      [null, '其中：当年财政拨款', 100, null, null],
      [null, '上年结转资金', 0, null, null],
      [null, '其他资金', 0, null, null],
      ['项目绩效目标', '年度总体目标'],
      [null, '1.第一段，写在第一页的行里，'],
      [null, '接着写在下一页的行里。'],
      ['绩效指标', '一级指标', '二级指标', '三级指标', null, '年度(/项目)指标值'],
      [null, '产出指标', '数量指标', '甲', null, '≥1 次'],
      [null, null, null, '乙', null, '≥2 次'],
      ['绩效指标', '一级指标', '二级指标', '三级指标', null, '年度(/项目)指标值'],
      [null, '产出指标', '数量指标', '丙', null, '≥3 次'],
      [null, '效益指标', '社会效益指标', '丁', null, '提升'],
    ];
    const merges = ['A1:G1', 'A2:G2', 'B11:G11', 'B12:G12', 'A13:A15', 'B14:B15', 'C14:C15', 'D13:E13', 'D14:E14', 'D15:E15', 'A16:A18', 'D16:E16', 'D17:E17', 'D18:E18'];
    const [d] = await drafts(await workbook({ 表: { rows, merges } }));
    const w = declarationYaml(d!);
    expect(w.unreadable).toEqual([]);
    expect(w.text).toContain('年度总体目标: |\n    1.第一段，写在第一页的行里，接着写在下一页的行里。\n');
    expect(w.text).toContain('  产出指标:\n    数量指标:\n      - 甲: ≥1 次\n      - 乙: ≥2 次\n      - 丙: ≥3 次\n  效益指标:\n    社会效益指标:\n      - 丁: 提升\n');
  });
});
