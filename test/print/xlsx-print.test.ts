import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { layoutDeclaration, render } from '../../src/api/render.js';
import { summarize } from '../../src/api/summarize.js';
import { createConfigResolver } from '../../src/config/resolve.js';
import { INDICATOR_HEADER } from '../../src/forms/index.js';
import type { SheetLayout } from '../../src/layout/layout-sheet.js';
import { allIndicators, type Declaration } from '../../src/model/declaration.js';
import { tempDir } from '../helpers/cli.js';
import { EXAMPLES, exampleFiles, loadExample } from '../helpers/examples.js';
import { syntheticDeclaration } from '../layout/synthetic.js';
import { readPdf } from '../writers/read-pdf.js';

// npm run check:print (CHECK_PRINT=1) — the XLSX printed through LibreOffice (soffice --headless --convert-to
// pdf), page by page: too slow for every test run, run before changing how workbooks are drawn. Needs
// `apt-get install -y libreoffice-calc-nogui fonts-arphic-uming`: 宋体 is mapped to AR PL UMing, a 宋体-like
// font, as on a machine without SimSun.

const soffice = process.env.CHECK_PRINT === '1' && spawnSync('soffice', ['--version']).status === 0;
const squash = (s: string) => s.replace(/\s+/g, '');
const out = soffice ? tempDir('declare-print-') : '';

function fontconfig(): string {
  const file = join(out, 'fonts.conf');
  const alias = (family: string) => `<alias binding="same"><family>${family}</family><prefer><family>AR PL UMing CN</family></prefer></alias>`;
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>${alias('宋体')}${alias('SimSun')}</fontconfig>\n`,
  );
  return file;
}

/** Print workbooks through LibreOffice; the pages' text of each. */
async function printed(files: readonly string[]): Promise<Map<string, readonly string[]>> {
  const dir = join(out, 'lo');
  mkdirSync(dir, { recursive: true });
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${join(out, 'profile')}`, '--convert-to', 'pdf', '--outdir', dir, ...files], {
    env: { ...process.env, FONTCONFIG_FILE: fontconfig() },
    stdio: 'ignore',
    timeout: 600_000,
  });
  const result = new Map<string, readonly string[]>();
  for (const f of files) {
    const pdf = join(dir, f.split('/').pop()!.replace(/\.xlsx$/, '.pdf'));
    result.set(f, (await readPdf(readFileSync(pdf))).pages.map(squash));
  }
  return result;
}

interface Form {
  readonly decl: Declaration;
  readonly layout: SheetLayout;
  readonly file: string;
}

const forms: Form[] = [];
let pages: Map<string, readonly string[]>;
let summaryFile: string;

beforeAll(async () => {
  if (!soffice) return;
  const decls = [...exampleFiles().map((f) => loadExample(f.split('/').pop()!)), syntheticDeclaration({ indicators: 300, goalLength: 20_000 })];
  for (const [i, decl] of decls.entries()) {
    const file = join(out, `${i}.xlsx`);
    writeFileSync(file, (await render(decl, { xlsx: true })).xlsx!);
    forms.push({ decl, layout: layoutDeclaration(decl).layout, file });
  }
  const s = await summarize([EXAMPLES], { outDir: join(out, 'summary'), configs: createConfigResolver({ cwd: out }) });
  summaryFile = s.kind === 'written' ? s.xlsx : '';
  pages = await printed([...forms.map((f) => f.file), summaryFile]);
}, 900_000);

describe.skipIf(!soffice)('XLSX printed through LibreOffice', () => {
  it('prints every form on as many pages as its PDF, the summary on as many as the published 汇总表 (10)', () => {
    for (const f of forms) expect(pages.get(f.file)!.length, f.decl.name.value).toBe(f.layout.pages.length);
    expect(pages.get(summaryFile)!.length).toBe(10);
  });

  it('starts every page that holds indicator rows with the indicator header, and shows on it the 绩效指标, 一级 and 二级 labels of its first row', () => {
    for (const f of forms) {
      const printedPages = pages.get(f.file)!;
      const indicators = allIndicators(f.decl);
      f.layout.pages.forEach((laid, i) => {
        const text = printedPages[i]!;
        const firstRow = laid.structure.rows.find((r) => !r.repeated && f.layout.sheet.grid.cells.some((c) => c.row === r.row && c.path[0] === '绩效指标' && c.path.length === 5));
        if (!firstRow) return;
        const ind = indicators.find((x) => f.layout.sheet.grid.cells.some((c) => c.row === firstRow.row && c.text === x.name))!;
        const where = `${f.decl.name.value} page ${i + 1}`;
        for (const h of INDICATOR_HEADER) expect(text, where).toContain(squash(h));
        expect(text, where).toContain('绩效指标');
        expect(text, where).toContain(squash(ind.level1));
        expect(text, where).toContain(squash(ind.level2));
      });
    }
  });

  it('puts all text of the form on the printed pages: each cell, or each part of a cell the PDF continues on the next page, on its page', () => {
    for (const f of forms) {
      const printedPages = pages.get(f.file)!;
      f.layout.pages.forEach((laid, i) => {
        for (const pc of laid.structure.cells) {
          const c = f.layout.sheet.grid.cells[pc.cell]!;
          if (c.text === '' || c.amount !== undefined) continue;
          const want = squash(f.layout.measured.cells[pc.cell]!.lines.slice(pc.from, pc.to).join(''));
          if (want !== '') expect(printedPages[i]!.includes(want), `${f.decl.name.value} page ${i + 1}: ${want.slice(0, 40)}…`).toBe(true);
        }
      });
    }
  });
});
