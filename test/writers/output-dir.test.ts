import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareOutputDir as prepareSync } from '../../src/cli/output-dir.js';
import { prepareOutputDir } from '../../src/writers/output-dir.js';
import { tempDir } from '../helpers/cli.js';

describe('an output folder that cannot be made is said in plain words, not as a system code', () => {
  it('a file where the folder (or a folder above it) should be: the same words from render, summary and import', async () => {
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, 'x');
    for (const dir of [file, join(file, 'sub')]) {
      const err = await prepareOutputDir(dir).catch((e: { text: { zh: string } }) => e);
      expect(err).toMatchObject({ text: { zh: `无法创建输出文件夹“${dir}”：这个路径上已有同名的文件（不是文件夹）。请换一个输出文件夹。` } });
      expect(() => prepareSync(dir)).toThrow(expect.objectContaining({ text: (err as { text: unknown }).text }));
    }
  });
});
