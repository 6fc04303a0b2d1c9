import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, expectNoStack, tempDir } from '../helpers/cli.js';
import { EXAMPLES } from '../helpers/examples.js';

let rendered: string;

beforeAll(() => {
  rendered = tempDir();
  const r = cli(['render', join(EXAMPLES, '网络宣传工作.yaml'), join(EXAMPLES, '机关服务费.yaml'), '-o', rendered]);
  expect(r.code, r.stderr).toBe(0);
});

describe('declare import (process)', () => {
  it('writes one declaration per form, lists them on stdout, validates them (exit 0), and never overwrites without --force', () => {
    const dir = tempDir();
    const r = cli(['import', join(rendered, '网络宣传工作.pdf'), join(rendered, '机关服务费.xlsx'), '-o', 'out'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expectNoStack(r);
    expect(r.stdout).toBe('out/网络宣传工作.yaml\nout/机关服务费.yaml\n');
    expect(r.stderr).toContain('unit-mismatch'); // validate's warning on the imported file
    expect(r.stderr).toContain('从 2 个文件导入了 2 份申报');
    const text = readFileSync(join(dir, 'out', '网络宣传工作.yaml'), 'utf8');
    // The example itself, byte for byte.
    expect(text).toBe(readFileSync(join(EXAMPLES, '网络宣传工作.yaml'), 'utf8'));

    writeFileSync(join(dir, 'out', '机关服务费.yaml'), 'mine');
    const again = cli(['import', join(rendered, '网络宣传工作.pdf'), join(rendered, '机关服务费.xlsx'), '-o', 'out'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('out/网络宣传工作.yaml');
    expect(readFileSync(join(dir, 'out', '机关服务费.yaml'), 'utf8')).toBe('mine');
    expect(cli(['import', join(rendered, '机关服务费.xlsx'), '-o', 'out', '--force'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, 'out', '机关服务费.yaml'), 'utf8')).toContain('项目名称: 机关服务费');
  });

  it('a legacy .xls or a scanned PDF: a plain message, exit 1, nothing written; a missing file: exit 2', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'old.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const r = cli(['import', 'old.xls', '-o', 'out', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expectNoStack(r);
    expect(r.stderr).toContain('save it as an Excel workbook (.xlsx)');
    expect(existsSync(join(dir, 'out')) ? readdirSync(join(dir, 'out')) : []).toEqual([]);
    writeFileSync(join(dir, 'scan.pdf'), await imageOnlyPdf());
    const scan = cli(['import', 'scan.pdf', '-o', 'out'], { cwd: dir });
    expect(scan.code).toBe(1);
    expectNoStack(scan);
    expect(scan.stderr).toContain('不支持文字识别（OCR）');
    expect(existsSync(join(dir, 'out')) ? readdirSync(join(dir, 'out')) : []).toEqual([]);
    const missing = cli(['import', 'nope.pdf', '-o', 'out'], { cwd: dir });
    expect(missing.code).toBe(2);
    expectNoStack(missing);
  });
});

/** A PDF with a picture and no text, as a scanner makes it. */
function imageOnlyPdf(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.rect(50, 50, 400, 600).fill('#888');
  doc.end();
  return done;
}
