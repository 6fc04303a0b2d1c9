import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport, isSelected, loadConfig, validate, validateTexts } from '../../src/api/index.js';
import { exampleText, fixtureDir } from '../helpers/cli.js';
import { ROOT } from '../helpers/examples.js';

const BASE = exampleText('机关服务费');
const ids = (r: Awaited<ReturnType<typeof validate>>) => (r.kind === 'checked' ? r.files.flatMap((f) => f.diagnostics.map((d) => `${d.file} ${d.rule}/${d.messageId}`)) : []);

describe('validate (src/api)', () => {
  it('checks paths, files and folders mixed, in a stable order, and returns data', async () => {
    const dir = fixtureDir({ 'b/x.yaml': BASE.replace('=365.00(天)', '≥abc'), 'a.yaml': BASE, 'notes.txt': 'x' });
    const r = await validate([dir, 'examples/网络宣传工作.yaml'], { cwd: ROOT });
    expect(r.kind).toBe('checked');
    if (r.kind !== 'checked') return;
    expect(r.files.map((f) => f.file)).toEqual([join(dir, 'a.yaml'), join(dir, 'b', 'x.yaml'), 'examples/网络宣传工作.yaml']);
    // 网络宣传工作 has two warnings: unit-mismatch and unmeasurable-value (进一步净化).
    expect(r.counts).toEqual({ files: 3, errors: 1, warnings: 4 });
    expect(r.problems).toEqual([]);
    const bad = r.files[1]!.diagnostics.find((d) => d.severity === 'error')!;
    expect(bad).toMatchObject({ rule: 'indicator-value', messageId: 'no-number', data: { value: '≥abc' } });
  });

  it('paths are relative to `cwd`, and findings name files as given', async () => {
    const dir = fixtureDir({ 'sub/a.yaml': BASE.replace('年度: 2025', '年度: 二〇二五') });
    const r = await validate(['sub'], { cwd: dir });
    expect(ids(r)).toEqual(['sub/a.yaml wrong-type/wrong-type', 'sub/a.yaml duplicate-indicator/duplicate']);
  });

  it('checks texts (an editor buffer) with the configuration beside their file name', async () => {
    const dir = fixtureDir({ 'declare.config.yaml': 'rules:\n  duplicate-indicator: off\n' });
    const r = await validate([{ file: join(dir, '草稿.yaml'), text: BASE }], { models: true });
    expect(r.kind === 'checked' && r.files[0]!.diagnostics).toEqual([]);
    expect(r.kind === 'checked' && r.files[0]!.declaration?.name.value).toBe('机关服务费');
    const plain = await validate([{ file: '草稿.yaml', text: BASE }], { cwd: fixtureDir({}) });
    expect(ids(plain)).toEqual(['草稿.yaml duplicate-indicator/duplicate']);
  });

  it('keeps each file’s model on request: the declaration when valid, the draft always', async () => {
    const dir = fixtureDir({ 'ok.yaml': BASE, 'bad.yaml': BASE.replace('年度: 2025\n', '') });
    const r = await validate([dir], { models: true });
    if (r.kind !== 'checked') throw new Error(r.kind);
    const [bad, ok] = r.files;
    expect(ok!.declaration?.year.value).toBe(2025);
    expect(bad!.declaration).toBeUndefined();
    expect(bad!.draft?.name?.value).toBe('机关服务费');
    expect(bad!.draft?.year).toBeUndefined();
  });

  it('reports what it cannot read and still checks the rest', async () => {
    const dir = fixtureDir({ 'a.yaml': BASE });
    const r = await validate([dir, join(dir, 'missing.yaml'), fixtureDir({ 'readme.txt': 'x' })]);
    if (r.kind !== 'checked') throw new Error(r.kind);
    expect(r.counts.files).toBe(1);
    expect(r.problems.map((p) => p.message.zh)).toEqual([expect.stringContaining('找不到'), expect.stringContaining('没有找到 .yaml 或 .yml 申报文件')]);
  });

  it('stops before checking on a broken configuration, with its problems and text for code frames', async () => {
    const dir = fixtureDir({ 'declare.config.yaml': 'rule:\n  x: off\n', 'a.yaml': BASE });
    const r = await validate([dir]);
    expect(r.kind).toBe('config-problems');
    if (r.kind !== 'config-problems') return;
    expect(r.problems.map((p) => `${p.rule}/${p.messageId}`)).toEqual(['config-unknown-key/unknown']);
    expect(r.files[0]!.text).toContain('rule:');
  });

  it('uses a configuration loaded once for several calls', async () => {
    const dir = fixtureDir({ 'c.yaml': 'rules:\n  duplicate-indicator: error\n' });
    const { resolver, problems } = loadConfig({ config: join(dir, 'c.yaml') });
    expect(problems).toEqual([]);
    const r = await validate([{ file: 'x.yaml', text: BASE }], { configs: resolver });
    expect(r.kind === 'checked' && r.counts).toEqual({ files: 1, errors: 1, warnings: 0 });
    expect(r.config).toBe(resolver.global);
  });

  it('formats its findings as the command line does, in either language', async () => {
    const r = await validate(['examples/网络宣传工作.yaml'], { cwd: ROOT });
    if (r.kind !== 'checked') throw new Error(r.kind);
    expect(formatReport('pretty', r.files, r.counts, { lang: 'en' })).toContain('Checked 1 file: 0 errors, 2 warnings.');
    expect(JSON.parse(formatReport('json', r.files, r.counts)).diagnostics[0].message).toContain('单位却是 %');
  });
});

describe('validateTexts and isSelected (src/api): what an editor calls', () => {
  it('checks a text without a promise, keeps its parsed YAML on request, and with a broken configuration checks with the defaults beside its problems', () => {
    const dir = fixtureDir({ 'declare.config.yaml': 'rules:\n  unit-mismatch: off\n  no-such-rule: error\n' });
    const text = BASE.replace('=365.00(天)', '≥abc');
    const stop = validateTexts([{ file: join(dir, 'a.yaml'), text }]);
    expect(stop.kind).toBe('config-problems');
    const r = validateTexts([{ file: join(dir, 'a.yaml'), text }], { sources: true, onConfigProblems: 'defaults' });
    if (r.kind !== 'checked') throw new Error(r.kind);
    expect(r.configProblems!.map((d) => d.rule)).toEqual(['config-unknown-rule']);
    expect(r.files[0]!.diagnostics.map((d) => d.rule)).toContain('indicator-value');
    expect(r.files[0]!.source!.locate(['项目名称']).line).toBe(BASE.split('\n').findIndex((l) => l.startsWith('项目名称')) + 1);
    const plain = validateTexts([{ file: 'a.yaml', text: BASE }], { cwd: ROOT });
    expect(plain.kind === 'checked' && plain.files[0]!.source).toBe(undefined);
  });

  it('isSelected answers as a folder walk of validate selects: .declareignore, `ignore:`, tool files', () => {
    const dir = fixtureDir({ '.declareignore': '草稿/\n', 'declare.config.yaml': 'ignore:\n  - 模板/\n' });
    expect(isSelected(join(dir, '项目.yaml'))).toBe(true);
    expect(isSelected(join(dir, '草稿', '项目.yaml'))).toBe(false);
    expect(isSelected(join(dir, '模板', '项目.yaml'))).toBe(false);
    expect(isSelected(join(dir, 'declare.config.yaml'))).toBe(false);
    expect(isSelected(join(dir, 'notes.txt'))).toBe(false);
    expect(isSelected('examples/机关服务费.yaml', { cwd: ROOT })).toBe(true);
  });
});
