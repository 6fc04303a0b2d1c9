import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { checkFile } from '../../src/check/check-file.js';
import { diagnosticMessage } from '../../src/diagnostics/types.js';
import { BIN, cliJson, exampleText, tempDir } from '../helpers/cli.js';
import { applyEdits, fileUri, LspClient, positionOf } from '../helpers/lsp-client.js';

// One server for the whole file, driven over stdio as an editor drives it, in a
// unit's repository with Chinese folder names.
let lsp: LspClient;
let repo: string;
let n = 0;

beforeAll(async () => {
  repo = tempDir('unit-repo-');
  lsp = LspClient.start(process.execPath, [BIN, 'lsp'], { cwd: repo, env: { DECLARE_LANG: undefined, NO_COLOR: '1' } });
  await lsp.initialize(repo);
});
afterAll(async () => {
  await lsp?.stop();
});

const VALID = exampleText('信息化运维项目');

/** Writes `text` to a fresh folder under 申报/ (so cross-file rules see only this file) and opens it. */
async function open(text: string, rel = `申报/错误/${++n}/项目.yaml`) {
  const file = join(repo, rel);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  const uri = fileUri(file);
  const published = await lsp.open(uri, text);
  return { file, uri, text, diagnostics: published.diagnostics };
}

/** What `declare validate` says about the same text, as an editor would show it. */
function validateSays(file: string, text: string) {
  return checkFile(file, Buffer.from(text)).diagnostics.map((d) => ({
    code: d.rule,
    range: { start: { line: d.span.line - 1, character: d.span.column - 1 }, end: { line: d.span.endLine - 1, character: d.span.endColumn - 1 } },
    message: diagnosticMessage(d, 'zh'),
  }));
}

const shown = (ds: Diagnostic[]) => ds.map((d) => ({ code: d.code, range: d.range, message: d.message }));

async function actionsFor(doc: { uri: string; diagnostics: Diagnostic[] }, code: string): Promise<CodeAction[]> {
  const d = doc.diagnostics.find((x) => x.code === code);
  if (!d) throw new Error(`no ${code} finding: ${JSON.stringify(shown(doc.diagnostics))}`);
  return lsp.codeActions(doc.uri, d.range, [d]);
}

function editsOf(a: CodeAction): TextEdit[] {
  const e = a.edit!;
  return e.changes ? Object.values(e.changes).flat() : (e.documentChanges as { edits: TextEdit[] }[]).flatMap((c) => c.edits);
}

/** Applies the action as the editor would, sends the new text, and returns what the server then publishes. */
async function apply(doc: { uri: string; text: string }, action: CodeAction) {
  const text = applyEdits(doc.text, editsOf(action));
  const published = await lsp.change(doc.uri, text);
  return { text, diagnostics: published.diagnostics };
}

describe('declare lsp over stdio', () => {
  it('opens a valid example in 申报/子项目/ with no findings', async () => {
    const doc = await open(VALID, '申报/子项目/信息化运维项目.yaml');
    expect(doc.diagnostics).toEqual([]);
    expect(decodeURIComponent(doc.uri)).toContain('/申报/子项目/');
  });

  it.each([
    ['a wrong 合计', (t: string) => t.replace('合计: 4,134,328.00', '合计: 4,134,329.00'), 'fund-annual-sum'],
    ['a misspelt key', (t: string) => t.replace('其他资金: 0.00', '其它资金: 0.00'), 'unknown-key'],
    ['a value without operator', (t: string) => t.replace('≥50.00(次)', '50次'), 'missing-operator'],
    ['full-width digits', (t: string) => t.replace('≥50.00(次)', '≥５０次'), 'indicator-value'],
    ['an unquoted >=', (t: string) => t.replace('≥50.00(次)', '>=50.00(次)'), 'yaml-syntax'],
    ['dates in the wrong order', (t: string) => t.replace('计划完成日期: 2025-12-31', '计划完成日期: 2024-12-31'), 'date-order'],
    ['an unknown 一级', (t: string) => t.replace('  效益指标:', '  效益指表:'), 'indicator-level1'],
  ])('%s: the diagnostics validate gives, at the same ranges, with the rule id as code', async (_, mistake, rule) => {
    const text = mistake(VALID);
    const doc = await open(text);
    expect(doc.diagnostics.map((d) => d.code)).toContain(rule);
    expect(shown(doc.diagnostics)).toEqual(validateSays(doc.file, text));
    for (const d of doc.diagnostics) {
      expect(d.source).toBe('declare');
      expect(d.codeDescription?.href).toMatch(new RegExp(`/docs/rules/${d.code}\\.md$`));
    }
  });

  describe('code actions, each applied and checked again', () => {
    it('fills a missing 合计 with the computed sum', async () => {
      const doc = await open(VALID.replace('    合计: 4,134,328.00\n', '').replace('上年结转资金: 0.00', '上年结转资金: 1,000.50'));
      expect(doc.diagnostics).toEqual([]);
      const at = positionOf(doc.text, '年度资金申请总额');
      const actions = await lsp.codeActions(doc.uri, { start: at, end: at }, []);
      const add = actions.find((a) => a.title.startsWith('填写合计'))!;
      expect(add.title).toBe('填写合计：4,135,328.50（当年财政拨款 + 上年结转资金 + 其他资金）');
      const after = await apply(doc, add);
      expect(after.text).toContain('  年度资金申请总额:\n    合计: 4,135,328.50\n    当年财政拨款: 4,134,328.00\n');
      expect(after.diagnostics).toEqual([]);
    });

    it('corrects a wrong 合计 to the sum (offered, never preferred)', async () => {
      const doc = await open(VALID.replace('合计: 4,134,328.00', '合计: 4,134,329.00'));
      const [fix] = await actionsFor(doc, 'fund-annual-sum');
      expect(fix!.title).toBe('把合计改为 4,134,328.00');
      expect(fix!.isPreferred).toBeUndefined();
      expect(fix!.diagnostics?.map((d) => d.code)).toEqual(['fund-annual-sum']);
      expect((await apply(doc, fix!)).diagnostics).toEqual([]);
    });

    it('renames a misspelt key to the key the finding suggests (the rule’s own suggestion)', async () => {
      const doc = await open(VALID.replace('其他资金: 0.00', '其它资金: 0.00'));
      expect(doc.diagnostics.find((d) => d.code === 'unknown-key')!.message).toContain('您是不是想写「其他资金」');
      const [fix] = await actionsFor(doc, 'unknown-key');
      expect(fix!.title).toBe('改为「其他资金」');
      expect((await apply(doc, fix!)).diagnostics).toEqual([]);
    });

    it('renames a misspelt 一级 label', async () => {
      const doc = await open(VALID.replace('  效益指标:', '  效益指表:'));
      const [fix] = await actionsFor(doc, 'indicator-level1');
      expect(fix!.title).toBe('改为「效益指标」');
      expect((await apply(doc, fix!)).diagnostics).toEqual([]);
    });

    it('adds the operator the finding suggests to a value without one', async () => {
      const doc = await open(VALID.replace('≥50.00(次)', '50次'));
      const actions = await actionsFor(doc, 'missing-operator');
      expect(actions.map((a) => a.title)).toEqual(['改为 ≥50(次)']);
      expect(doc.diagnostics.find((d) => d.code === 'missing-operator')!.message).toContain('≥50(次)');
      const after = await apply(doc, actions[0]!);
      expect(after.text).toContain('- 系统巡检次数: ≥50(次)\n');
      expect(after.diagnostics).toEqual([]);
    });

    it('turns full-width digits and punctuation inside a number into ASCII', async () => {
      const doc = await open(VALID.replace('≥50.00(次)', '≥５０．５次').replace('当年财政拨款: 4,134,328.00', '当年财政拨款: ４，134,328.00'));
      const value = await actionsFor(doc, 'indicator-value');
      expect(value.map((a) => a.title)).toEqual(['改用半角数字和标点：≥50.5次']);
      let after = await apply(doc, value[0]!);
      const amount = await actionsFor({ uri: doc.uri, diagnostics: after.diagnostics }, 'amount-format');
      expect(amount[0]!.title).toBe('改用半角数字和标点：4,134,328.00');
      after = await apply({ uri: doc.uri, text: after.text }, amount[0]!);
      expect(after.diagnostics).toEqual([]);
    });

    it('replaces >= and <= with ≥ and ≤, quoted or not (unquoted, YAML cannot even read it)', async () => {
      const doc = await open(VALID.replace('≥50.00(次)', '>=50.00(次)'));
      const [fix] = await actionsFor(doc, 'yaml-syntax');
      expect(fix!.title).toBe('把 >= 改为 ≥');
      expect(fix!.isPreferred).toBe(true);
      const after = await apply(doc, fix!);
      expect(after.text).toContain('- 系统巡检次数: ≥50.00(次)\n');
      expect(after.diagnostics).toEqual([]);

      const quoted = await open(VALID.replace('≤15.00(分钟)', "'<=15.00(分钟)'"));
      const at = positionOf(quoted.text, "'<=");
      const [q] = await lsp.codeActions(quoted.uri, { start: at, end: at }, []);
      expect(q!.title).toBe('把“<=”改为“≤”');
      expect((await apply(quoted, q!)).text).toContain("- 服务响应时间: '≤15.00(分钟)'\n");
    });
  });

  describe('hover', () => {
    it('on a finding: the rule, the message and a link to the rule page', async () => {
      const doc = await open(VALID.replace('计划完成日期: 2025-12-31', '计划完成日期: 2024-12-31'));
      const d = doc.diagnostics.find((x) => x.code === 'date-order')!;
      const hover = await lsp.hover(doc.uri, d.range.start);
      const md = (hover!.contents as { value: string }).value;
      expect(md).toContain('**date-order** · 错误');
      expect(md).toContain(d.message);
      expect(md).toMatch(/\[规则说明: date-order\]\(file:\/\/.*\/docs\/rules\/date-order\.md\)/);
    });

    it('on an amount: the column’s lines and their computed total, also when the stated total is wrong', async () => {
      const doc = await open(VALID.replace('合计: 4,134,328.00', '合计: 4,134,329.00').replace('上年结转资金: 0.00', '上年结转资金: 0.50'));
      const hover = await lsp.hover(doc.uri, positionOf(doc.text, '当年财政拨款: ', 9));
      const md = (hover!.contents as { value: string }).value;
      expect(md).toContain('**年度资金申请总额**（元）');
      expect(md).toContain('| 上年结转资金 | 0.50 |');
      expect(md).toContain('| **各项之和** | **4,134,328.50** |');
      expect(md).toContain('| 合计（填写的） | 4,134,329.00 ✗ 相差 0.50 |');
    });
  });

  it('right after an edit, hover and code actions answer for the new text (they wait for its check)', async () => {
    const doc = await open(VALID);
    const edited = VALID.replace('上年结转资金: 0.00', '上年结转资金: 10.00');
    const published = lsp.change(doc.uri, edited);
    const hover = await lsp.hover(doc.uri, positionOf(edited, '当年财政拨款: ', 9));
    expect((hover!.contents as { value: string }).value).toContain('| **各项之和** | **4,134,338.00** |');
    const at = positionOf(edited, '合计: ', 4);
    const actions = await lsp.codeActions(doc.uri, { start: at, end: at }, []);
    expect(actions.map((a) => a.title)).toEqual(['把合计改为 4,134,338.00']);
    expect((await published).diagnostics.map((d) => d.code)).toEqual(['fund-annual-sum']);
  });

  describe('the folder: cross-file findings of summary', () => {
    it('a duplicate 项目名称 and a different 实施单位, on every open declaration concerned; fixing one updates the others', async () => {
      // These files are copies of one another, which summary-copied-project reports too (at the copies); this test is about the names.
      const named = (ds: readonly Diagnostic[]) => ds.filter((d) => d.code !== 'summary-copied-project');
      const a = await open(VALID, '申报/汇总/01-运维.yaml');
      expect(a.diagnostics).toEqual([]);
      const bText = VALID.replace('项目名称: 信息化运维项目', '项目名称: 信息化运维项目');
      const b = await open(bText, '申报/汇总/02-运维副本.yaml');
      expect(named(b.diagnostics).map((d) => d.code)).toEqual(['summary-duplicate-name']);
      expect(named(b.diagnostics)[0]!.message).toContain('01-运维.yaml:3');
      // The first file learns about the second one too.
      const aNow = await lsp.diagnosticsWhere(a.uri, (ds) => ds.length > 0);
      expect(aNow.diagnostics.map((d) => d.code)).toEqual(['summary-duplicate-name']);

      const c = await open(VALID.replace('项目名称: 信息化运维项目', '项目名称: 另一个项目').replace(/实施单位: .*/, '实施单位: 别的单位'), '申报/汇总/03-别的单位.yaml');
      expect(named(c.diagnostics).map((d) => d.code)).toEqual(['summary-mixed-unit']);

      const renamed = await lsp.change(b.uri, bText.replace('项目名称: 信息化运维项目', '项目名称: 信息化运维二期'));
      expect(named(renamed.diagnostics)).toEqual([]);
      expect((await lsp.diagnosticsWhere(a.uri, (ds) => ds.length === 0)).diagnostics).toEqual([]);
    });
  });

  describe('configuration and language, found as validate finds them', () => {
    it('the nearest declare.config.yaml applies: severities and the message language; the result equals `declare validate`', async () => {
      const dir = join(repo, '申报/英文处');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'declare.config.yaml'), 'lang: en\nrules:\n  missing-operator: error\n');
      const text = VALID.replace('≥50.00(次)', '50次');
      const doc = await open(text, '申报/英文处/项目.yaml');
      const cli = cliJson(['validate', doc.file], { cwd: dir });
      expect(doc.diagnostics.map((d) => ({ code: d.code, line: d.range.start.line + 1, column: d.range.start.character + 1, severity: d.severity === 1 ? 'error' : 'warning', message: d.message }))).toEqual(
        cli.json.diagnostics.map((d) => ({ code: d.rule, line: d.line, column: d.column, severity: d.severity, message: d.message })),
      );
      expect(doc.diagnostics[0]!.message).toMatch(/has no operator/);
    });

    it('a broken declare.config.yaml is shown on the configuration file, and the declaration says so', async () => {
      const dir = join(repo, '申报/坏配置');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'declare.config.yaml'), 'rule:\n  missing-operator: off\n');
      const configShown = lsp.nextDiagnostics(fileUri(join(dir, 'declare.config.yaml')));
      const doc = await open(VALID, '申报/坏配置/项目.yaml');
      expect(doc.diagnostics.map((d) => d.code)).toEqual(['config-unknown-key']);
      expect(doc.diagnostics[0]!.message).toContain('declare.config.yaml 有误');
      expect((await configShown).diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([['config-unknown-key', 0]]);
    });
  });

  it('stays quiet on YAML that is not a declaration (a CI workflow)', async () => {
    const doc = await open('name: ci\non:\n  push:\njobs:\n  test:\n    runs-on: ubuntu-latest\n', 'ci/workflow.yaml');
    expect(doc.diagnostics).toEqual([]);
  });

  it('a file of several thousand lines: edits are debounced, the latest version is published, other requests are answered meanwhile', async () => {
    const lines = VALID.split('\n');
    const at = lines.findIndex((l) => l.includes('数量指标:')) + 1;
    const many = Array.from({ length: 3000 }, (_, k) => `      - 巡检次数${k}: ≥${k + 1}.00(次)`);
    const big = [...lines.slice(0, at), ...many, ...lines.slice(at)].join('\n');
    const small = await open(VALID.replace('合计: 4,134,328.00', '合计: 4,134,329.00'));
    const doc = await open(big, '申报/大文件/项目.yaml');
    expect(doc.diagnostics).toEqual([]);

    // Ten keystrokes in quick succession, the last one introducing a mistake at the end of the file.
    let text = big;
    let last: Promise<{ diagnostics: Diagnostic[]; version?: number }> = Promise.resolve({ diagnostics: [] });
    for (let k = 0; k < 10; k++) {
      text = text.replace(`巡检次数${2990 + k}: ≥`, `巡检次数${2990 + k}: `);
      last = lsp.change(doc.uri, text);
    }
    // While the big file is being checked, the small one's hover comes back.
    const hover = await lsp.hover(small.uri, positionOf(small.text, '当年财政拨款: ', 9));
    expect((hover!.contents as { value: string }).value).toContain('各项之和');
    const published = await last;
    expect(published.version).toBe(11);
    expect(published.diagnostics.map((d) => d.code)).toEqual(Array(10).fill('missing-operator'));
    expect(published.diagnostics[9]!.range.start.line).toBe(at + 2999);
  });
});
