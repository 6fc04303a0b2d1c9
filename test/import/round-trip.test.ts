import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { declarationData } from '../../src/import/data.js';
import type { Declaration } from '../../src/model/declaration.js';
import { render } from '../../src/api/render.js';
import { summarize } from '../../src/api/summarize.js';
import { tempDir } from '../helpers/cli.js';
import { checkText, EXAMPLES, exampleFiles, loadExample } from '../helpers/examples.js';
import { generatedYaml } from './generated.js';
import { importForms } from './import-forms.js';

async function roundTrip(decl: Declaration): Promise<void> {
  const { pdf, xlsx } = await render(decl, { pdf: true, xlsx: true });
  for (const [kind, bytes] of [['pdf', pdf!], ['xlsx', xlsx!]] as const) {
    const forms = await importForms(bytes);
    expect(forms, kind).toHaveLength(1);
    expect(declarationData(forms[0]!), kind).toEqual(declarationData(decl));
  }
}

describe('render → import gives the declaration back', () => {
  it.each(exampleFiles().map((f) => basename(f, '.yaml')))('%s (PDF and XLSX)', async (name) => {
    await roundTrip(loadExample(name));
  });

  const cases = [
    { name: '跨年度长目标项目', indicators: 40, goalLength: 5000, multiYear: true },
    { name: '三百项指标项目', indicators: 300, goalLength: 400, multiYear: false },
    { name: '全部指标类别项目', indicators: 60, goalLength: 1200, multiYear: true },
  ];
  it.each(cases)('generated: $name ($indicators indicators, goals of $goalLength characters)', async (o) => {
    const r = checkText(generatedYaml(o));
    expect(r.declaration, JSON.stringify(r.diagnostics.filter((d) => d.severity === 'error'))).toBeDefined();
    await roundTrip(r.declaration!);
  });
});

describe('summary → import gives every declaration back', () => {
  // The published 汇总表 (title, one form per page) and the one with the overview and page numbers.
  const variants = { published: {}, 'with overview and page numbers': { overview: true, pageNumbers: true } };
  it.each(Object.entries(variants))('%s: the summary PDF and XLSX each give the six examples, in order', async (_, variant) => {
    const dir = tempDir();
    const r = await summarize([EXAMPLES], { outDir: dir, ...variant });
    expect(r.kind).toBe('written');
    const outputs = readdirSync(dir).sort();
    expect(outputs).toHaveLength(2);
    const originals = exampleFiles().map((f) => loadExample(basename(f, '.yaml')));
    for (const out of outputs) {
      const forms = await importForms(readFileSync(join(dir, out)));
      expect(forms.map((f) => f.name.value), out).toEqual(originals.map((d) => d.name.value));
      forms.forEach((f, i) => expect(declarationData(f), `${out}: ${f.name.value}`).toEqual(declarationData(originals[i]!)));
    }
  });
});
