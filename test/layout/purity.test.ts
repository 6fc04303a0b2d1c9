import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/examples.js';

const imports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^\s*import\s[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]!);
const tsFiles = (dir: string) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).map((f) => join(ROOT, dir, f));

describe('module boundaries', () => {
  it('layout is pure: no files, no fonts, no PDF or spreadsheet library', () => {
    for (const f of tsFiles('src/layout')) {
      for (const spec of imports(f)) {
        expect(spec, `${f} imports ${spec}`).not.toMatch(/^(node:|fs$|pdfkit|exceljs|jszip|fontkit)|\/fonts\/|\/render\//);
      }
    }
  });

  it('forms are data: templates and their fillers read no files, fonts or writers, and layout knows no form', () => {
    for (const f of [...tsFiles('src/forms'), ...tsFiles('src/forms/templates')]) {
      for (const spec of imports(f)) expect(spec, `${f} imports ${spec}`).not.toMatch(/^(node:|fs$|pdfkit|exceljs|fontkit)|\/fonts\/|\/render\/|\/writers\/|\/summary\//);
    }
    for (const f of tsFiles('src/layout')) for (const spec of imports(f)) expect(spec, f).not.toMatch(/\/forms\//);
  });

  it('render/index loads pdfkit and exceljs only on demand', () => {
    for (const file of ['src/render/index.ts', 'src/render/documents.ts']) {
      for (const spec of imports(join(ROOT, file))) expect(spec, file).not.toMatch(/pdfkit|exceljs|jszip|\.\/pdf\.js|\.\/xlsx\.js/);
    }
    const documents = readFileSync(join(ROOT, 'src/render/documents.ts'), 'utf8');
    expect(documents).toMatch(/await import\('\.\/pdf\.js'\)/);
    expect(documents).toMatch(/await import\('\.\/xlsx\.js'\)/);
  });

  it('only render/xlsx.ts talks to exceljs, only render/pdf.ts to pdfkit', () => {
    const all = [...tsFiles('src/render'), ...tsFiles('src/fonts'), ...tsFiles('src/layout')];
    for (const f of all) {
      const specs = imports(f);
      if (!f.endsWith('xlsx.ts')) expect(specs.filter((s) => s === 'exceljs'), f).toEqual([]);
      if (!f.endsWith('pdf.ts')) expect(specs.filter((s) => s === 'pdfkit'), f).toEqual([]);
    }
  });
});
