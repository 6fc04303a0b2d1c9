import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FontLoadError, OutputError, render, renderToFiles } from '../../src/api/render.js';
import type { Declaration } from '../../src/model/declaration.js';
import { exampleText, fixtureDir, tempDir } from '../helpers/cli.js';
import { checkText, loadExample } from '../helpers/examples.js';

const isPdf = (b: Buffer) => b.subarray(0, 5).toString() === '%PDF-' && b.subarray(-6).toString().includes('%%EOF');
const isZip = (b: Buffer) => b[0] === 0x50 && b[1] === 0x4b;

describe('render', () => {
  it('makes the PDF and the XLSX from one layout, or only the one asked for', async () => {
    const decl = loadExample('机关服务费');
    const both = await render(decl);
    expect(isPdf(both.pdf!)).toBe(true);
    expect(isZip(both.xlsx!)).toBe(true);
    expect(both.layout.pages.length).toBeGreaterThan(0);
    expect(both.missingGlyphs).toEqual([]);
    const pdf = await render(decl, { pdf: true });
    expect(pdf.pdf!.equals(both.pdf!)).toBe(true);
    expect(pdf.xlsx).toBeUndefined();
    const xlsx = await render(decl, { xlsx: true });
    expect(xlsx.pdf).toBeUndefined();
    expect(xlsx.xlsx!.equals(both.xlsx!)).toBe(true);
  });

  it('a character no font covers: no documents, the characters with their fields instead', async () => {
    const base = loadExample('机关服务费');
    const decl: Declaration = { ...base, name: { ...base.name, value: '机关服务费\u{10FFFD}' } };
    const r = await render(decl);
    expect(r.pdf).toBeUndefined();
    expect(r.missingGlyphs).toEqual([{ char: '\u{10FFFD}', codePoint: 0x10fffd, path: ['项目名称'] }]);
    const out = tempDir();
    const files = await renderToFiles(decl, { pdf: join(out, 'x.pdf'), xlsx: join(out, 'x.xlsx') });
    expect(files.written).toEqual([]);
    expect(readdirSync(out)).toEqual([]);
  });

  it('a --font that cannot be used is a FontLoadError in plain words', async () => {
    const decl = loadExample('机关服务费');
    await expect(render(decl, { font: '/no/such/font.ttf' })).rejects.toBeInstanceOf(FontLoadError);
    const woff = join(tempDir(), 'x.woff2');
    writeFileSync(woff, 'wOF2....');
    await expect(render(decl, { font: woff })).rejects.toMatchObject({ text: { zh: expect.stringContaining('WOFF') } });
  });
});

describe('renderToFiles', () => {
  it('writes the pair, never touching the input beside them', async () => {
    const dir = fixtureDir({ 'a.yaml': exampleText('机关服务费') });
    const before = statSync(join(dir, 'a.yaml'));
    const decl = checkText(exampleText('机关服务费'), join(dir, 'a.yaml')).declaration!;
    const r = await renderToFiles(decl, { pdf: join(dir, 'a.pdf'), xlsx: join(dir, 'a.xlsx') });
    expect(r.written).toEqual([join(dir, 'a.pdf'), join(dir, 'a.xlsx')]);
    expect(readdirSync(dir).sort()).toEqual(['a.pdf', 'a.xlsx', 'a.yaml']);
    expect(statSync(join(dir, 'a.yaml')).mtimeMs).toBe(before.mtimeMs);
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(exampleText('机关服务费'));
    expect(readFileSync(join(dir, 'a.pdf')).equals((await render(decl, { pdf: true })).pdf!)).toBe(true);
  });

  it('writes only the formats given', async () => {
    const out = tempDir();
    await renderToFiles(loadExample('机关服务费'), { xlsx: join(out, 'a.xlsx') });
    expect(readdirSync(out)).toEqual(['a.xlsx']);
  });

  it('a pair that cannot be written changes neither file, and says which file and why', async () => {
    const out = tempDir();
    writeFileSync(join(out, 'a.pdf'), 'the previous PDF');
    mkdirSync(join(out, 'a.xlsx'));
    const err = await renderToFiles(loadExample('机关服务费'), { pdf: join(out, 'a.pdf'), xlsx: join(out, 'a.xlsx') }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutputError);
    expect(err).toMatchObject({ code: 'EISDIR', file: join(out, 'a.xlsx') });
    expect((err as OutputError).text.zh).toBe(`无法写出“${join(out, 'a.xlsx')}”：已有同名的文件夹。“a.pdf”和“a.xlsx”都没有改动。`);
    expect(readFileSync(join(out, 'a.pdf'), 'utf8')).toBe('the previous PDF');
    expect(readdirSync(out).sort()).toEqual(['a.pdf', 'a.xlsx']);
  });
});
