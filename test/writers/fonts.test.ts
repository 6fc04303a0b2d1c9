import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FontLoadError, loadFace, parseFontSpec } from '../../src/fonts/load-face.js';
import { loadFontSet } from '../../src/fonts/font-set.js';
import type { Declaration } from '../../src/model/declaration.js';
import { layoutDeclaration, render } from '../../src/api/render.js';
import { loadExample } from '../helpers/examples.js';
import { readPdf, squash } from './read-pdf.js';
import { rmSync } from 'node:fs';

const require = createRequire(import.meta.url);
// pdfjs-dist (a dev dependency) ships Liberation Sans: a Latin-only font, ideal to test fallback.
const LATIN = require.resolve('pdfjs-dist/standard_fonts/LiberationSans-Regular.ttf');
const LATIN_BOLD = require.resolve('pdfjs-dist/standard_fonts/LiberationSans-Bold.ttf');
const dir = mkdtempSync(join(tmpdir(), 'declare-fonts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A TrueType collection of the given fonts (table offsets become relative to the collection's start). */
function buildTtc(fonts: Buffer[]): Buffer {
  const headerLen = 12 + 4 * fonts.length;
  let offset = headerLen;
  const offsets: number[] = [];
  const parts: Buffer[] = [];
  for (const f of fonts) {
    const copy = Buffer.concat([f, Buffer.alloc((4 - (f.length % 4)) % 4)]);
    const numTables = copy.readUInt16BE(4);
    for (let i = 0; i < numTables; i++) copy.writeUInt32BE(copy.readUInt32BE(12 + 16 * i + 8) + offset, 12 + 16 * i + 8);
    offsets.push(offset);
    parts.push(copy);
    offset += copy.length;
  }
  const header = Buffer.alloc(headerLen);
  header.write('ttcf', 0, 'latin1');
  header.writeUInt32BE(0x00010000, 4);
  header.writeUInt32BE(fonts.length, 8);
  offsets.forEach((o, i) => header.writeUInt32BE(o, 12 + 4 * i));
  return Buffer.concat([header, ...parts]);
}

const withName = (d: Declaration, name: string): Declaration => ({ ...d, name: { ...d.name, value: name } });

describe('missing glyphs', () => {
  it('reports a character no font covers, with its path, and renders nothing', async () => {
    const decl = loadExample('网络宣传工作');
    const r = await render(withName(decl, `网络宣传\u{10FFFD}工作`), { pdf: true, xlsx: true });
    expect(r.missingGlyphs).toEqual([{ char: '\u{10FFFD}', codePoint: 0x10fffd, path: ['项目名称'] }]);
    expect(r.pdf).toBeUndefined();
    expect(r.xlsx).toBeUndefined();
  });

  it('reports an emoji in an indicator at the indicator, once per place', async () => {
    const decl = loadExample('重大活动保障');
    const l1 = decl.indicators.groups[0]!;
    const l2 = l1.groups[0]!;
    const ind = l2.items[0]!;
    const changed: Declaration = {
      ...decl,
      name: { ...decl.name, value: '重大活动😀保障😀' },
      indicators: {
        ...decl.indicators,
        groups: [{ ...l1, groups: [{ ...l2, items: [{ ...ind, name: `${ind.name}😀` }, ...l2.items.slice(1)] }, ...l1.groups.slice(1)] }, ...decl.indicators.groups.slice(1)],
      },
    };
    const r = await render(changed, { pdf: true, xlsx: false });
    expect(r.missingGlyphs).toEqual([
      { char: '😀', codePoint: 0x1f600, path: ['项目名称'] },
      { char: '😀', codePoint: 0x1f600, path: ind.path },
    ]);
  });

  it('covers every character of the six examples, including ≥ ≤ and full-width punctuation', () => {
    for (const name of ['网络宣传工作', '网络安全和信息化工作', '宣传文化发展专项资金项目']) {
      expect(layoutDeclaration(loadExample(name)).missingGlyphs).toEqual([]);
    }
  });

  it('ignores invisible format characters instead of drawing boxes for them', () => {
    const decl = withName(loadExample('重大活动保障'), '重大\u200B活动\uFE0F保障');
    const { missingGlyphs, layout } = layoutDeclaration(decl);
    expect(missingGlyphs).toEqual([]);
    expect(layout.pages[0]!.texts.map((t) => t.text)).toContain('重大活动保障');
  });
});

describe('fonts', () => {
  it('parses font specs with a collection face name', () => {
    expect(parseFontSpec('/f/simsun.ttc#SimSun')).toEqual({ path: '/f/simsun.ttc', faceName: 'SimSun' });
    expect(parseFontSpec(LATIN)).toEqual({ path: LATIN });
    const hashed = join(dir, 'a#b.ttf');
    writeFileSync(hashed, readFileSync(LATIN));
    expect(parseFontSpec(hashed)).toEqual({ path: hashed }); // an existing path is taken whole
  });

  it('refuses WOFF fonts by name and by content, with a way out', () => {
    const woff = join(dir, 'x.woff2');
    writeFileSync(woff, 'wOF2 not really');
    expect(() => loadFace(woff, 't1')).toThrow(FontLoadError);
    expect(() => loadFace(woff, 't1')).toThrow(/WOFF.*TTF/);
    const disguised = join(dir, 'disguised.ttf');
    writeFileSync(disguised, Buffer.concat([Buffer.from('wOFF'), Buffer.alloc(64)]));
    expect(() => loadFace(disguised, 't2')).toThrow(/WOFF/);
  });

  it('explains unreadable and non-font files', () => {
    expect(() => loadFace(join(dir, 'nope.ttf'), 't3')).toThrow(/cannot read font/);
    const junk = join(dir, 'junk.ttf');
    writeFileSync(junk, 'this is not a font at all, just some text');
    expect(() => loadFace(junk, 't4')).toThrow(FontLoadError);
  });

  it('loads each font once per process', () => {
    expect(loadFontSet()).toBe(loadFontSet());
    expect(loadFontSet({ font: LATIN })).toBe(loadFontSet({ font: LATIN }));
  });

  it('uses the user font first and the bundled font for characters it lacks', async () => {
    const fonts = loadFontSet({ font: LATIN });
    expect(fonts.sheetFontName).toBe('Liberation Sans');
    const decl = loadExample('网络宣传工作');
    const { layout, missingGlyphs } = layoutDeclaration(decl, { font: LATIN });
    expect(missingGlyphs).toEqual([]);
    const runs = layout.pages.flatMap((p) => p.texts);
    expect(runs.find((t) => t.text === '2025-01-01')!.face).toBe('user');
    expect(runs.find((t) => t.text === '网络宣传工作')!.face).toBe('NotoSerifSC-Regular');
    expect(runs.find((t) => t.text === '财政项目支出绩效目标申报表')!.face).toBe('NotoSerifSC-Bold');
    // Bold Latin in a font without a bold is emboldened by the PDF backend.
    const paren = runs.find((t) => t.text.startsWith('(/') && t.face === 'user')!;
    expect(paren.fauxBold).toBe(true);
    const r = await render(decl, { pdf: true, xlsx: false, font: LATIN });
    const text = squash((await readPdf(r.pdf!)).pages.join(''));
    expect(text).toContain('2025-01-01');
    expect(text).toContain('≥20.00(次)');
    expect(r.pdf!.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+LiberationSans\b/);
  });

  it('picks a face of a TTC by name, or the first face', () => {
    const ttc = join(dir, 'liberation.ttc');
    writeFileSync(ttc, buildTtc([readFileSync(LATIN), readFileSync(LATIN_BOLD)]));
    expect(loadFace(ttc, 'c1').font.postscriptName).toBe('LiberationSans');
    expect(loadFace(`${ttc}#LiberationSans-Bold`, 'c2').font.postscriptName).toBe('LiberationSans-Bold');
    expect(loadFace(`${ttc}#liberation sans bold`, 'c3').font.postscriptName).toBe('LiberationSans-Bold');
    expect(() => loadFace(`${ttc}#SimSun`, 'c4')).toThrow(/no face named SimSun.*LiberationSans, LiberationSans-Bold/);
    expect(() => loadFace(`${LATIN}#x`, 'c5')).toThrow(/single font, not a collection/);
  });
});
