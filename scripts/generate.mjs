// Regenerates the committed artefacts that are derived from the code:
// the JSON Schema (from the zod schema), docs/rules/*.md and the README rule table (from the rule modules).
// Tests fail when these files are stale; run `npm run generate` after changing either.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const { declarationJsonSchemaText } = await import(join(root, 'dist/schema/json-schema.js'));
writeFileSync(join(root, 'schemas/declaration.schema.json'), declarationJsonSchemaText());

const docs = await import(join(root, 'dist/docs/rule-docs.js')).catch(() => undefined);
if (docs) {
  const dir = join(root, 'docs/rules');
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (f.endsWith('.md')) rmSync(join(dir, f));
  for (const [name, text] of docs.ruleDocFiles()) writeFileSync(join(dir, name), text);
}
const { withReadmeRulesTable } = await import(join(root, 'dist/docs/readme-table.js'));
const readme = join(root, 'README.md');
writeFileSync(readme, withReadmeRulesTable(readFileSync(readme, 'utf8')));

console.log('generated schemas/declaration.schema.json' + (docs ? ' and docs/rules/' : '') + ', README rule table');
