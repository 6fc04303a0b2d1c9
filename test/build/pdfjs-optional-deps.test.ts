import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/examples.js';

/**
 * pdf.js tries its optional `canvas` and `path2d` packages (to draw pages,
 * which declare never does). scripts/bundle.mjs resolves both to a module
 * that throws, so dist/ does not depend on whether npm installed them: a
 * canvas without its native binary once broke every build from a fresh clone
 * (`npm install <folder>`), and a present path2d was bundled. `npm test`
 * builds dist/ first.
 */
const DIST = join(ROOT, 'dist');
const code = () => readdirSync(DIST).filter((f) => /\.c?js$/.test(f));
const read = (f: string) => readFileSync(join(DIST, f), 'utf8');

describe("pdf.js's optional canvas and path2d in the bundle", () => {
  it('are never imported by name from dist/ (a consumer’s own canvas would be picked up) nor bundled', () => {
    for (const f of code()) expect(read(f), f).not.toMatch(/import\(\s*(?:\/\*[^*]*\*\/\s*)?["'](?:canvas|path2d)["']\s*\)/);
    const licences = readFileSync(join(DIST, 'THIRD-PARTY-LICENSES.txt'), 'utf8');
    expect(licences).not.toMatch(/^(?:canvas|path2d) \d/m);
    expect(licences).toMatch(/^pdfjs-dist \d/m);
  });

  it('resolve to one stub, imported by pdf.js, that throws when loaded (pdf.js then goes on without them)', async () => {
    const stubs = code().filter((f) => read(f).includes('declare-cli does not bundle canvas or path2d'));
    expect(stubs).toHaveLength(1);
    const importers = code().filter((f) => read(f).includes(`import("./${stubs[0]}")`));
    expect(importers.length).toBeGreaterThan(0);
    for (const f of importers) expect(read(f)).toMatch(/pdfjs|PDFJS|pdf\.js/i);
    await expect(import(pathToFileURL(join(DIST, stubs[0]!)).href)).rejects.toThrow(/canvas or path2d/);
  });
});
