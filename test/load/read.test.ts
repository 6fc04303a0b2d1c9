import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FontLoadError, loadFace } from '../../src/fonts/load-face.js';
import { readDeclaration, readInput, readLimited } from '../../src/load/read.js';
import { exampleText } from '../helpers/cli.js';
import { tempDir } from '../helpers/cli.js';
import { runCli } from '../helpers/run.js';

describe('readLimited: only regular files, never more than the limit', () => {
  it('reads a regular file whole', () => {
    const f = join(tempDir(), 'a.yaml');
    writeFileSync(f, '年度: 2025\n');
    const r = readLimited(f);
    expect(r.ok).toBe(true);
    if (r.ok === true) expect(r.bytes.toString()).toBe('年度: 2025\n');
  });

  it('a file over the limit is not read: its size is reported', () => {
    const f = join(tempDir(), 'big.yaml');
    writeFileSync(f, 'x'.repeat(1000));
    expect(readLimited(f, 999)).toEqual({ ok: 'too-large', size: 1000 });
    expect(readLimited(f, 1000).ok).toBe(true);
  });

  it('/dev/zero is a character device, refused without reading', () => {
    const r = readLimited('/dev/zero');
    expect(r.ok).toBe(false);
    if (r.ok === false) expect(r.error).toMatchObject({ code: 'ENOTREG', kind: { zh: '字符设备' } });
  });

  it('a folder is EISDIR, a missing file ENOENT', () => {
    expect(readLimited(tempDir())).toMatchObject({ ok: false, error: { code: 'EISDIR' } });
    expect(readLimited(join(tempDir(), 'none.yaml'))).toMatchObject({ ok: false, error: { code: 'ENOENT' } });
  });

  it('readDeclaration: too large is a file-limits finding (exit 1), a device an I/O problem (exit 2)', () => {
    const f = join(tempDir(), 'big.yaml');
    writeFileSync(f, Buffer.alloc(5 * 1024 * 1024 + 1, 0x61));
    const big = readDeclaration(f);
    expect('diagnostics' in big && big.diagnostics.map((d) => d.rule)).toEqual(['file-limits']);
    const dev = readDeclaration('/dev/zero');
    expect('problem' in dev && dev.problem.message.zh).toContain('不是普通文件');
  });
});

/**
 * Every other input (fonts, documents to import) is read the same way. These
 * use /dev/null as the device: should a reader regress to reading devices,
 * it reads nothing and the assertion fails, where /dev/zero would exhaust
 * memory (a FIFO would hang this process; those cases are in test/e2e/trust).
 */
describe('readInput and the readers built on it: fonts, documents to import', () => {
  it('too large, a device and a folder are each a plain message; nothing is read', () => {
    const f = join(tempDir(), 'big.pdf');
    writeFileSync(f, Buffer.alloc(3 * 1024 * 1024));
    const big = readInput(f, 2 * 1024 * 1024);
    expect('problem' in big && big.problem.message.zh).toContain('过大（3 MB，上限 2 MB），未读取');
    const dev = readInput('/dev/null', 1024);
    expect('problem' in dev && dev.problem.message.zh).toBe('“/dev/null”不是普通文件（是字符设备），不能读取。');
    const dir = readInput(tempDir(), 1024);
    expect('problem' in dir && dir.problem.message.zh).toContain('是文件夹');
    const ok = readInput(f, 4 * 1024 * 1024);
    expect('bytes' in ok && ok.bytes.length).toBe(3 * 1024 * 1024);
  });

  it('a font that is a device or a folder: FontLoadError naming it, not a read', () => {
    expect(() => loadFace('/dev/null', 'x')).toThrow(FontLoadError);
    expect(() => loadFace('/dev/null', 'x')).toThrow('/dev/null is not a regular file (it is a character device)');
    expect(() => loadFace(tempDir(), 'x')).toThrow('is a folder, not a font file');
  });

  it('render --font /dev/null and import /dev/null: exit 2 with a plain message, no stack, no internal error', async () => {
    const dir = tempDir();
    const file = join(dir, 'a.yaml');
    writeFileSync(file, exampleText('网络宣传工作'));
    const render = await runCli(['render', file, '-o', join(dir, 'out'), '--font', '/dev/null']);
    expect(render.code).toBe(2);
    expect(render.stderr).toContain('“/dev/null”不是普通文件（是字符设备），不能作为字体读取。');
    const imported = await runCli(['import', '/dev/null', '-o', join(dir, 'imported')]);
    expect(imported.code).toBe(2);
    expect(imported.stderr).toContain('“/dev/null”不是普通文件（是字符设备），不能读取。');
    for (const r of [render, imported]) {
      expect(r.stdout + r.stderr).not.toMatch(/内部错误|\n\s+at /);
      expect(r.stdout).not.toContain('✔');
    }
  });
});
