import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as fsp from 'node:fs/promises';
import { writeFileAtomic } from '../../src/util/atomic-write.js';
import { OutputError, OutputFiles, type FileOps } from '../../src/writers/output-files.js';

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
    await expect(writeFileAtomic(join(dir, 'missing', 'x.pdf'), 'data')).rejects.toMatchObject({ code: 'ENOENT', text: { zh: expect.stringContaining('输出文件夹已不存在') } });
    expect(readdirSync(dir)).toEqual([]);
  });
});

const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

/** Node's file operations, with rename failing for targets whose name matches `when`. */
function failingRename(code: string, when: RegExp): FileOps {
  return {
    lstat: (p) => fsp.lstat(p),
    rename: async (a, b) => {
      if (when.test(b)) throw errno(code);
      await fsp.rename(a, b);
    },
    link: (a, b) => fsp.link(a, b),
    copyFile: (a, b) => fsp.copyFile(a, b),
    rm: (p, o) => fsp.rm(p, o),
    open: (p, f) => fsp.open(p, f),
  };
}

async function writePair(files: OutputFiles, pdf: string, xlsx: string): Promise<void> {
  files.stream(0).end(pdf);
  files.stream(1).end(xlsx);
  await files.commit();
}

describe('OutputFiles: a pair replaced all or nothing', () => {
  it('replaces both targets and leaves nothing else', async () => {
    const [pdf, xlsx] = [join(dir, 'a.pdf'), join(dir, 'a.xlsx')];
    writeFileSync(pdf, 'old pdf');
    await writePair(await OutputFiles.open([pdf, xlsx]), 'new pdf', 'new xlsx');
    expect(readFileSync(pdf, 'utf8')).toBe('new pdf');
    expect(readFileSync(xlsx, 'utf8')).toBe('new xlsx');
    expect(readdirSync(dir).sort()).toEqual(['a.pdf', 'a.xlsx']);
  });

  it.each([
    ['EBUSY', '正被其他程序占用（可能在 Excel 或 WPS 中打开着）'],
    ['EPERM', '没有权限写入或替换它'],
    ['EACCES', '没有权限写入或替换它'],
  ])('the second file cannot be replaced (%s, as when Excel holds it on Windows): the first is put back, both unchanged', async (code, words) => {
    const [pdf, xlsx] = [join(dir, 'a.pdf'), join(dir, 'a.xlsx')];
    writeFileSync(pdf, 'old pdf');
    writeFileSync(xlsx, 'old xlsx');
    const files = await OutputFiles.open([pdf, xlsx], failingRename(code, /a\.xlsx$/));
    const err = await writePair(files, 'new pdf', 'new xlsx').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutputError);
    expect(err).toMatchObject({ code, file: xlsx });
    const msg = (err as OutputError).text.zh;
    expect(msg).toContain(`无法写出“${xlsx}”`);
    expect(msg).toContain(words);
    expect(msg).toContain('“a.pdf”和“a.xlsx”都没有改动');
    expect((err as OutputError).text.en).toContain('were left unchanged');
    expect(readFileSync(pdf, 'utf8')).toBe('old pdf');
    expect(readFileSync(xlsx, 'utf8')).toBe('old xlsx');
    expect(readdirSync(dir).sort()).toEqual(['a.pdf', 'a.xlsx']);
  });

  it('a target that did not exist before is removed again when its partner fails', async () => {
    const [pdf, xlsx] = [join(dir, 'b.pdf'), join(dir, 'b.xlsx')];
    writeFileSync(xlsx, 'old xlsx');
    const files = await OutputFiles.open([pdf, xlsx], failingRename('EPERM', /b\.xlsx$/));
    await expect(writePair(files, 'new pdf', 'new xlsx')).rejects.toBeInstanceOf(OutputError);
    expect(readdirSync(dir).sort()).toEqual(['b.xlsx']);
    expect(readFileSync(xlsx, 'utf8')).toBe('old xlsx');
  });

  it('a full disk while writing: neither target changes, and the message says so in plain words', async () => {
    const [pdf, xlsx] = [join(dir, 'c.pdf'), join(dir, 'c.xlsx')];
    writeFileSync(pdf, 'old pdf');
    const files = await OutputFiles.open([pdf, xlsx]);
    files.stream(0).write('partial');
    files.stream(1).destroy(errno('ENOSPC'));
    const err = await files.commit().catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'ENOSPC', file: xlsx });
    expect((err as OutputError).text.zh).toContain('磁盘空间已满');
    expect(readFileSync(pdf, 'utf8')).toBe('old pdf');
    expect(readdirSync(dir)).toEqual(['c.pdf']);
  });

  it('a folder where a file should go is refused before anything is written', async () => {
    const [pdf, xlsx] = [join(dir, 'd.pdf'), join(dir, 'd.xlsx')];
    mkdirSync(xlsx);
    const err = await OutputFiles.open([pdf, xlsx]).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'EISDIR', file: xlsx });
    expect((err as OutputError).text.zh).toContain('已有同名的文件夹');
    expect(readdirSync(dir)).toEqual(['d.xlsx']);
  });

  it('sweeps the temporary files a killed run left in the folder, but not those of a run still going', async () => {
    const dead = 2 ** 22 + 12345; // above any pid Linux hands out by default
    writeFileSync(join(dir, `.e.pdf.${dead}.0123456789ab.tmp`), 'left by a killed run');
    writeFileSync(join(dir, `.other.xlsx.${dead}.0123456789ab.old`), 'left by a killed run');
    writeFileSync(join(dir, `.e.pdf.${process.pid}.0123456789ab.tmp`), 'a run in progress');
    writeFileSync(join(dir, '.hidden-but-not-ours.tmp'), 'keep');
    await writeFileAtomic(join(dir, 'e.pdf'), 'new');
    expect(readdirSync(dir).sort()).toEqual([`.e.pdf.${process.pid}.0123456789ab.tmp`, '.hidden-but-not-ours.tmp', 'e.pdf']);
  });
});
