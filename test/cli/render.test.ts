import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render } from '../../src/api/render.js';
import { exampleText, expectNoStack, fixtureDir, tempDir } from '../helpers/cli.js';
import { loadExample } from '../helpers/examples.js';
import { runCli } from '../helpers/run.js';

// `declare render` in this process: exit codes, messages and what is written.
// What only a process shows (Ctrl-C, another user's permissions, the same
// bytes from another process) is in test/e2e/render.test.ts.

describe('declare render (in process)', () => {
  it('SOURCE_DATE_EPOCH reaches the documents', async () => {
    const out = tempDir();
    const r = await runCli(['render', 'examples/网络宣传工作.yaml', '-o', out, '--pdf'], { env: { SOURCE_DATE_EPOCH: '1700000000' } });
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(out)).toEqual(['网络宣传工作.pdf']);
    const pdf = readFileSync(join(out, '网络宣传工作.pdf'));
    expect(pdf.equals((await render(loadExample('网络宣传工作'), { pdf: true, date: new Date(1_700_000_000_000) })).pdf!)).toBe(true);
    expect(pdf.equals((await render(loadExample('网络宣传工作'), { pdf: true })).pdf!)).toBe(false);
  });

  it('refuses a declaration with errors (exit 1, same diagnostics as validate) and still renders the valid ones', async () => {
    const dir = fixtureDir({ 'good.yaml': exampleText('机关服务费'), 'bad.yaml': exampleText('机关服务费').replace('    合计: 700,000.00', '    合计: 710,000.00') });
    const out = tempDir();
    const r = await runCli(['render', dir, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('fund-annual-sum');
    expect(r.stderr).toContain(`${join(dir, 'bad.yaml')}:`);
    expect(readdirSync(out).sort()).toEqual(['good.pdf', 'good.xlsx']);
  });

  it('an output folder that cannot be created exits 2 with a clear message', async () => {
    const file = join(tempDir(), 'not-a-folder');
    writeFileSync(file, 'x');
    const r = await runCli(['render', 'examples/机关服务费.yaml', '-o', join(file, 'sub')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('无法创建输出文件夹');
    expectNoStack(r);
  });

  it('two inputs with the same name would overwrite each other: refused before writing (exit 2)', async () => {
    const dir = fixtureDir({ 'a/x.yaml': exampleText('机关服务费'), 'b/x.yaml': exampleText('重大活动保障') });
    const out = tempDir();
    const r = await runCli(['render', dir, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('同名');
    expect(readdirSync(out)).toEqual([]);
  });

  it('a bad --font exits 2 in plain words', async () => {
    const out = tempDir();
    const missing = await runCli(['render', 'examples/机关服务费.yaml', '-o', out, '--font', '/no/such/font.ttf']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('无法读取字体文件');
    expectNoStack(missing);
    expect(readdirSync(out)).toEqual([]);
  });

  it('a pair that cannot be replaced (a folder in the way) exits 2 naming the file; the other forms are still written', async () => {
    const dir = fixtureDir({ 'a.yaml': exampleText('机关服务费'), 'b.yaml': exampleText('重大活动保障') });
    const out = tempDir();
    writeFileSync(join(out, 'a.pdf'), 'previous');
    mkdirSync(join(out, 'a.xlsx'));
    const r = await runCli(['render', dir, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`declare: 无法写出“${join(out, 'a.xlsx')}”：已有同名的文件夹。“a.pdf”和“a.xlsx”都没有改动。`);
    expect(r.stderr).not.toContain('内部错误');
    expectNoStack(r);
    expect(readFileSync(join(out, 'a.pdf'), 'utf8')).toBe('previous');
    expect(r.stdout.trim().split('\n')).toEqual([join(out, 'b.pdf'), join(out, 'b.xlsx')]);
  });

  it('a SOURCE_DATE_EPOCH outside 1980–2099 exits 2 with a plain message before anything is written', async () => {
    const out = tempDir();
    const r = await runCli(['render', 'examples/机关服务费.yaml', '-o', out], { env: { SOURCE_DATE_EPOCH: '100' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('SOURCE_DATE_EPOCH');
    expect(r.stderr).not.toContain('内部错误');
    expectNoStack(r);
    expect(readdirSync(out)).toEqual([]);
    const s = await runCli(['summary', 'examples/机关服务费.yaml', '-o', out], { env: { SOURCE_DATE_EPOCH: '4102444800' } });
    expect(s.code).toBe(2);
    expect(s.stderr).toContain('1980 年到 2099 年');
  });

  it('a character no font covers is an error at its field (file:line:col), nothing is written', async () => {
    const dir = fixtureDir({ 'x.yaml': exampleText('机关服务费').replace('项目名称: 机关服务费', '项目名称: 机关服务费\u{10FFFD}') });
    const out = tempDir();
    const r = await runCli(['render', dir, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/x\.yaml:3:\d+ 错误 font-missing-glyph/);
    expect(r.stderr).toContain('U+10FFFD');
    expect(r.stderr).toContain('「项目名称」');
    expect(readdirSync(out)).toEqual([]);
  });
});
