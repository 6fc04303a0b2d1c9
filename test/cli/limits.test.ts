import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleText, expectNoStack, fixtureDir } from '../helpers/cli.js';
import { runCliJson } from '../helpers/run.js';

describe('limits', () => {
  it('a file over 5 MB is refused at once with a clear error', async () => {
    const dir = fixtureDir({ 'big.yaml': exampleText('机关服务费') + '# ' + 'x'.repeat(6 * 1024 * 1024) + '\n' });
    const r = await runCliJson(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.json.diagnostics).toHaveLength(1);
    expect(r.json.diagnostics[0]).toMatchObject({ rule: 'file-limits', line: 1 });
    expect(r.json.diagnostics[0]!.message).toContain('5 MB');
  });

  it('absurd nesting is refused instead of recursing', async () => {
    const dir = fixtureDir({ 'deep.yaml': '项目名称: ' + '['.repeat(100000) + ']'.repeat(100000) + '\n', 'keys.yaml': '? '.repeat(5000) + 'x\n' });
    const r = await runCliJson(['validate', dir]);
    expectNoStack(r);
    expect(r.code).toBe(1);
    expect(r.json.diagnostics.map((d) => d.rule)).toEqual(['file-limits', 'file-limits']);
  });

  it('symlink loops are not followed and dangling links are skipped', async () => {
    const dir = fixtureDir({ 'a/x.yaml': exampleText('机关服务费') });
    symlinkSync(join(dir, 'a'), join(dir, 'a', 'self'));
    symlinkSync(dir, join(dir, 'a', 'up'));
    symlinkSync(join(dir, 'nowhere.yaml'), join(dir, 'dangling.yaml'));
    const r = await runCliJson(['validate', dir]);
    expect(r.code).toBe(0);
    expect(r.json.files).toBe(1);
  });
});
