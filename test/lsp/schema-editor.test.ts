import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic, MarkupContent } from 'vscode-languageserver-protocol';
import { exampleText, tempDir } from '../helpers/cli.js';
import { ROOT } from '../helpers/examples.js';
import { fileUri, LspClient, positionOf } from '../helpers/lsp-client.js';

// yaml-language-server (the server behind VS Code's YAML extension and Neovim's
// yamlls) with exactly the settings docs/editors.md tells users to write, in a
// unit's repository that installed declare, with declarations in 申报/子项目/.

/** The `yaml.schemas` mapping from the VS Code settings block in docs/editors.md. */
function documentedSchemas(): Record<string, string[]> {
  const doc = readFileSync(join(ROOT, 'docs/editors.md'), 'utf8');
  const block = /```json\n(\{\n\s+"yaml\.schemas"[\s\S]*?)```/.exec(doc);
  if (!block) throw new Error('docs/editors.md has no VS Code settings block with yaml.schemas');
  return (JSON.parse(block[1]!) as { 'yaml.schemas': Record<string, string[]> })['yaml.schemas'];
}

let yls: LspClient;
let repo: string;
let n = 0;
const VALID = exampleText('信息化运维项目');
const settingsWith = (schemas: Record<string, string[]>) => ({ yaml: { schemas, validate: true, completion: true, hover: true } });

beforeAll(async () => {
  repo = tempDir('unit-repo-');
  const installed = join(repo, 'node_modules/declare-cli/schemas/declaration.schema.json');
  mkdirSync(dirname(installed), { recursive: true });
  copyFileSync(join(ROOT, 'schemas/declaration.schema.json'), installed);
  yls = LspClient.start(process.execPath, [join(ROOT, 'node_modules/yaml-language-server/bin/yaml-language-server'), '--stdio'], { cwd: repo });
  // zh-cn: as VS Code with the Chinese language pack sends it.
  await yls.initialize(repo, { settings: settingsWith(documentedSchemas()), locale: 'zh-cn' });
});
afterAll(async () => {
  await yls?.stop();
});

async function open(text: string, rel = `申报/子项目/${++n}.yaml`) {
  const file = join(repo, rel);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  const uri = fileUri(file);
  return { uri, text, diagnostics: (await yls.open(uri, text)).diagnostics };
}

const messages = (ds: Diagnostic[]) => ds.map((d) => d.message);
const md = (c: unknown) => (c as MarkupContent).value;

describe('the documented yaml.schemas mapping, in a unit repository with a Chinese folder name', () => {
  it('maps the installed schema by a relative path and an ASCII glob (what the docs say)', () => {
    expect(documentedSchemas()).toEqual({ './node_modules/declare-cli/schemas/declaration.schema.json': ['**/*.yaml', '!declare.config.yaml'] });
  });

  it('a valid example in 申报/子项目/ has no schema diagnostics', async () => {
    const doc = await open(VALID);
    expect(decodeURIComponent(doc.uri)).toContain('/申报/子项目/');
    expect(doc.diagnostics).toEqual([]);
  });

  it('flags a negative amount, three decimals, a misspelt key and an unknown 一级, at their lines', async () => {
    const text = VALID.replace('上年结转资金: 0.00', '上年结转资金: -1')
      .replace('其他资金: 0.00', '其他资金: "1.001"')
      .replace('计划开始日期:', '计划开使日期:')
      .replace('  效益指标:', '  效能指标:'); // 效果指标 is a region's name for 效益指标, which the schema accepts
    const doc = await open(text);
    const at = (needle: string) => positionOf(text, needle).line;
    const byLine = new Map(doc.diagnostics.map((d) => [d.range.start.line, d.message]));
    expect(byLine.get(at('上年结转资金: -1'))).toMatch(/最小值 0|minimum of 0/);
    expect(byLine.get(at('其他资金: "1.001"'))).toContain('最多 2 位小数');
    expect(byLine.get(at('计划开使日期'))).toContain('计划开使日期');
    expect(byLine.get(at('效能指标'))).toContain('效能指标');
    expect(doc.diagnostics.length).toBeGreaterThanOrEqual(4);
  });

  it('lets an unknown 二级 label through, and its hover says declare warns (nonstandard-level2)', async () => {
    const text = VALID.replace('    时效指标:', '    支撑服务:');
    const doc = await open(text);
    expect(doc.diagnostics).toEqual([]);
    const hover = await yls.hover(doc.uri, positionOf(text, '支撑服务', 1));
    expect(md(hover!.contents)).toContain('#### 非标准的二级指标');
    expect(md(hover!.contents)).toContain('nonstandard-level2');
  });

  it('hover shows each property’s own title, not the root title', async () => {
    const doc = await open(VALID);
    for (const key of ['当年财政拨款', '年度总体目标', '质量指标']) {
      const hover = await yls.hover(doc.uri, positionOf(VALID, `${key}:`, 1));
      expect(md(hover!.contents), key).toMatch(new RegExp(`^#### ${key}\\n`));
    }
  });

  it('completes each 一级 name once, with its description', async () => {
    const text = '绩效指标:\n  \n';
    const doc = await open(text);
    const items = await yls.completion(doc.uri, { line: 1, character: 2 });
    expect(items.map((i) => i.label).sort()).toEqual(['产出指标', '成本指标', '效益指标', '满意度指标'].sort());
    for (const i of items) expect(JSON.stringify(i.documentation)).toContain('标准的二级指标');
  });

  it('completes 年度 (and the dates) with the editor’s current year, as a snippet variable', async () => {
    const text = '项目名称: x\n\n';
    const doc = await open(text);
    const items = await yls.completion(doc.uri, { line: 1, character: 0 });
    const year = items.find((i) => i.label === '年度')!;
    expect(year.insertText).toBe('年度: ${1:${CURRENT_YEAR}}');
    expect(year.insertTextFormat).toBe(2);
    expect(items.find((i) => i.label === '计划完成日期')!.insertText).toBe('计划完成日期: ${1:${CURRENT_YEAR}-12-31}');
  });

  it('offers a "- 三级指标名称: 指标值" skeleton in an indicator list', async () => {
    const text = '绩效指标:\n  产出指标:\n    数量指标:\n      - 巡检次数: ≥1 次\n      \n';
    const doc = await open(text);
    const items = await yls.completion(doc.uri, { line: 4, character: 6 });
    expect(items.map((i) => i.insertText)).toContain('- ${1:三级指标名称}: ${2:≥XX 次}');
  });

  it('leaves declare.config.yaml alone (excluded by the mapping)', async () => {
    const doc = await open('lang: zh\nrules:\n  project-nature: off\n', '申报/declare.config.yaml');
    expect(doc.diagnostics).toEqual([]);
  });

  it('why the docs warn against 申报/**/*.yaml: the server matches percent-encoded URIs, so only the encoded folder name matches', async () => {
    const broken = VALID.replace('计划开始日期:', '计划开使日期:');
    const doc = await open(broken, '申报/子项目/编码.yaml');
    expect(doc.diagnostics.length).toBeGreaterThan(0);

    const schema = './node_modules/declare-cli/schemas/declaration.schema.json';
    let next = yls.nextDiagnostics(doc.uri);
    await yls.connection.sendNotification('workspace/didChangeConfiguration', { settings: (yls.settings = settingsWith({ [schema]: ['申报/**/*.yaml'] })) });
    expect((await next).diagnostics).toEqual([]);

    next = yls.nextDiagnostics(doc.uri);
    await yls.connection.sendNotification('workspace/didChangeConfiguration', { settings: (yls.settings = settingsWith({ [schema]: [`${encodeURIComponent('申报')}/**/*.yaml`] })) });
    expect(messages((await next).diagnostics).join('\n')).toContain('计划开使日期');
  });
});
