import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, cliJson, exampleText, expectNoStack, fixtureDir, tempDir } from '../helpers/cli.js';

describe('limits', () => {
  it('a file over 5 MB is refused at once with a clear error', () => {
    const dir = fixtureDir({ 'big.yaml': exampleText('机关服务费') + '# ' + 'x'.repeat(6 * 1024 * 1024) + '\n' });
    const r = cliJson(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.json.diagnostics).toHaveLength(1);
    expect(r.json.diagnostics[0]).toMatchObject({ rule: 'file-limits', line: 1 });
    expect(r.json.diagnostics[0]!.message).toContain('5 MB');
  });

  it('absurd nesting is refused instead of recursing', () => {
    const dir = fixtureDir({ 'deep.yaml': '项目名称: ' + '['.repeat(100000) + ']'.repeat(100000) + '\n', 'keys.yaml': '? '.repeat(5000) + 'x\n' });
    const r = cliJson(['validate', dir]);
    expectNoStack(r);
    expect(r.code).toBe(1);
    expect(r.json.diagnostics.map((d) => d.rule)).toEqual(['file-limits', 'file-limits']);
  });

  it('thousands of files in nested folders are all checked, in the same order as a single-threaded run', () => {
    const dir = tempDir();
    const texts = ['机关服务费', '重大活动保障', '信息化运维项目'].map(exampleText);
    for (let i = 0; i < 2500; i++) {
      const sub = join(dir, `组${String(i % 7)}`);
      mkdirSync(sub, { recursive: true });
      const broken = i % 250 === 0 ? texts[i % 3]!.replace('年度: 2025', '年度: 2025x') : texts[i % 3]!;
      writeFileSync(join(sub, `项目${String(i).padStart(4, '0')}.yaml`), broken);
    }
    const parallel = cli(['validate', dir, '--format', 'json']);
    const serial = cli(['validate', dir, '--format', 'json'], { env: { DECLARE_THREADS: '1' } });
    expect(parallel.code).toBe(1);
    const json = JSON.parse(parallel.stdout);
    expect(json.files).toBe(2500);
    expect(json.errors).toBe(10);
    expect(parallel.stdout).toBe(serial.stdout);
  });

  it('symlink loops are not followed and dangling links are skipped', () => {
    const dir = fixtureDir({ 'a/x.yaml': exampleText('机关服务费') });
    symlinkSync(join(dir, 'a'), join(dir, 'a', 'self'));
    symlinkSync(dir, join(dir, 'a', 'up'));
    symlinkSync(join(dir, 'nowhere.yaml'), join(dir, 'dangling.yaml'));
    const r = cliJson(['validate', dir]);
    expect(r.code).toBe(0);
    expect(r.json.files).toBe(1);
  });
});
