import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/examples.js';

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
});
