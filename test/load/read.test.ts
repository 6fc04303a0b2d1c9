import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDeclaration, readLimited } from '../../src/load/read.js';
import { tempDir } from '../helpers/cli.js';

describe('readLimited: only regular files, never more than the limit', () => {
  it('reads a regular file whole', () => {
    const f = join(tempDir(), 'a.yaml');
    writeFileSync(f, '年度: 2025\n');
    const r = readLimited(f);
    expect(r.ok).toBe(true);
    if (r.ok === true) expect(r.bytes.toString()).toBe('年度: 2025\n');
  });

  it('a file over the limit is not read: its size is reported', () => {
    const f = join(tempDir(), 'big.yaml');
    writeFileSync(f, 'x'.repeat(1000));
    expect(readLimited(f, 999)).toEqual({ ok: 'too-large', size: 1000 });
    expect(readLimited(f, 1000).ok).toBe(true);
  });

  it('/dev/zero is a character device, refused without reading', () => {
    const r = readLimited('/dev/zero');
    expect(r.ok).toBe(false);
    if (r.ok === false) expect(r.error).toMatchObject({ code: 'ENOTREG', kind: { zh: '字符设备' } });
  });

  it('a folder is EISDIR, a missing file ENOENT', () => {
    expect(readLimited(tempDir())).toMatchObject({ ok: false, error: { code: 'EISDIR' } });
    expect(readLimited(join(tempDir(), 'none.yaml'))).toMatchObject({ ok: false, error: { code: 'ENOENT' } });
  });

  it('readDeclaration: too large is a file-limits finding (exit 1), a device an I/O problem (exit 2)', () => {
    const f = join(tempDir(), 'big.yaml');
    writeFileSync(f, Buffer.alloc(5 * 1024 * 1024 + 1, 0x61));
    const big = readDeclaration(f);
    expect('diagnostics' in big && big.diagnostics.map((d) => d.rule)).toEqual(['file-limits']);
    const dev = readDeclaration('/dev/zero');
    expect('problem' in dev && dev.problem.message.zh).toContain('不是普通文件');
  });
});
