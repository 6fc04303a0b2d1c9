// The floor for validate: read every file and parse it with yaml.parseDocument
// (with positions), single-threaded, nothing else.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';

const dir = process.argv[2];
for (const f of readdirSync(dir).sort()) {
  parseDocument(readFileSync(join(dir, f), 'utf8'), { lineCounter: new LineCounter() });
}
