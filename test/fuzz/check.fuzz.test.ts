import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check/check-file.js';
import { RULES } from '../../src/check/rules/index.js';
import { jsonReporter } from '../../src/report/json.js';
import { prettyReporter } from '../../src/report/pretty.js';
import { countDiagnostics } from '../../src/report/types.js';
import { exampleFiles } from '../helpers/examples.js';
import { fuzzParams, mutatedFile } from './mutations.js';

const EXAMPLES = exampleFiles().map((f) => readFileSync(f, 'utf8'));
const RULE_IDS = new Set(RULES.map((r) => r.id));

describe('fuzzing the checker in process', () => {
  it('never throws, and every diagnostic is well-formed and printable', () => {
    fc.assert(
      fc.property(mutatedFile(EXAMPLES), (bytes) => {
        const r = checkFile('fuzz.yaml', bytes);
        for (const d of r.diagnostics) {
          expect(RULE_IDS.has(d.rule), d.rule).toBe(true);
          expect(d.span.line).toBeGreaterThanOrEqual(1);
          expect(d.span.column).toBeGreaterThanOrEqual(1);
          expect(['error', 'warning']).toContain(d.severity);
          expect(d.message.zh.length).toBeGreaterThan(0);
          expect(d.message.en.length).toBeGreaterThan(0);
        }
        // Only a file without errors yields a model, and then always.
        expect(Boolean(r.declaration)).toBe(r.diagnostics.every((d) => d.severity !== 'error'));
        const files = [{ file: r.file, diagnostics: r.diagnostics, ...(r.text !== undefined && { text: r.text }) }];
        const json = JSON.parse(jsonReporter(files, countDiagnostics(files), { lang: 'zh', color: false }));
        expect(json.files).toBe(1);
        expect(json.diagnostics).toHaveLength(r.diagnostics.length);
        expect(prettyReporter(files, countDiagnostics(files), { lang: 'en', color: true })).toContain('Checked 1 file');
      }),
      fuzzParams(400),
    );
  });

  it('laying out any declaration that validates never throws', async () => {
    const { layoutDeclaration } = await import('../../src/api/render.js');
    fc.assert(
      fc.property(mutatedFile(EXAMPLES), (bytes) => {
        const r = checkFile('fuzz.yaml', bytes);
        if (!r.declaration) return;
        const laid = layoutDeclaration(r.declaration);
        expect(laid.layout.pages.length).toBeGreaterThan(0);
      }),
      fuzzParams(60),
    );
  });
});
