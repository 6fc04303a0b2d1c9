import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { EXAMPLES, ROOT } from '../helpers/examples.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; types: string; exports: Record<string, { types: string; default: string } | string> };

describe('the package as a library (package.json exports)', () => {
  it('exports the API with its type declarations, and package.json', () => {
    expect(pkg.exports['./package.json']).toBe('./package.json');
    const main = pkg.exports['.'] as { types: string; default: string };
    expect(main.default).toBe('./dist/api.js');
    // tsc -p tsconfig.types.json (run when packaging) writes src/api/index.ts's declarations here.
    const types = JSON.parse(readFileSync(join(ROOT, 'tsconfig.types.json'), 'utf8')) as { compilerOptions: { rootDir: string; outDir: string }; include: string[] };
    expect(types.include).toContain('src/api/index.ts');
    expect(main.types).toBe(`./${types.compilerOptions.outDir}/api/index.d.ts`);
    expect(types.compilerOptions.rootDir).toBe('src');
    expect(pkg.types).toBe(main.types);
  });

  it('the built entry is the API: it validates and never prints', async () => {
    const file = join(ROOT, 'dist', 'api.js');
    expect(existsSync(file), 'npm test builds dist/ first').toBe(true);
    const api = (await import(pathToFileURL(file).href)) as typeof import('../../src/api/index.js');
    for (const name of ['validate', 'loadConfig', 'render', 'renderToFiles', 'summarize', 'formatReport', 'diagnosticMessage']) expect(typeof api[name as keyof typeof api], name).toBe('function');
    const r = await api.validate([{ file: 'x.yaml', text: '年度: 2025\n' }]);
    expect(r.kind === 'checked' && r.counts.errors).toBeGreaterThan(0);
  });

  it('the built entry imports forms and formats declarations', async () => {
    const api = (await import(pathToFileURL(join(ROOT, 'dist', 'api.js')).href)) as typeof import('../../src/api/index.js');
    const original = readFileSync(join(EXAMPLES, '机关服务费.yaml'), 'utf8');
    const checked = await api.validate([{ file: '机关服务费.yaml', text: original }], { models: true });
    const declaration = checked.kind === 'checked' ? checked.files[0]!.declaration : undefined;
    expect(declaration, 'the example validates').toBeDefined();
    const form = await api.render(declaration!, { pdf: true, xlsx: true });
    for (const bytes of [form.xlsx!, form.pdf!]) {
      const r = await api.importBytes(bytes, { lang: 'en' });
      expect(r.ok && r.declarations.map((d) => [d.name, d.unreadable.length])).toEqual([['机关服务费', 0]]);
      if (r.ok) expect(r.declarations[0]!.text).toBe(original);
    }
    const legacy = await api.importBytes(Buffer.from('d0cf11e0a1b11ae1' + '00'.repeat(504), 'hex'), { lang: 'en' });
    expect(!legacy.ok && [legacy.reason, /\.xlsx/.test(legacy.text)]).toEqual(['legacy-xls', true]);

    const messy = original.replace(/^  年度总体目标: /m, '  年度总体目标:   ').replace(/^    合计: 700,000\.00$/m, '    合计: 700000');
    expect(messy).not.toBe(original);
    const f = api.formatDeclaration('机关服务费.yaml', Buffer.from(messy));
    expect(f.ok && f.changed && f.text === original).toBe(true);
    expect(api.unifiedDiff('a.yaml', messy, original)).toContain('+');
  });

  it('importing the library loads neither pdf.js nor the XLSX reader; importing a document does', () => {
    const dist = join(ROOT, 'dist');
    const chunksWith = (marker: string) => readdirSync(dist).filter((f) => /\.c?js$/.test(f) && readFileSync(join(dist, f), 'utf8').includes(marker));
    const readers = { 'pdf.js': chunksWith('node_modules/pdfjs-dist/'), 'XLSX reader': chunksWith('src/import/xlsx/') };
    for (const [name, chunks] of Object.entries(readers)) expect(chunks.length, `${name} is in dist/`).toBeGreaterThan(0);
    const dir = tempDir();
    const loadedBy = (script: string) => {
      const trace = join(dir, `trace-${Math.random().toString(36).slice(2)}.txt`);
      const r = spawnSync(process.execPath, ['--import', join(ROOT, 'test', 'helpers', 'trace-modules.mjs'), '--input-type=module', '-e', `const api = await import(${JSON.stringify(pathToFileURL(join(dist, 'api.js')).href)}); ${script}`], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, DECLARE_TRACE_MODULES: trace },
      });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout, 'the library never prints').toBe('');
      return new Set(readFileSync(trace, 'utf8').split('\n').filter((u) => u.startsWith('file:')).map((u) => basename(fileURLToPath(u))));
    };
    const plain = loadedBy(`await api.validate([{ file: 'x.yaml', text: '年度: 2025\\n' }]); api.formatDeclaration('x.yaml', Buffer.from('年度: 2025\\n'));`);
    expect(plain.has('api.js')).toBe(true);
    for (const [name, chunks] of Object.entries(readers)) expect(chunks.filter((c) => plain.has(c)), `${name} loaded with the library`).toEqual([]);

    // The same trace sees them once a document is imported (so the check above can fail).
    const form = join(EXAMPLES, '机关服务费.yaml');
    const importing = loadedBy(
      `const c = await api.validate([${JSON.stringify(form)}], { models: true }); const f = await api.render(c.files[0].declaration, { pdf: true, xlsx: true }); for (const b of [f.pdf, f.xlsx]) if (!(await api.importBytes(b)).ok) process.exit(3);`,
    );
    for (const [name, chunks] of Object.entries(readers)) expect(chunks.some((c) => importing.has(c)), `${name} loaded by an import`).toBe(true);
  });
});
