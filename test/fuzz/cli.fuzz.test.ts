import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectNoStack, fixtureDir, type JsonReport } from '../helpers/cli.js';
import { runCli } from '../helpers/run.js';
import { exampleFiles } from '../helpers/examples.js';
import { fuzzParams, mutatedFile } from './mutations.js';

const EXAMPLES = exampleFiles().map((f) => readFileSync(f, 'utf8'));

describe('fuzzing the command line (in process)', () => {
  it('on a folder of mutated files: exit 0 or 1, well-formed JSON, no stack trace, every file counted', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutatedFile(EXAMPLES), { minLength: 1, maxLength: 25 }), async (files) => {
        const dir = fixtureDir(Object.fromEntries(files.map((b, i) => [`f${String(i).padStart(2, '0')}.yaml`, b])));
        const r = await runCli(['validate', dir, '--format', 'json']);
        expectNoStack(r);
        expect([0, 1], r.stderr).toContain(r.code);
        const json = JSON.parse(r.stdout) as JsonReport;
        expect(json.files).toBe(files.length);
        expect(json.errors > 0).toBe(r.code === 1);
        for (const d of json.diagnostics) expect(d.file.startsWith(join(dir, 'f'))).toBe(true);
      }),
      { ...fuzzParams(6), numRuns: process.env.FUZZ_RUNS ? Math.max(1, Math.round(Number(process.env.FUZZ_RUNS) / 50)) : 6 },
    );
  });
});
