import { describe, expect, it } from 'vitest';
import { A4_PORTRAIT } from '../../src/layout/page-setup.js';
import { collectBytes, writeDocument } from '../../src/documents/write-document.js';
import { numberPages } from '../../src/layout/page.js';
import { layoutDeclaration, render } from '../../src/api/render.js';
import { exampleFiles, loadExample } from '../helpers/examples.js';
import { syntheticDeclaration } from '../layout/synthetic.js';
import { expectedReadingOrder } from './expected.js';
import { firstOutOfOrder, readPdf, squash } from './read-pdf.js';

const names = exampleFiles().map((f) => f.split('/').pop()!.replace(/\.yaml$/, ''));

describe('PDF', () => {
  it.each(names)('%s: every field, amount, goal and indicator is in the PDF text, in reading order', async (name) => {
    const decl = loadExample(name);
    const { pdf } = await render(decl, { pdf: true, xlsx: false });
    const read = await readPdf(pdf!);
    expect(read.pages).toHaveLength(layoutDeclaration(decl).layout.pages.length);
    const all = squash(read.pages.join(''));
    expect(firstOutOfOrder(all, expectedReadingOrder(decl))).toBeUndefined();
    expect(read.info.Title).toBe(decl.name.value);
    // No page numbers, as on the published forms.
    for (const p of read.pages) expect(p).not.toMatch(/第 \d+ 页/);
  });

  it('prints 第 N 页 共 M 页 at the foot of every page when asked', async () => {
    const decl = loadExample('网络宣传工作');
    const read = await readPdf((await render(decl, { pdf: true, pageNumbers: true })).pdf!);
    expect(read.pages.length).toBe(2);
    read.pages.forEach((p, i) => expect(p).toContain(`第 ${i + 1} 页 共 2 页`));
  });

  it('extracts ≥ ≤ = and full-width punctuation as the same characters', async () => {
    const decl = loadExample('网络宣传工作');
    const read = await readPdf((await render(decl, { pdf: true, xlsx: false })).pdf!);
    const all = read.pages.join('');
    for (const s of ['≤1.10(万元/次)', '≥20.00(次)', '=100.00(%)', '≥90(%)', '进一步净化', '主流新媒体调研、检查、督查次数', '（2025年度）', '项目资金（元）'.slice(0, 4)]) {
      expect(all).toContain(s);
    }
    expect(all).toMatch(/加强网络生态整治，/);
    expect(all).not.toMatch(/[\uFFFD\uE000-\uF8FF]/); // no replacement or private-use characters
  });

  it('paginates 150 indicators and long goals with repeated headers, as the layout said', async () => {
    const decl = syntheticDeclaration();
    const layout = layoutDeclaration(decl).layout;
    const pages = layout.pages.length;
    const read = await readPdf((await render(decl, { pdf: true, xlsx: false })).pdf!);
    expect(read.pages).toHaveLength(pages);
    expect(pages).toBeGreaterThanOrEqual(6);
    // Each page shows exactly the text layout placed on it.
    read.pages.forEach((p, i) => {
      expect(squash(p)).toBe(squash(layout.pages[i]!.texts.map((t) => t.text).join('')));
    });
    // The goals, split across pages, lose nothing.
    for (const [path, goal] of [['项目总目标', decl.goals.overall!.value], ['年度总体目标', decl.goals.annual.value]] as const) {
      const shown = layout.pages.flatMap((p) => p.texts.filter((t) => t.path[1] === path && t.path.length === 2).map((t) => t.text));
      const label = path === '项目总目标' ? '项目总目标（2025年-2027年）' : path;
      expect(squash(shown.join('')).replace(label, '')).toBe(squash(goal)); // the column label comes first
    }
    const header = '一级指标二级指标三级指标年度(/项目)指标值';
    const withHeader = read.pages.filter((p) => squash(p).includes(header)).length;
    const firstIndicatorPage = read.pages.findIndex((p) => squash(p).includes(header));
    expect(firstIndicatorPage).toBeGreaterThan(0);
    expect(withHeader).toBe(pages - firstIndicatorPage);
    const withoutGoals = expectedReadingOrder(decl).filter((s) => s !== decl.goals.overall?.value && s !== decl.goals.annual.value);
    expect(firstOutOfOrder(squash(read.pages.join('')), withoutGoals)).toBeUndefined();
  });

  it('is byte-for-byte reproducible, and SOURCE_DATE_EPOCH sets its date', async () => {
    const decl = loadExample('重大活动保障');
    const a = (await render(decl, { pdf: true, xlsx: false })).pdf!;
    const b = (await render(decl, { pdf: true, xlsx: false })).pdf!;
    expect(a.equals(b)).toBe(true);
    const saved = process.env.SOURCE_DATE_EPOCH;
    process.env.SOURCE_DATE_EPOCH = '1700000000';
    try {
      const c = (await render(decl, { pdf: true, xlsx: false })).pdf!;
      expect(c.equals(a)).toBe(false);
      expect((await readPdf(c)).info.CreationDate).toBe('D:20231114221320Z');
      const d = (await render(decl, { pdf: true, xlsx: false })).pdf!;
      expect(d.equals(c)).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
      else process.env.SOURCE_DATE_EPOCH = saved;
    }
  });

  it('embeds only subsets of the fonts', async () => {
    const { pdf } = await render(loadExample('重大活动保障'), { pdf: true, xlsx: false });
    expect(pdf!.length).toBeLessThan(300_000); // the full fonts are 15 MB each
    expect(pdf!.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSerifSC-Regular/);
    expect(pdf!.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSerifSC-Bold/);
  });

  it('draws several sheets into one document: each on new pages, numbered across, one outline entry each', async () => {
    const a = layoutDeclaration(loadExample('网络宣传工作'));
    const b = layoutDeclaration(loadExample('重大活动保障'));
    const total0 = a.layout.pages.length + b.layout.pages.length;
    const { out, bytes } = collectBytes();
    const outline = {
      title: '2025年度项目绩效目标汇总表',
      date: new Date(Date.UTC(2025, 0, 1)),
      sheets: [
        { name: '网络宣传工作', bookmark: '网络宣传工作', orientation: 'portrait' as const },
        { name: '重大活动保障', bookmark: '重大活动保障', orientation: 'portrait' as const },
      ],
    };
    const number = (pages: typeof a.layout.pages, first: number) => numberPages(pages, A4_PORTRAIT, a.fonts, { first, total: total0, face: a.fonts.primary.regular });
    await writeDocument(outline, a.fonts, [{ format: 'pdf', out }], [
      { layout: a.layout, pages: number(a.layout.pages, 1) },
      { layout: b.layout, pages: number(b.layout.pages, 1 + a.layout.pages.length) },
    ]);
    const pdf = await bytes;
    const read = await readPdf(pdf);
    const total = a.layout.pages.length + b.layout.pages.length;
    expect(read.pages).toHaveLength(total);
    expect(read.outline).toEqual(['网络宣传工作', '重大活动保障']);
    expect(read.info.Title).toBe('2025年度项目绩效目标汇总表');
    expect(read.pages[a.layout.pages.length]!.startsWith('财政项目支出绩效目标申报表')).toBe(true);
    read.pages.forEach((p, i) => expect(p).toContain(`第 ${i + 1} 页 共 ${total} 页`));
  });
});
