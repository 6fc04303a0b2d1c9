import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, exampleText, tempDir } from '../helpers/cli.js';

describe('limits of the built CLI', () => {
  it('a thousand files in nested folders are all checked on every core, in the same order as a single-threaded run', () => {
    const dir = tempDir();
    const texts = ['机关服务费', '重大活动保障', '信息化运维项目'].map(exampleText);
    // Enough for several batches on every thread (threads start from 150 files, 8 files a batch).
    for (let i = 0; i < 1000; i++) {
      const sub = join(dir, `组${String(i % 7)}`);
      mkdirSync(sub, { recursive: true });
      const broken = i % 100 === 0 ? texts[i % 3]!.replace('年度: 2025', '年度: 2025x') : texts[i % 3]!;
      writeFileSync(join(sub, `项目${String(i).padStart(4, '0')}.yaml`), broken);
    }
    const parallel = cli(['validate', dir, '--format', 'json']);
    const serial = cli(['validate', dir, '--format', 'json'], { env: { DECLARE_THREADS: '1' } });
    expect(parallel.code).toBe(1);
    const json = JSON.parse(parallel.stdout);
    expect(json.files).toBe(1000);
    expect(json.errors).toBe(10);
    expect(parallel.stdout).toBe(serial.stdout);
  });
});
