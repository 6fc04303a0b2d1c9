/**
 * Issue #13, end to end: forms written the way other provinces and years
 * write them (the older indicator system, regional 一级 labels, amounts in
 * 万元, time values in 时效指标) get no contradictory findings, and the review
 * checks fire where they should. In-process through src/api; a few runs of
 * the built CLI at the end for what only a process shows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { diagnosticMessage, relatedMessage, render, summarize, validate, type Diagnostic } from '../../src/api/index.js';
import { createConfigResolver } from '../../src/config/resolve.js';
import { declarationSheet, overviewSheet, type OverviewRow } from '../../src/forms/index.js';
import { A4_LANDSCAPE, contentWidth, FORM_TYPOGRAPHY } from '../../src/layout/page-setup.js';
import { formatYuan } from '../../src/model/money.js';
import { fakeMeasurer } from '../layout/fake-measurer.js';
import { readPdf, squash } from '../writers/read-pdf.js';
import { overviewRow } from '../../src/summary/collect.js';
import { cli, cliJson, exampleText, fixtureDir, tempDir } from '../helpers/cli.js';
import { ROOT } from '../helpers/examples.js';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'review');
const fixture = (name: string) => readFileSync(join(FIXTURES, `${name}.yaml`), 'utf8');

/** Validate one text in a folder of its own (with a declare.config.yaml when given); its findings, with the model. */
async function check(text: string, config?: string) {
  const dir = fixtureDir({ 'form.yaml': text, ...(config !== undefined && { 'declare.config.yaml': config }) });
  const r = await validate([join(dir, 'form.yaml')], { models: true, threads: 1 });
  if (r.kind !== 'checked') throw new Error(`config problems: ${JSON.stringify(r.problems)}`);
  const f = r.files[0]!;
  return { diagnostics: f.diagnostics, declaration: f.declaration, rules: f.diagnostics.map((d) => d.rule) };
}

/** Every cell value of a workbook's first sheet, as text. */
async function firstSheet(xlsx: Uint8Array): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(xlsx) as unknown as ArrayBuffer);
  const values: string[] = [];
  wb.worksheets[0]!.eachRow((row) => row.eachCell((c) => values.push(String(c.value))));
  return values;
}

/**
 * The contradictions the issue names, as a property of any result: no
 * category called missing while another finding says it is there but
 * misplaced (or under another label).
 */
function noContradictions(ds: readonly Diagnostic[]): void {
  const missing = ds.filter((d) => d.rule === 'recommended-level1' || d.rule === 'required-level1').map((d) => String(d.data?.level1));
  const placed = ds.filter((d) => ['legacy-cost-placement', 'indicator-level2-placement', 'indicator-system', 'indicator-level1'].includes(d.rule));
  for (const m of missing) {
    for (const p of placed) expect(diagnosticMessage(p, 'zh'), `${m} is called missing and placed at once`).not.toContain(`「${m}」`);
  }
}

describe('the older indicator system (成本指标 under 产出指标, satisfaction under 效益指标)', () => {
  it('without a profile: one indicator-system finding that names the system and how to select it, nothing that contradicts it', async () => {
    const r = await check(fixture('legacy-system'));
    expect(r.rules).toEqual(['indicator-system', 'unmeasurable-value']);
    const d = r.diagnostics[0]!;
    expect(diagnosticMessage(d, 'zh')).toContain('旧版指标体系');
    expect(diagnosticMessage(d, 'zh')).toContain('profile: legacy');
    expect(diagnosticMessage(d, 'en')).toContain('--profile legacy');
    noContradictions(r.diagnostics);
    // The review checks still read the older layout: 28万元/公里 × 12公里 + 20万元 = 356万元 fits 360万元; 明显改善 measures nothing.
    expect(r.declaration).toBeDefined();
  });

  it('profile: legacy in declare.config.yaml: judged by the older system, quietly', async () => {
    const r = await check(fixture('legacy-system'), 'profile: legacy\n');
    expect(r.rules).toEqual(['unmeasurable-value']);
  });

  it('profile: current: each place to change, and never "missing" for what is only misplaced', async () => {
    const r = await check(fixture('legacy-system'), 'profile: current\n');
    expect(r.rules.sort()).toEqual(['indicator-level2-placement', 'legacy-cost-placement', 'unmeasurable-value']);
    noContradictions(r.diagnostics);
  });

  it('the cost arithmetic still fires on an older form when the costs do not fit', async () => {
    const r = await check(fixture('legacy-system').replace('≤28 万元/公里', '≤30 万元/公里'), 'profile: legacy\n');
    const cost = r.diagnostics.find((d) => d.rule === 'cost-plan-exceeds-budget')!;
    expect(diagnosticMessage(cost, 'zh')).toContain('30万元/公里 × 12公里 + 20万元 = 380万元，超过了年度资金申请总额 360万元');
  });
});

describe('regional 一级 labels and amounts in 万元', () => {
  it('without a profile: one finding with the profile to write; amounts read in 万元; the goal figure that differs is still found', async () => {
    const r = await check(fixture('regional-labels'));
    expect(r.rules).toEqual(['goal-indicator-mismatch', 'indicator-system', 'unmeasurable-value']);
    expect(diagnosticMessage(r.diagnostics[1]!, 'zh')).toContain('profile: { system: legacy, labels: { 项目完成指标: 产出指标, 项目效益指标: 效益指标 } }');
    expect(r.diagnostics[0]!.data).toMatchObject({ stated: '300人次', indicator: '培训乡村医生人次' });
    noContradictions(r.diagnostics);
    // 45.6 万元 is exact: 45,600,000 分. 0.15万元/人次 × 280人次 = 42万元 fits it, so no cost finding.
    expect(r.declaration!.funds.unit).toBe('万元');
    expect(r.declaration!.funds.annual.current.parsed).toEqual({ ok: true, fen: 45_600_000n });
  });

  it('with the labels in the profile: no indicator-system finding', async () => {
    const r = await check(fixture('regional-labels'), 'profile:\n  system: legacy\n  labels:\n    项目完成指标: 产出指标\n    项目效益指标: 效益指标\n');
    expect(r.rules).toEqual(['goal-indicator-mismatch', 'unmeasurable-value']);
  });

  it('the form prints （万元） and the amounts as written', async () => {
    const r = await check(fixture('regional-labels'));
    const texts = declarationSheet(r.declaration!).grid.cells.map((c) => c.text);
    expect(texts).toContain('项目资金\n（万元）');
    expect(texts.filter((t) => t === '45.6')).toHaveLength(2); // 年度资金申请总额 and 当年财政拨款, as written
    expect(texts).toContain('项目完成指标');
  });

  it('a 万元 total that does not add up is shown in 万元, exact', async () => {
    const r = await check(fixture('regional-labels').replace('合计: 45.6', '合计: 45.7'));
    const sum = r.diagnostics.find((d) => d.rule === 'fund-annual-sum')!;
    expect(diagnosticMessage(sum, 'zh')).toContain('合计写的是 45.7，但 当年财政拨款 45.6 + 上年结转资金 0 + 其他资金 0 = 45.6，相差 0.1 万元');
  });

  it('金额单位 in declare.config.yaml applies to files that do not state one', async () => {
    const text = fixture('regional-labels').replace('金额单位: 万元\n', '');
    expect((await check(text)).rules).toContain('cost-plan-exceeds-budget'); // 42万元 against 45.60 元
    const r = await check(text, '金额单位: 万元\n');
    expect(r.rules).not.toContain('cost-plan-exceeds-budget');
    expect(r.declaration!.funds.unit).toBe('万元');
  });

  it('summary converts exactly when units differ: 281 万元 and 2,810,000.00 元 are the same 分', async () => {
    const inWan = exampleText('网络宣传工作').replace('年度: 2025', '年度: 2025\n金额单位: 万元').replaceAll('2,810,000.00', '281').replaceAll(': 0.00', ': 0');
    const r = await check(inWan);
    expect(r.rules).not.toContain('amount-format');
    expect(overviewRow(r.declaration!).annual).toBe(281_000_000n);
  });
});

describe('the summary of 万元 forms', () => {
  const overview = (rows: OverviewRow[]) => {
    const s = overviewSheet('单位 2024年度项目绩效目标汇总表', rows, contentWidth(A4_LANDSCAPE), fakeMeasurer(), FORM_TYPOGRAPHY);
    const texts = (r: number) => s.grid.cells.filter((c) => c.row === r).map((c) => c.text);
    return { heading: s.heading.map((h) => h.text), texts, cells: s.grid.cells };
  };
  const wan = async (text: string) => overviewRow((await check(text)).declaration!);

  it('every project in 万元: 金额单位：万元, each amount as written, an exact 合计 in their style', async () => {
    const a = await wan(fixture('regional-labels'));
    const b = await wan(fixture('regional-labels').replace('项目名称: 基层卫生人员能力提升培训', '项目名称: 家庭医生签约培训').replaceAll('45.6', '12.345678'));
    const o = overview([a, b]);
    expect(o.heading).toContain('金额单位：万元');
    expect(o.texts(1).slice(-5)).toEqual(['45.6', '45.6', '45.6', '0', '0']);
    expect(o.texts(2).slice(-5)).toEqual(['12.345678', '12.345678', '12.345678', '0', '0']);
    expect(o.texts(3).slice(-5)).toEqual(['57.945678', '57.945678', '57.945678', '0', '0']);
    // Text cells, like the form's own 万元 amounts: no spreadsheet number in 元 can disagree with what is printed.
    expect(o.cells.filter((c) => c.amount !== undefined)).toEqual([]);
  });

  it('units differ between files: the overview in 元, converted exactly (45.6 万元 is 456,000.00 元)', async () => {
    const a = await wan(fixture('regional-labels'));
    const b = overviewRow((await check(exampleText('机关服务费'))).declaration!);
    const o = overview([a, b]);
    expect(o.heading).toContain('金额单位：元');
    expect(o.texts(1).slice(-5)).toEqual(['456,000.00', '456,000.00', '456,000.00', '0.00', '0.00']);
    expect(o.texts(3).at(-4)).toBe(formatYuan(45_600_000n + b.annual));
  });
});

describe('the drawn files of 万元 forms: （万元） and the amounts as written, in the PDF and the spreadsheet alike', () => {
  it('render', async () => {
    const r = await check(fixture('regional-labels'));
    const form = await render(r.declaration!, { pdf: true, xlsx: true });
    const text = squash((await readPdf(form.pdf!)).pages.join(''));
    expect(text).toContain('项目资金（万元）');
    expect(text).toContain('年度资金申请总额：45.6');
    expect(text).not.toContain('456,000');
    const sheet = await firstSheet(form.xlsx!);
    expect(sheet).toContain('项目资金\n（万元）');
    expect(sheet).toContain('45.6'); // a text cell, as printed
    expect(sheet.filter((v) => /^4560+$/.test(v))).toEqual([]); // never the 元 number behind it
  });

  it('summary with its overview', async () => {
    const dir = fixtureDir({
      'a.yaml': fixture('regional-labels'),
      'b.yaml': fixture('regional-labels').replace('项目名称: 基层卫生人员能力提升培训', '项目名称: 家庭医生签约培训').replace('举办培训班 6期', '举办培训班 8期').replace('≥6 期', '≥8 期').replaceAll('45.6', '12.345678'),
    });
    const out = join(tempDir(), 'out');
    const r = await summarize([dir], { configs: createConfigResolver({ cwd: dir }), outDir: out, overview: true, onFindings: () => {} });
    if (r.kind !== 'written') throw new Error(`not written: ${r.kind}`);
    const text = squash((await readPdf(readFileSync(r.pdf))).pages.join(''));
    expect(text).toContain('金额单位：万元');
    expect(text).toContain('合计57.94567857.94567857.94567800');
    expect(text.match(/项目资金（万元）/g)).toHaveLength(2);
  });
});

describe('time values of 时效指标', () => {
  it('dates, deadlines, periods and durations are accepted; the one that ends after the project is found', async () => {
    const r = await check(fixture('time-values'));
    expect(r.rules).toEqual(['time-value-outside-plan', 'unmeasurable-value']);
    expect(r.diagnostics[0]!.data).toMatchObject({ value: '2025.07-2026.01', day: '2026-01-31', end: '2025-12-31' });
    // Never an operator in front of a year, never a period called an error.
    expect(r.rules).not.toContain('missing-operator');
    expect(r.rules).not.toContain('indicator-value');
  });

  it('as a county form of 2023 writes them (2025年12月底前, 12月底到位, 2023.07-2024.01, 1年), in the older system and in 万元: one finding each, none contradicting another', async () => {
    const text = fixture('county-time-values');
    const r = await check(text);
    expect(r.rules).toEqual(['indicator-system', 'time-value-outside-plan', 'missing-operator']);
    noContradictions(r.diagnostics);
    // The system named once, 满意度指标 under 满意度指标 among its marks.
    expect(diagnosticMessage(r.diagnostics[0]!, 'zh')).toContain('「满意度指标」下又分「满意度指标」');
    // The deadline after the project ends; 12月底到位 (the 年度's December) and the period fit the plan.
    expect(r.diagnostics[1]!.data).toMatchObject({ value: '2025年12月底前', day: '2025-12-31', end: '2024-01-31' });
    // A bare duration is a quantity: asked for its direction, never with an operator in front of a year.
    expect(r.diagnostics[2]!.data).toMatchObject({ suggested: '≥1(年)' });
    expect((await check(text, 'profile: legacy\n')).rules).toEqual(['time-value-outside-plan', 'missing-operator']);
  });

  it('the same form: costs that do not fit its 万元 money are shown in 万元', async () => {
    // A project over two years: its costs are measured against the whole-life 120 万元 (9万元/个 × 10个 = 90 fits).
    expect((await check(fixture('county-time-values').replace('≤8 万元/个', '≤9 万元/个'), 'profile: legacy\n')).rules).not.toContain('cost-plan-exceeds-budget');
    const r = await check(fixture('county-time-values').replace('≤8 万元/个', '≤12.5 万元/个'), 'profile: legacy\n');
    const cost = r.diagnostics.find((d) => d.rule === 'cost-plan-exceeds-budget')!;
    expect(diagnosticMessage(cost, 'zh')).toContain('12.5万元/个 × 10个 = 125万元，超过了项目资金总额 120万元');
    // The note at the money requested speaks the file's unit too.
    expect(cost.notes!.map((n) => relatedMessage(cost, n, 'zh'))).toContain('申请的资金：项目资金总额 120 万元');
  });

  it('missing-operator suggests only values the rules accept', async () => {
    const text = fixture('time-values').replace('故障响应时间: ≤30(分钟)', '故障响应时间: 30分钟').replace('系统巡检次数: ≥52 次', '系统巡检次数: 52次');
    const r = await check(text);
    const suggested = r.diagnostics.filter((d) => d.rule === 'missing-operator').map((d) => String(d.data?.suggested));
    expect(suggested).toEqual(['≥52(次)', '≤30(分钟)']);
    const fixed = await check(text.replace('故障响应时间: 30分钟', `故障响应时间: ${suggested[1]}`).replace('系统巡检次数: 52次', `系统巡检次数: ${suggested[0]}`));
    expect(fixed.rules).toEqual(['time-value-outside-plan', 'unmeasurable-value']);
  });
});

describe('copies', () => {
  it('a multi-year project whose 项目总目标 is its 年度总体目标', async () => {
    const text = exampleText('宣传文化发展专项资金项目');
    const annual = /年度总体目标: \|\n((?: {4}.*\n)+)/.exec(text)![1]!;
    const copied = text.replace(/项目总目标: \|\n(?: {4}.*\n)+/, `项目总目标: |\n${annual}`);
    expect((await check(copied)).rules).toContain('overall-goal-equals-annual');
  });

  it('within a summary: the same goal text and indicator set in two projects, naming the first file and line', async () => {
    const other = exampleText('机关服务费');
    const copy = other.replace('项目名称: 机关服务费', '项目名称: 机关后勤服务');
    const dir = fixtureDir({ '01.yaml': other, '02.yaml': copy });
    const findings: Diagnostic[] = [];
    await summarize([dir], { configs: createConfigResolver({ cwd: dir }), outDir: join(tempDir(), 'out'), onFindings: (f) => findings.push(...f.diagnostics) });
    const copies = findings.filter((d) => d.rule === 'summary-copied-project');
    expect(copies.map((d) => [d.file, d.messageId])).toEqual([
      [join(dir, '02.yaml'), 'same-goal'],
      [join(dir, '02.yaml'), 'same-indicators'],
    ]);
    expect(diagnosticMessage(copies[0]!, 'zh')).toContain(`${join(dir, '01.yaml')}:`);
  });
});

describe('through the built CLI', () => {
  it('--profile legacy: exit 0 and no indicator-system finding; the configuration’s labels still apply', () => {
    const dir = fixtureDir({ 'a.yaml': fixture('legacy-system'), 'b/b.yaml': fixture('regional-labels'), 'b/declare.config.yaml': 'profile:\n  labels:\n    项目完成指标: 产出指标\n    项目效益指标: 效益指标\n' });
    const r = cliJson(['validate', dir, '--profile', 'legacy']);
    expect(r.code).toBe(0);
    expect(r.json.diagnostics.map((d) => d.rule)).not.toContain('indicator-system');
    const plain = cliJson(['validate', dir]);
    expect(plain.json.diagnostics.filter((d) => d.rule === 'indicator-system').map((d) => d.file)).toEqual([join(dir, 'a.yaml'), join(dir, 'b', 'b.yaml')]);
  });

  it('explain documents the new rules; a bad profile in the configuration stops with exit 2', () => {
    for (const id of ['indicator-system', 'goal-indicator-mismatch', 'cost-plan-exceeds-budget', 'unmeasurable-value', 'time-value-outside-plan']) {
      const r = cli(['explain', id]);
      expect(r.code, id).toBe(0);
      expect(r.stdout.length, id).toBeGreaterThan(100);
    }
    const dir = fixtureDir({ 'a.yaml': fixture('legacy-system'), 'declare.config.yaml': 'profile: older\n' });
    const bad = cli(['validate', dir]);
    expect(bad.code).toBe(2);
    expect(bad.stdout + bad.stderr).toContain('profile');
  });

});
