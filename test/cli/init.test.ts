import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { expectNoStack, tempDir } from '../helpers/cli.js';
import { runCli, runCliJson } from '../helpers/run.js';

const NEXT_YEAR = new Date().getFullYear() + 1;

describe('declare init', () => {
  it('writes <项目名称>.yaml that validates with no errors and no warnings', async () => {
    const dir = tempDir();
    const r = await runCli(['init', '网络安全运维'], { cwd: dir });
    expect(r.code).toBe(0);
    expectNoStack(r);
    expect(r.stdout).toContain('已生成 网络安全运维.yaml');
    const file = join(dir, '网络安全运维.yaml');
    const text = readFileSync(file, 'utf8');
    const check = await runCliJson(['validate', file]);
    expect(check.code).toBe(0);
    expect(check.json).toMatchObject({ files: 1, errors: 0, warnings: 0 });
    const doc = parse(text) as Record<string, unknown>;
    expect(doc.项目名称).toBe('网络安全运维');
    expect(doc.年度).toBe(NEXT_YEAR);
    expect(doc.计划开始日期).toBe(`${NEXT_YEAR}-01-01`);
    expect(doc.计划完成日期).toBe(`${NEXT_YEAR}-12-31`);
  });

  it('explains every field in Chinese comments, including the optional multi-year ones', async () => {
    const dir = tempDir();
    await runCli(['init', '测试项目'], { cwd: dir });
    const lines = readFileSync(join(dir, '测试项目.yaml'), 'utf8').split('\n');
    const keys = ['年度', '项目名称', '项目性质', '项目类别', '主管部门', '实施单位', '计划开始日期', '计划完成日期', '项目资金', '年度资金申请总额', '合计', '当年财政拨款', '上年结转资金', '其他资金', '绩效目标', '年度总体目标', '绩效指标', '成本指标', '产出指标', '效益指标', '满意度指标'];
    for (const key of keys) {
      const i = lines.findIndex((l) => new RegExp(`^\\s*${key}:`).test(l));
      expect(i, key).toBeGreaterThanOrEqual(0);
      const explained = lines[i]!.includes('#') || /^\s*#/.test(lines[i - 1] ?? '');
      expect(explained, `${key} has no comment: ${lines[i]}`).toBe(true);
    }
    const comments = lines.filter((l) => /^\s*#/.test(l)).join('\n');
    for (const optional of ['项目资金总额', '项目总目标', '财政资金']) expect(comments).toContain(optional);
    // Honest sample values: the comments say to replace them, and no placeholder is left.
    expect(lines.filter((l) => /#.*请改/.test(l)).length).toBeGreaterThanOrEqual(3);
    const values = lines.filter((l) => !/^\s*#/.test(l)).map((l) => l.replace(/\s+#.*$/, ''));
    expect(values.join('\n')).not.toMatch(/XX|\*\*|待填|某某/);
  });

  it('--year sets the year and the dates; the file still validates', async () => {
    const dir = tempDir();
    expect((await runCli(['init', '跨年示例', '--year', '2031'], { cwd: dir })).code).toBe(0);
    const file = join(dir, '跨年示例.yaml');
    expect((parse(readFileSync(file, 'utf8')) as Record<string, unknown>).年度).toBe(2031);
    expect((await runCliJson(['validate', file])).json).toMatchObject({ errors: 0, warnings: 0 });
    expect((await runCli(['init', 'x', '--year', '99'], { cwd: dir })).code).toBe(2);
    expect((await runCli(['init', 'x', '--year', 'next'], { cwd: dir })).code).toBe(2);
  });

  it('refuses to overwrite an existing file without --force (exit 2, file untouched)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '已有.yaml'), 'mine\n');
    const r = await runCli(['init', '已有'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('已存在');
    expect(r.stderr).toContain('--force');
    expect(readFileSync(join(dir, '已有.yaml'), 'utf8')).toBe('mine\n');
    expect((await runCli(['init', '已有', '--force'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, '已有.yaml'), 'utf8')).toContain('项目名称: 已有');
  });

  it('-o writes where asked, creating folders; a name that cannot be a file name needs -o', async () => {
    const dir = tempDir();
    const r = await runCli(['init', '专项/资金', '-o', '申报/2026/专项资金.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    const file = join(dir, '申报', '2026', '专项资金.yaml');
    expect((parse(readFileSync(file, 'utf8')) as Record<string, unknown>).项目名称).toBe('专项/资金');
    expect((await runCliJson(['validate', file])).json).toMatchObject({ errors: 0, warnings: 0 });
    const bad = await runCli(['init', '专项/资金'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('-o');
    expect((await runCli(['init', '  '], { cwd: dir })).code).toBe(2);
    expect((await runCli(['init', 'x', '-o', '申报'], { cwd: dir })).code).toBe(2); // a folder
  });

  it('quotes a project name that YAML would misread, so it round-trips', async () => {
    const dir = tempDir();
    for (const [i, name] of ['网络: "安全" #1', 'yes', '2026年度专项', "- 列表'项"].entries()) {
      expect((await runCli(['init', '-o', `n${i}.yaml`, '--', name], { cwd: dir })).code).toBe(0);
      const file = join(dir, `n${i}.yaml`);
      expect((parse(readFileSync(file, 'utf8')) as Record<string, unknown>).项目名称).toBe(name);
      expect((await runCliJson(['validate', file])).json, name).toMatchObject({ errors: 0, warnings: 0 });
    }
  });

  it('speaks English with DECLARE_LANG=en (the template stays Chinese)', async () => {
    const dir = tempDir();
    const r = await runCli(['init', 'Project'], { cwd: dir, env: { DECLARE_LANG: 'en' } });
    expect(r.stdout).toContain('Wrote Project.yaml');
    expect((await runCli(['init', 'Project'], { cwd: dir, env: { DECLARE_LANG: 'en' } })).stderr).toContain('already exists');
  });
});

describe('declare init: editor support', () => {
  it('writes no $schema comment (a relative path breaks when the file moves) and points at the editor set-up instead', async () => {
    const dir = tempDir();
    expect((await runCli(['init', '项目', '-o', '申报/处室/项目.yaml'], { cwd: dir })).code).toBe(0);
    const text = readFileSync(join(dir, '申报', '处室', '项目.yaml'), 'utf8');
    expect(text).not.toContain('$schema');
    const head = text.split('\n').slice(0, 4).join('\n');
    expect(head).toContain('docs/editors.md');
    expect(head).toContain('yaml.schemas');
  });
});
