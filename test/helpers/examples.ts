import { diagnosticMessage } from '../../src/diagnostics/types.js';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkFile } from '../../src/check/check-file.js';
import type { Declaration } from '../../src/model/declaration.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const EXAMPLES = join(ROOT, 'examples');

export function exampleFiles(): string[] {
  return readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => join(EXAMPLES, f));
}

/** A validated example as the typed model (throws if the example has errors). */
export function loadExample(name: string): Declaration {
  const file = join(EXAMPLES, name.endsWith('.yaml') ? name : `${name}.yaml`);
  const r = checkFile(file, readFileSync(file));
  if (!r.declaration) throw new Error(`example ${name} does not validate: ${JSON.stringify(r.diagnostics.map((d) => diagnosticMessage(d, 'zh')))}`);
  return r.declaration;
}

/** Check a YAML text as if it were a file. */
export function checkText(yaml: string, file = 'test.yaml') {
  return checkFile(file, Buffer.from(yaml, 'utf8'));
}
