import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/util/atomic-write.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'declare-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function* failingAfterFirstChunk(): AsyncGenerator<Uint8Array> {
  yield Buffer.from('%PDF-1.7 first chunk\n');
  throw new Error('disk full (simulated)');
}

describe('writeFileAtomic', () => {
  it('writes the file and leaves nothing else behind', async () => {
    const target = join(dir, '网络宣传工作.pdf');
    await writeFileAtomic(target, Buffer.from('hello'));
    expect(readFileSync(target, 'utf8')).toBe('hello');
    expect(readdirSync(dir)).toEqual(['网络宣传工作.pdf']);
  });

  it('replaces an existing file whole', async () => {
    const target = join(dir, 'a.xlsx');
    writeFileSync(target, 'old content that is longer than the new one');
    await writeFileAtomic(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['a.xlsx']);
  });

  it('writes streamed chunks', async () => {
    const target = join(dir, 'c.bin');
    await writeFileAtomic(target, [Buffer.from('ab'), Buffer.from('cd')]);
    expect(readFileSync(target, 'utf8')).toBe('abcd');
  });

  it('a failure mid-write leaves neither the target nor a temporary file', async () => {
    const target = join(dir, 'b.pdf');
    await expect(writeFileAtomic(target, failingAfterFirstChunk())).rejects.toThrow('disk full (simulated)');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a failure mid-write keeps the previous file intact', async () => {
    const target = join(dir, 'b.pdf');
    writeFileSync(target, 'previous version');
    await expect(writeFileAtomic(target, failingAfterFirstChunk())).rejects.toThrow('disk full');
    expect(readFileSync(target, 'utf8')).toBe('previous version');
    expect(readdirSync(dir)).toEqual(['b.pdf']);
  });

  it('a failing rename (the target is a directory) removes the temporary file', async () => {
    const target = join(dir, 'out.pdf');
    mkdirSync(target);
    writeFileSync(join(target, 'keep'), 'x');
    await expect(writeFileAtomic(target, 'data')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['out.pdf']);
    expect(readdirSync(target)).toEqual(['keep']);
  });

  it('fails cleanly when the directory does not exist', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'x.pdf'), 'data')).rejects.toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
