import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectProjects } from '../../src/summary/collect.js';
import { projectSheetNames } from '../../src/summary/naming.js';
import { SourceChangedError, writeSummary } from '../../src/summary/write.js';
import { exampleText, tempDir } from '../helpers/cli.js';
import { exampleFiles } from '../helpers/examples.js';

function collectDir(dir: string) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => join(dir, f));
  const c = collectProjects(files, { checkOptions: () => ({}), onFindings: () => undefined });
  const sheets = projectSheetNames(c.projects.map((p) => p.name));
  return { ...c, projects: c.projects.map((p, i) => ({ ...p, sheet: sheets[i]! })) };
}

describe('writeSummary', () => {
  it('pass one keeps a small summary per project: row, page count, digest', () => {
    const dir = tempDir();
    for (const f of exampleFiles()) writeFileSync(join(dir, f.split('/').pop()!), readFileSync(f));
    const c = collectDir(dir);
    expect(c.files).toBe(6);
    expect(c.errors).toBe(0);
    expect(c.projects.map((p) => p.pages).every((n) => n >= 1)).toBe(true);
    expect(c.projects.every((p) => /^[0-9a-f]{64}$/.test(p.digest))).toBe(true);
    expect(JSON.stringify(c.projects, (_k, v) => (typeof v === 'bigint' ? String(v) : v)).length).toBeLessThan(6 * 1500);
  });

  it('stops, writing nothing and leaving no temporary file, when a file changes between the passes', async () => {
    const dir = tempDir();
    const out = tempDir();
    writeFileSync(join(dir, '01.yaml'), exampleText('网络宣传工作'));
    writeFileSync(join(dir, '02.yaml'), exampleText('机关服务费'));
    const c = collectDir(dir);
    writeFileSync(join(out, 'old.pdf'), 'previous summary');
    writeFileSync(join(dir, '02.yaml'), exampleText('机关服务费').replace('机关服务费', '机关服务费用'));
    const promise = writeSummary({
      title: 't',
      projects: c.projects,
      pdfPath: join(out, 'old.pdf'),
      xlsxPath: join(out, 'old.xlsx'),
      checkOptions: () => ({}),
    });
    await expect(promise).rejects.toBeInstanceOf(SourceChangedError);
    await expect(promise).rejects.toMatchObject({ file: join(dir, '02.yaml') });
    expect(readdirSync(out)).toEqual(['old.pdf']);
    expect(readFileSync(join(out, 'old.pdf'), 'utf8')).toBe('previous summary');
  });
});
