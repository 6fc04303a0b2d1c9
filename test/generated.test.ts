import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withReadmeRulesTable } from '../src/docs/readme-table.js';
import { declarationJsonSchemaText } from '../src/schema/json-schema.js';
import { ROOT } from './helpers/examples.js';

// Committed files derived from code; `npm run generate` refreshes them.
describe('generated files are up to date', () => {
  it('schemas/declaration.schema.json matches the zod schema', () => {
    expect(readFileSync(join(ROOT, 'schemas/declaration.schema.json'), 'utf8')).toBe(declarationJsonSchemaText());
  });

  it('the README rule table lists every rule', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toBe(withReadmeRulesTable(readme));
  });

  it('`npx declare schema` prints the same schema', async () => {
    const { cli } = await import('./helpers/cli.js');
    const r = cli(['schema']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(declarationJsonSchemaText());
  });
});
