import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { render } from '../../src/api/render.js';
import { summarize } from '../../src/api/summarize.js';
import { importFile } from '../../src/api/import.js';
import { declarationData } from '../../src/import/data.js';
import type { Declaration } from '../../src/model/declaration.js';
import { tempDir } from '../helpers/cli.js';
import { checkText, EXAMPLES, exampleFiles, loadExample } from '../helpers/examples.js';
import { generatedYaml } from '../import/generated.js';
import { importForms } from '../import/import-forms.js';

/**
 * `npm run check:print`: another producer's PDF. Our XLSX files are printed
 * to PDF by LibreOffice — its own fonts, line wrapping, page breaks, merged
 * cells cut at page breaks, repeated title rows — and imported: every form
 * must give back the declaration it was made from. LibreOffice is too heavy
 * for .ci/run (`apt-get install libreoffice-calc-nogui`), so this runs only
 * when asked (CHECK_PRINT=1) and where soffice exists. The same XLSX files
 * opened and saved again by LibreOffice (which writes line breaks as `&#10;`)
 * must import too.
 */
const soffice = ['soffice', 'libreoffice'].find((c) => spawnSync('which', [c]).status === 0);
const enabled = process.env.CHECK_PRINT === '1' && soffice !== undefined;

function printToPdf(xlsxFiles: readonly string[], outDir: string): void {
  convert(xlsxFiles, 'pdf', outDir);
}

function convert(files: readonly string[], to: string, outDir: string): void {
  const profile = pathToFileURL(tempDir('declare-lo-profile-')).href;
  const r = spawnSync(soffice!, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', to, '--outdir', outDir, ...files], { encoding: 'utf8', timeout: 600_000 });
  if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
}

describe.skipIf(!enabled)('XLSX printed to PDF by LibreOffice, then imported', () => {
  it('the six examples, three generated declarations and the summary give their declarations back', async () => {
    const work = tempDir('declare-print-');
    const xlsxDir = join(work, 'xlsx');
    mkdirSync(xlsxDir);
    const originals = new Map<string, Declaration>();
    for (const f of exampleFiles()) originals.set(basename(f, '.yaml'), loadExample(basename(f, '.yaml')));
    for (const o of [
      { name: '跨年度长目标项目', indicators: 40, goalLength: 5000, multiYear: true },
      { name: '三百项指标项目', indicators: 300, goalLength: 400, multiYear: false },
      { name: '全部指标类别项目', indicators: 60, goalLength: 1200, multiYear: true },
    ]) originals.set(o.name, checkText(generatedYaml(o)).declaration!);
    for (const [name, decl] of originals) writeFileSync(join(xlsxDir, `${name}.xlsx`), (await render(decl, { xlsx: true })).xlsx!);
    // The published 汇总表 and the one with the overview and page numbers.
    const summaries: string[] = [];
    for (const [i, variant] of [{}, { overview: true, pageNumbers: true }].entries()) {
      const summary = await summarize([EXAMPLES], { outDir: join(work, `summary-${i}`), ...variant });
      expect(summary.kind).toBe('written');
      if (summary.kind !== 'written') return;
      const copy = join(work, `summary-${i}.xlsx`);
      copyFileSync(summary.xlsx, copy);
      summaries.push(copy);
    }

    const pdfDir = join(work, 'pdf');
    printToPdf([...readdirSync(xlsxDir).map((f) => join(xlsxDir, f)), ...summaries], pdfDir);

    const failures: string[] = [];
    for (const [name, decl] of originals) {
      const forms = await importForms(readFileSync(join(pdfDir, `${name}.pdf`)));
      if (forms.length !== 1 || JSON.stringify(declarationData(forms[0]!)) !== JSON.stringify(declarationData(decl))) failures.push(name);
    }
    const examples = exampleFiles().map((f) => originals.get(basename(f, '.yaml'))!);
    for (const summary of summaries) {
      const fromSummary = await importForms(readFileSync(join(pdfDir, basename(summary).replace(/\.xlsx$/, '.pdf'))));
      expect(fromSummary.map((d) => d.name.value)).toEqual(examples.map((d) => d.name.value));
      fromSummary.forEach((d, i) => JSON.stringify(declarationData(d)) !== JSON.stringify(declarationData(examples[i]!)) && failures.push(`${basename(summary)}: ${d.name.value}`));
    }
    expect(failures).toEqual([]);
  }, 900_000);

  it('the XLSX files opened and saved again by LibreOffice give their declarations back, byte for byte', async () => {
    const work = tempDir('declare-resave-');
    const xlsxDir = join(work, 'xlsx');
    mkdirSync(xlsxDir);
    const originals = new Map<string, string>();
    for (const f of exampleFiles()) {
      const name = basename(f, '.yaml');
      originals.set(name, readFileSync(f, 'utf8'));
      writeFileSync(join(xlsxDir, `${name}.xlsx`), (await render(loadExample(name), { xlsx: true })).xlsx!);
    }
    const summary = await summarize([EXAMPLES], { outDir: join(work, 'summary'), overview: true, pageNumbers: true });
    if (summary.kind !== 'written') throw new Error(summary.kind);
    copyFileSync(summary.xlsx, join(xlsxDir, 'summary.xlsx'));
    const saved = join(work, 'saved');
    convert(readdirSync(xlsxDir).map((f) => join(xlsxDir, f)), 'xlsx:Calc MS Excel 2007 XML', saved);

    const failures: string[] = [];
    for (const [name, text] of originals) {
      const r = await importFile(join(saved, `${name}.xlsx`));
      if (!r.ok || r.declarations.length !== 1 || r.declarations[0]!.text !== text) failures.push(name);
    }
    const fromSummary = await importFile(join(saved, 'summary.xlsx'));
    expect(fromSummary.ok && fromSummary.declarations.map((d) => d.name)).toEqual([...originals.keys()]);
    if (fromSummary.ok) fromSummary.declarations.forEach((d) => d.text !== originals.get(d.name!) && failures.push(`summary: ${d.name}`));
    expect(failures).toEqual([]);
  }, 900_000);
});
