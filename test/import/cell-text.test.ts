import { describe, expect, it } from 'vitest';
import { joinLines } from '../../src/import/pdf/cell-text.js';
import type { TextLine } from '../../src/import/table.js';

const SIZE = 10;
const WIDE = /[\u2e80-\ua4cf\uff00-\uff60\u3000-\u303f]/u;

/**
 * Lines as a producer prints them in a cell from x = 0 to 260 with a left
 * padding of 5: CJK characters one em wide, others half an em; `end` moves a
 * line's right edge (a producer whose printed widths differ from the ones it wrapped with).
 */
function cell(rows: readonly (string | { text: string; end: number })[], left = 5): TextLine[] {
  return rows.map((r, i) => {
    const text = typeof r === 'string' ? r : r.text;
    const width = [...text].reduce((a, c) => a + (WIDE.test(c) ? SIZE : SIZE / 2), 0);
    return { text, x0: left, x1: typeof r === 'string' ? left + width : r.end, baseline: 20 + i * 14, size: SIZE };
  });
}
const BOX = { x0: 0, x1: 260 };

describe('joining a PDF cell’s lines', () => {
  it('a line the next word would have fitted on ends a paragraph; a full one wraps', () => {
    expect(joinLines(cell(['完成检查。', '举办培训。']), BOX)).toBe('完成检查。\n举办培训。');
    expect(joinLines(cell(['一二三四五六七八九十一二三四五六七八九十一二三四五', '六七八']), BOX)).toBe('一二三四五六七八九十一二三四五六七八九十一二三四五六七八');
  });

  it('never starts a paragraph with closing punctuation (LibreOffice breaks before a comma)', () => {
    expect(joinLines(cell(['全年开展专项检查12次', '，问题整改率100%。']), BOX)).toBe('全年开展专项检查12次，问题整改率100%。');
  });

  it('measures the filled width from the lines when the right padding is smaller than the left', () => {
    // Padding 12 on the left, 1 on the right (the cell ends at 248); full lines end between 243 and 247.
    const lines = cell(
      [
        { text: '目标 1.全市网络安全专项检查及培训，通过检查进一步摸', end: 247 },
        { text: '清全市重要网站、平台、生产系统风险和防护状况，实现', end: 243 },
        { text: '以查促建、促管、促防、促改。', end: 152 },
      ],
      12,
    );
    expect(joinLines(lines, { x0: 0, x1: 248 })).toBe('目标 1.全市网络安全专项检查及培训，通过检查进一步摸清全市重要网站、平台、生产系统风险和防护状况，实现以查促建、促管、促防、促改。');
  });

  it('keeps `任。2.` together when judging the room on the line before', () => {
    const lines = cell([{ text: '一二三四五六七八九十一二三四五六七八九十一二三四五', end: 255 }, { text: '一二三四五六七八九十一二三四五六七八九十一二', end: 225 }, '任。2.更好地动员']);
    expect(joinLines(lines, BOX)).toBe('一二三四五六七八九十一二三四五六七八九十一二三四五一二三四五六七八九十一二三四五六七八九十一二任。2.更好地动员');
  });

  it('a full line ending a sentence before an item number: a paragraph end, unless the cell writes its items inline', () => {
    const full = '一二三四五六七八九十一二三四五六七八九十一二三四。';
    expect(joinLines(cell([full, '2.举办培训。']), BOX)).toBe(`${full}\n2.举办培训。`);
    expect(joinLines(cell(['1.履行责任。2.更好地动员属地商业网站参与到正面宣', full, '3.加强研究。']), BOX)).toBe(`1.履行责任。2.更好地动员属地商业网站参与到正面宣${full}3.加强研究。`);
    // A decimal is no item number.
    expect(joinLines(cell([full, '99.95%以上']), BOX)).toBe(`${full}99.95%以上`);
  });

  it('where the cell continues on the next page, a short last line ends a paragraph only at a sentence end or before an item', () => {
    const short = cell(['系统可用性达到', '99.95%以上。']);
    expect(joinLines(short, BOX)).toBe('系统可用性达到\n99.95%以上。');
    expect(joinLines(short, BOX, { continued: new Set([1]) })).toBe('系统可用性达到99.95%以上。');
    expect(joinLines(cell(['开放数据接口（Open Data API v2 for county level', 'services）。']), BOX, { continued: new Set([1]) })).toBe('开放数据接口（Open Data API v2 for county level services）。');
    expect(joinLines(cell(['完成检查。', '举办培训。']), BOX, { continued: new Set([1]) })).toBe('完成检查。\n举办培训。');
    expect(joinLines(cell(['目标如下', '2.举办培训']), BOX, { continued: new Set([1]) })).toBe('目标如下\n2.举办培训');
  });
});
