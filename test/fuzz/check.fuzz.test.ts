import { diagnosticMessage } from '../../src/diagnostics/types.js';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check/check-file.js';
import { RULES } from '../../src/check/rules/index.js';
import { jsonReporter } from '../../src/report/json.js';
import { prettyReporter } from '../../src/report/pretty.js';
import { countDiagnostics } from '../../src/report/types.js';
import { exampleFiles } from '../helpers/examples.js';
import { withoutInvisible } from '../../src/model/number-text.js';
import { fuzzParams, mutatedFile, numberGlitches } from './mutations.js';

const EXAMPLES = exampleFiles().map((f) => readFileSync(f, 'utf8'));
const RULE_IDS = new Set<string>(RULES.map((r) => r.meta.id));

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
          expect(diagnosticMessage(d, 'zh').length).toBeGreaterThan(0);
          expect(diagnosticMessage(d, 'en').length).toBeGreaterThan(0);
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

  it('what validates is printed as checked: every 指标值 and amount on the laid-out form is the one the rules read', async () => {
    const { layoutDeclaration } = await import('../../src/api/render.js');
    const { formatIndicatorValue, numericValue, parseIndicatorValue } = await import('../../src/model/indicator-value.js');
    const { allIndicators } = await import('../../src/model/declaration.js');
    const { formatYuan } = await import('../../src/model/money.js');
    let compared = 0;
    fc.assert(
      fc.property(mutatedFile(EXAMPLES, numberGlitches), (bytes) => {
        const r = checkFile('fuzz.yaml', bytes);
        if (!r.declaration) return;
        const laid = layoutDeclaration(r.declaration);
        // What the pages draw for a field: its text runs, joined, without the line breaks layout added.
        const printed = new Map<string, string>();
        for (const page of laid.layout.pages) {
          for (const t of page.texts) printed.set(JSON.stringify(t.path), (printed.get(JSON.stringify(t.path)) ?? '') + t.text);
        }
        const drawn = (path: readonly (string | number)[]) => (printed.get(JSON.stringify(path)) ?? '').replace(/\s/g, '');
        const bare = (s: string) => withoutInvisible(s).replace(/\s/g, '');
        for (const ind of allIndicators(r.declaration)) {
          const checked = ind.value;
          // The name and the value cells both come from the indicator's path, in reading order.
          const both = drawn(ind.path);
          expect(both, JSON.stringify(ind.raw)).toBe(bare(ind.name) + bare(formatIndicatorValue(checked)));
          const shown = both.slice(bare(ind.name).length);
          if (checked.kind === 'quantity') {
            // Read back from the page, the number is the number the rules checked.
            expect(numericValue(parseIndicatorValue(shown, ind.name))).toBe(numericValue(checked));
            compared++;
          }
        }
        for (const cell of laid.layout.sheet.grid.cells) if (cell.amount !== undefined) expect(drawn(cell.path)).toContain(formatYuan(cell.amount));
      }),
      fuzzParams(120),
    );
    expect(compared).toBeGreaterThan(0);
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

  it('settings never crash a later command: with every rule configuration may switch off switched off, what passes for printing lays out', async () => {
    const { layoutDeclaration } = await import('../../src/api/render.js');
    const { checkBeforeDrawing } = await import('../../src/check/later-phases.js');
    const off = { severity: Object.fromEntries(RULES.filter((r) => !r.meta.locked).map((r) => [r.meta.id, 'off' as const])) };
    let laidOut = 0;
    let refusedBeforeDrawing = 0;
    fc.assert(
      // Stray characters in numbers make amounts unreadable: the case configuration must not let through to the forms.
      fc.property(fc.oneof(mutatedFile(EXAMPLES), mutatedFile(EXAMPLES, numberGlitches)), (bytes) => {
        const r = checkFile('fuzz.yaml', bytes, off);
        if (!r.declaration) {
          // Refused: always with a finding that says why.
          expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
          return;
        }
        // What render and summary do before drawing: refuse with a finding, or draw.
        if (checkBeforeDrawing(r.source!, r.declaration).some((d) => d.severity === 'error')) {
          refusedBeforeDrawing++;
          return;
        }
        expect(layoutDeclaration(r.declaration).layout.pages.length).toBeGreaterThan(0);
        laidOut++;
      }),
      fuzzParams(150),
    );
    expect(laidOut).toBeGreaterThan(5);
    expect(refusedBeforeDrawing).toBeGreaterThan(0);
  });
});
