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
        expect(spec, `${f} imports ${spec}`).not.toMatch(/^(node:|fs$|pdfkit|exceljs|fflate|fontkit)|\/fonts\/|\/writers\//);
      }
    }
  });

  it('forms are data: templates and their fillers read no files, fonts or writers, and layout knows no form', () => {
    for (const f of [...tsFiles('src/forms'), ...tsFiles('src/forms/templates')]) {
      for (const spec of imports(f)) expect(spec, `${f} imports ${spec}`).not.toMatch(/^(node:|fs$|pdfkit|exceljs|fontkit)|\/fonts\/|\/writers\/|\/summary\//);
    }
    for (const f of tsFiles('src/layout')) for (const spec of imports(f)) expect(spec, f).not.toMatch(/\/forms\//);
  });

  it('pdfkit is loaded only when a PDF is written', () => {
    const specs = imports(join(ROOT, 'src/writers/document-writer.ts'));
    expect(specs.filter((s) => /pdfkit|\.\/pdf\.js/.test(s))).toEqual([]);
    expect(readFileSync(join(ROOT, 'src/writers/document-writer.ts'), 'utf8')).toMatch(/await import\('\.\/pdf\.js'\)/);
  });

  it('only writers/pdf.ts talks to pdfkit, only writers/xlsx/zip.ts (and the importer\'s import/xlsx/unzip.ts) to fflate, and nothing to exceljs or jszip', () => {
    const src = (dir: string): string[] =>
      readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? src(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(ROOT, dir, e.name)] : []));
    for (const f of src('src')) {
      const specs = imports(f);
      expect(specs.filter((s) => /^(exceljs|jszip)/.test(s)), f).toEqual([]);
      if (!f.endsWith('writers/pdf.ts')) expect(specs.filter((s) => s === 'pdfkit'), f).toEqual([]);
      if (!f.endsWith('writers/xlsx/zip.ts') && !f.endsWith('import/xlsx/unzip.ts')) expect(specs.filter((s) => s === 'fflate'), f).toEqual([]);
    }
  });
});
