import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDeclaration } from '../../src/api/format.js';
import { importFile } from '../../src/api/import.js';
import { render } from '../../src/api/render.js';
import { tempDir } from '../helpers/cli.js';
import { EXAMPLES, loadExample } from '../helpers/examples.js';

describe('import and fmt through src/api', () => {
  it('importFile gives the declaration text of each form; formatDeclaration leaves it as it is', async () => {
    const dir = tempDir();
    const file = join(dir, '机关服务费.xlsx');
    writeFileSync(file, (await render(loadExample('机关服务费'), { xlsx: true })).xlsx!);
    const r = await importFile(file);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.declarations.map((d) => [d.name, d.unreadable.length])).toEqual([['机关服务费', 0]]);
    expect(r.declarations[0]!.text).toBe(readFileSync(join(EXAMPLES, '机关服务费.yaml'), 'utf8'));
    const f = formatDeclaration('机关服务费.yaml', Buffer.from(r.declarations[0]!.text));
    expect(f.ok && f.changed).toBe(false);
  });

  it('a file that is no form says why, without throwing', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'x.pdf'), '%PDF-1.4 broken');
    const r = await importFile(join(dir, 'x.pdf'));
    expect(!r.ok && r.reason).toBe('damaged');
  });
});
