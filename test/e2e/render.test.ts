import { spawn } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cli, exampleText, expectNoStack, fixtureDir, tempDir } from '../helpers/cli.js';
import { render } from '../../src/api/render.js';
import { loadExample, ROOT } from '../helpers/examples.js';

const isPdf = (b: Buffer) => b.subarray(0, 5).toString() === '%PDF-' && b.subarray(-6).toString().includes('%%EOF');
const isZip = (b: Buffer) => b[0] === 0x50 && b[1] === 0x4b;

// What only a process shows: exit codes, stdout and stderr of the built CLI,
// the same bytes from another process, another user's permissions, Ctrl-C.
// The command's refusals and messages are tested in process in test/cli/render.test.ts.

describe('declare render', () => {
  it('renders every example to <name>.pdf and <name>.xlsx, listing what it wrote, the same bytes as this process makes', async () => {
    const out = tempDir();
    const r = cli(['render', 'examples/', '-o', out]);
    expect(r.code).toBe(0);
    expectNoStack(r);
    const names = readdirSync(out).sort();
    expect(names).toHaveLength(12);
    for (const n of names) {
      const b = readFileSync(join(out, n));
      expect(n.endsWith('.pdf') ? isPdf(b) : isZip(b), n).toBe(true);
    }
    expect(names).toContain('网络宣传工作.pdf');
    expect(r.stdout.trim().split('\n').sort()).toEqual(names.map((n) => join(out, n)).sort());
    // Warnings are still shown, on stderr, so stdout stays a clean list of files.
    expect(r.stderr).toContain('unit-mismatch');
    const own = await render(loadExample('网络宣传工作'));
    expect(readFileSync(join(out, '网络宣传工作.pdf')).equals(own.pdf!)).toBe(true);
    expect(readFileSync(join(out, '网络宣传工作.xlsx')).equals(own.xlsx!)).toBe(true);
  });

  it('another user cannot write the output folder: exit 2 with a clear message', () => {
    const ro = tempDir();
    chmodSync(ro, 0o555);
    const r = cli(['render', 'examples/机关服务费.yaml', '-o', ro], { asNobody: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('不可写');
    expectNoStack(r);
  });

  it('interrupted with Ctrl-C, leaves no temporary or half-written file', async () => {
    const dir = fixtureDir(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`p${i}.yaml`, exampleText('网络安全和信息化工作')])));
    const out = tempDir();
    const child = spawn(process.execPath, [BIN, 'render', dir, '-o', out], { cwd: ROOT, stdio: 'ignore' });
    // Wait until it has started writing, then interrupt.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (readdirSync(out).length > 2 || child.exitCode !== null) {
          clearInterval(poll);
          resolve();
        }
      }, 5);
    });
    child.kill('SIGINT');
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.once('exit', (c, s) => resolve([c, s])));
    // Finished first (0), or died of the signal as a well-behaved program does after cleaning up.
    expect(code === 0 || signal === 'SIGINT').toBe(true);
    const left = readdirSync(out);
    expect(left.filter((n) => n.endsWith('.tmp'))).toEqual([]);
    for (const n of left) {
      const b = readFileSync(join(out, n));
      expect(n.endsWith('.pdf') ? isPdf(b) : isZip(b), n).toBe(true);
    }
    expect(existsSync(join(dir, 'p0.yaml'))).toBe(true);
  });
});
