import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cli, exampleText, expectNoStack, fixtureDir, tempDir } from '../helpers/cli.js';
import { render } from '../../src/api/render.js';
import { loadExample, ROOT } from '../helpers/examples.js';

const isPdf = (b: Buffer) => b.subarray(0, 5).toString() === '%PDF-' && b.subarray(-6).toString().includes('%%EOF');
const isZip = (b: Buffer) => b[0] === 0x50 && b[1] === 0x4b;

describe('declare render', () => {
  it('renders every example to <name>.pdf and <name>.xlsx, listing what it wrote', () => {
    const out = tempDir();
    const r = cli(['render', 'examples/', '-o', out]);
    expect(r.code).toBe(0);
    expectNoStack(r);
    const names = readdirSync(out).sort();
    expect(names).toHaveLength(12);
    for (const n of names) {
      const b = readFileSync(join(out, n));
      expect(n.endsWith('.pdf') ? isPdf(b) : isZip(b), n).toBe(true);
    }
    expect(names).toContain('网络宣传工作.pdf');
    expect(r.stdout.trim().split('\n').sort()).toEqual(names.map((n) => join(out, n)).sort());
    // Warnings are still shown, on stderr, so stdout stays a clean list of files.
    expect(r.stderr).toContain('unit-mismatch');
  });

  it('gives the same bytes in another process, and SOURCE_DATE_EPOCH reaches the documents', async () => {
    const a = tempDir();
    const c = tempDir();
    cli(['render', 'examples/网络宣传工作.yaml', '-o', a]);
    cli(['render', 'examples/网络宣传工作.yaml', '-o', c, '--pdf'], { env: { SOURCE_DATE_EPOCH: '1700000000' } });
    const own = await render(loadExample('网络宣传工作'));
    expect(readFileSync(join(a, '网络宣传工作.pdf')).equals(own.pdf!)).toBe(true);
    expect(readFileSync(join(a, '网络宣传工作.xlsx')).equals(own.xlsx!)).toBe(true);
    expect(readFileSync(join(c, '网络宣传工作.pdf')).equals(own.pdf!)).toBe(false);
  });

  it('refuses a declaration with errors (exit 1, same diagnostics as validate) and still renders the valid ones', () => {
    const dir = fixtureDir({ 'good.yaml': exampleText('机关服务费'), 'bad.yaml': exampleText('机关服务费').replace('    合计: 700,000.00', '    合计: 710,000.00') });
    const out = tempDir();
    const r = cli(['render', dir, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('fund-annual-sum');
    expect(r.stderr).toContain(`${join(dir, 'bad.yaml')}:`);
    expect(readdirSync(out).sort()).toEqual(['good.pdf', 'good.xlsx']);
  });

  it('an output folder that cannot be written exits 2 with a clear message', () => {
    const file = join(tempDir(), 'not-a-folder');
    writeFileSync(file, 'x');
    const r = cli(['render', 'examples/机关服务费.yaml', '-o', join(file, 'sub')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('无法创建输出文件夹');
    expectNoStack(r);
    const ro = tempDir();
    chmodSync(ro, 0o555);
    const r2 = cli(['render', 'examples/机关服务费.yaml', '-o', ro], { asNobody: true });
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('不可写');
  });

  it('two inputs with the same name would overwrite each other: refused before writing (exit 2)', () => {
    const dir = fixtureDir({ 'a/x.yaml': exampleText('机关服务费'), 'b/x.yaml': exampleText('重大活动保障') });
    const out = tempDir();
    const r = cli(['render', dir, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('同名');
    expect(readdirSync(out)).toEqual([]);
  });

  it('a bad --font exits 2 in plain words', () => {
    const out = tempDir();
    const missing = cli(['render', 'examples/机关服务费.yaml', '-o', out, '--font', '/no/such/font.ttf']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('无法读取字体文件');
    expectNoStack(missing);
    expect(readdirSync(out)).toEqual([]);
  });

  it('a pair that cannot be replaced (a folder in the way) exits 2 naming the file; the other forms are still written', () => {
    const dir = fixtureDir({ 'a.yaml': exampleText('机关服务费'), 'b.yaml': exampleText('重大活动保障') });
    const out = tempDir();
    writeFileSync(join(out, 'a.pdf'), 'previous');
    mkdirSync(join(out, 'a.xlsx'));
    const r = cli(['render', dir, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`declare: 无法写出“${join(out, 'a.xlsx')}”：已有同名的文件夹。“a.pdf”和“a.xlsx”都没有改动。`);
    expect(r.stderr).not.toContain('内部错误');
    expectNoStack(r);
    expect(readFileSync(join(out, 'a.pdf'), 'utf8')).toBe('previous');
    expect(r.stdout.trim().split('\n')).toEqual([join(out, 'b.pdf'), join(out, 'b.xlsx')]);
  });

  it('a SOURCE_DATE_EPOCH outside 1980–2099 exits 2 with a plain message before anything is written', () => {
    const out = tempDir();
    const r = cli(['render', 'examples/机关服务费.yaml', '-o', out], { env: { SOURCE_DATE_EPOCH: '100' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('SOURCE_DATE_EPOCH');
    expect(r.stderr).not.toContain('内部错误');
    expectNoStack(r);
    expect(readdirSync(out)).toEqual([]);
    const s = cli(['summary', 'examples/机关服务费.yaml', '-o', out], { env: { SOURCE_DATE_EPOCH: '4102444800' } });
    expect(s.code).toBe(2);
    expect(s.stderr).toContain('1980 年到 2099 年');
  });

  it('a character no font covers is an error at its field (file:line:col), nothing is written', () => {
    const dir = fixtureDir({ 'x.yaml': exampleText('机关服务费').replace('项目名称: 机关服务费', '项目名称: 机关服务费\u{10FFFD}') });
    const out = tempDir();
    const r = cli(['render', dir, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/x\.yaml:3:\d+ 错误 font-missing-glyph/);
    expect(r.stderr).toContain('U+10FFFD');
    expect(r.stderr).toContain('「项目名称」');
    expect(readdirSync(out)).toEqual([]);
  });

  it('interrupted with Ctrl-C, leaves no temporary or half-written file', async () => {
    const dir = fixtureDir(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`p${i}.yaml`, exampleText('网络安全和信息化工作')])));
    const out = tempDir();
    const child = spawn(process.execPath, [BIN, 'render', dir, '-o', out], { cwd: ROOT, stdio: 'ignore' });
    // Wait until it has started writing, then interrupt.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (readdirSync(out).length > 2 || child.exitCode !== null) {
          clearInterval(poll);
          resolve();
        }
      }, 5);
    });
    child.kill('SIGINT');
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.once('exit', (c, s) => resolve([c, s])));
    // Finished first (0), or died of the signal as a well-behaved program does after cleaning up.
    expect(code === 0 || signal === 'SIGINT').toBe(true);
    const left = readdirSync(out);
    expect(left.filter((n) => n.endsWith('.tmp'))).toEqual([]);
    for (const n of left) {
      const b = readFileSync(join(out, n));
      expect(n.endsWith('.pdf') ? isPdf(b) : isZip(b), n).toBe(true);
    }
    expect(existsSync(join(dir, 'p0.yaml'))).toBe(true);
  });
});
