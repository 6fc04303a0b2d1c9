import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, exampleText, tempDir } from '../helpers/cli.js';
import { runCli } from '../helpers/run.js';

describe('limits of the built CLI', () => {
  // Worker threads need the built bundle, so only a process shows them; the
  // single-threaded run it must equal is made in this process (runCli checks in one thread).
  it('many files in nested folders are all checked on several threads, in the same order as a single-threaded run', async () => {
    const dir = tempDir();
    const texts = ['机关服务费', '重大活动保障', '信息化运维项目'].map(exampleText);
    // Threads start from 150 files and claim 8 at a time: 400 files make 50 batches for 3 threads to share.
    for (let i = 0; i < 400; i++) {
      const sub = join(dir, `组${String(i % 7)}`);
      mkdirSync(sub, { recursive: true });
      const broken = i % 100 === 0 ? texts[i % 3]!.replace('年度: 2025', '年度: 2025x') : texts[i % 3]!;
      writeFileSync(join(sub, `项目${String(i).padStart(4, '0')}.yaml`), broken);
    }
    const parallel = cli(['validate', dir, '--format', 'json'], { env: { DECLARE_THREADS: '3' } });
    const serial = await runCli(['validate', dir, '--format', 'json']);
    expect(parallel.code).toBe(1);
    const json = JSON.parse(parallel.stdout);
    expect(json.files).toBe(400);
    expect(json.errors).toBe(4);
    expect(parallel.stdout).toBe(serial.stdout);
  });
});
