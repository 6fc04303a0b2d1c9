import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { render } from '../../src/api/render.js';
import { declarationYaml, importDocument, safeFileName } from '../../src/import/index.js';
import { loadExample } from '../helpers/examples.js';
import { fuzzParams } from '../fuzz/mutations.js';

let pdf: Buffer;
let xlsx: Buffer;
beforeAll(async () => {
  const r = await render(loadExample('重大活动保障'), { pdf: true, xlsx: true });
  pdf = r.pdf!;
  xlsx = r.xlsx!;
});

/** Bytes damaged as files get damaged: cut short, bytes overwritten, a stretch zeroed. */
const damage = (bytes: () => Buffer) =>
  fc
    .record({ cut: fc.option(fc.double({ min: 0, max: 1, noNaN: true })), flips: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }) })
    .map(({ cut, flips }) => {
      const b = Buffer.from(bytes());
      for (const [at, v] of flips) b[Math.floor(at * (b.length - 1))] = v;
      return cut === null ? b : b.subarray(0, Math.floor(cut * b.length));
    });

describe('import never throws on damaged documents', () => {
  it.each([
    ['PDF', () => pdf],
    ['XLSX', () => xlsx],
  ] as const)('%s: every damaged copy gives forms or a reason', async (_, bytes) => {
    await fc.assert(
      fc.asyncProperty(damage(bytes), async (b) => {
        const r = await importDocument(b);
        if (r.ok) for (const d of r.forms) expect(typeof declarationYaml(d).text).toBe('string');
        else expect(r.message.messageId).toMatch(/./);
      }),
      fuzzParams(25),
    );
  });
});

describe('file names from project names', () => {
  it('are valid on Windows, macOS and Linux', () => {
    expect(safeFileName('网络宣传工作', 'x')).toBe('网络宣传工作');
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j', 'x')).toBe('a_b_c_d_e_f_g_h_i_j');
    expect(safeFileName('  项目. ', 'x')).toBe('项目');
    expect(safeFileName('CON', 'x')).toBe('CON_');
    expect(safeFileName('', '旧表-1')).toBe('旧表-1');
    expect(safeFileName('...', '旧表-1')).toBe('旧表-1');
    expect([...safeFileName('长'.repeat(200), 'x')]).toHaveLength(80);
    expect(safeFileName('a\u0000b\nc', 'x')).toBe('abc');
  });
});

describe('tagged PDFs', () => {
  it('a paragraph mark decides where a paragraph ends, over the line-filling guess', async () => {
    const { joinLines } = await import('../../src/import/pdf/cell-text.js');
    const box = { x0: 0, x1: 110 };
    // The first line is short: untagged, that reads as a paragraph end; tagged as one paragraph, it is wrapped text.
    const lines = [
      { text: '短行', x0: 5, x1: 25, baseline: 10, size: 10 },
      { text: '接着写完整段话的其余部分内容', x0: 5, x1: 105, baseline: 24, size: 10 },
    ];
    expect(joinLines(lines, box)).toBe('短行\n接着写完整段话的其余部分内容');
    expect(joinLines(lines.map((l) => ({ ...l, paragraph: '1:0' })), box)).toBe('短行接着写完整段话的其余部分内容');
    expect(joinLines(lines.map((l, i) => ({ ...l, paragraph: `1:${i}` })), box)).toBe('短行\n接着写完整段话的其余部分内容');
  });
});
