// Regenerates the committed artefacts that are derived from the code: the JSON
// Schema (from the zod schema), docs/rules/*.md and the README rule table (from
// the rule modules). Tests fail when these files are stale; run
// `npm run generate` after changing the schema or a rule.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { declarationJsonSchemaText, ruleDocFiles, withReadmeRulesTable } = await import(pathToFileURL(join(root, 'dist/generated-files.js')).href);

writeFileSync(join(root, 'schemas/declaration.schema.json'), declarationJsonSchemaText());

const dir = join(root, 'docs/rules');
mkdirSync(dir, { recursive: true });
for (const f of readdirSync(dir)) if (f.endsWith('.md')) rmSync(join(dir, f));
for (const [name, text] of ruleDocFiles()) writeFileSync(join(dir, name), text);

const readme = join(root, 'README.md');
writeFileSync(readme, withReadmeRulesTable(readFileSync(readme, 'utf8')));

console.log('generated schemas/declaration.schema.json, docs/rules/ and the README rule table');
