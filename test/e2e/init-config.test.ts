import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { cli, cliJson, exampleText, expectNoStack, fixtureDir } from '../helpers/cli.js';

const CONFIG = 'init:\n  实施单位: 中共上海市委网络安全和信息化委员会办公室\n  主管部门: 中共上海市委网络安全和信息化委员会办公室\n  年度: 2025\n';

describe('declare init with `init:` in declare.config.yaml', () => {
  it('fills in the unit’s 实施单位, 主管部门 and 年度, so the new file joins the unit’s summary', () => {
    const dir = fixtureDir({ '申报/declare.config.yaml': CONFIG, '申报/网络宣传工作.yaml': exampleText('网络宣传工作') });
    const r = cli(['init', '新项目', '-o', '申报/处室/新项目.yaml'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expectNoStack(r);
    expect(r.stdout).toContain('取自 申报/declare.config.yaml');
    const text = readFileSync(join(dir, '申报', '处室', '新项目.yaml'), 'utf8');
    const doc = parse(text) as Record<string, unknown>;
    expect(doc).toMatchObject({ 年度: 2025, 实施单位: '中共上海市委网络安全和信息化委员会办公室', 主管部门: '中共上海市委网络安全和信息化委员会办公室', 计划开始日期: '2025-01-01' });
    expect(text).toMatch(/^实施单位: .+# 取自 \.\.\/declare\.config\.yaml/m);
    expect(text).not.toMatch(/^实施单位: .+示例/m);
    // The unit's other declaration and the new one agree: summary's consistency rules find nothing to say.
    const check = cliJson(['validate', '申报'], { cwd: dir });
    expect(check.json.errors).toBe(0);
    const summary = cli(['summary', '申报', '-o', 'out', '--no-progress'], { cwd: dir });
    expect(summary.stderr).not.toMatch(/summary-(unit|year)-mismatch/);
    expect(summary.code, summary.stderr).toBe(0);
  });

  it('--year wins over the configured 年度', () => {
    const dir = fixtureDir({ 'declare.config.yaml': CONFIG });
    expect(cli(['init', '项目', '--year', '2026'], { cwd: dir }).code).toBe(0);
    expect((parse(readFileSync(join(dir, '项目.yaml'), 'utf8')) as { 年度: number }).年度).toBe(2026);
  });

  it('a wrong init section is a configuration error (exit 2), and nothing is written', () => {
    const dir = fixtureDir({ 'declare.config.yaml': 'init:\n  年度: 26\n' });
    const r = cli(['init', '项目'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('init › 年度 应为四位数字的年份');
    expect(r.stderr).toContain('declare.config.yaml:2:');
    expectNoStack(r);
  });
});
