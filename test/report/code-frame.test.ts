import { codeFrameColumns } from '@babel/code-frame';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/diagnostics/types.js';
import { codeFrame } from '../../src/report/code-frame.js';

/** The frame as it was drawn from the whole file, before frames were cut to a window (kept here as the reference). */
function reference(source: string, span: Span): string {
  source = source.replace(/\r(?!\n)/g, '␍').replace(/[\u2028\u2029]/g, '␤');
  const lines = source.split(/\r?\n/);
  const end = span.endLine > span.line || span.endColumn > span.column ? { line: span.endLine, column: span.endColumn } : undefined;
  const frame = codeFrameColumns(source, { start: { line: span.line, column: span.column }, ...(end && { end }) }, { highlightCode: false, linesAbove: 1, linesBelow: 1 });
  const out: string[] = [];
  let lastLine = 0;
  for (const row of frame.split('\n')) {
    const numbered = /^[> ] +(\d+) \|/.exec(row);
    if (numbered) {
      lastLine = Number(numbered[1]);
      out.push(row);
      continue;
    }
    const marker = /^( +\|)( *)(\^+)(.*)$/.exec(row);
    if (!marker || lastLine === 0) {
      out.push(row);
      continue;
    }
    const text = lines[lastLine - 1] ?? '';
    const from = lastLine === span.line ? span.column - 1 : /^\s*/.exec(text)![0].length;
    const to = lastLine === span.endLine && end ? Math.max(from + 1, span.endColumn - 1) : text.length;
    out.push(`${marker[1]} ${' '.repeat(stringWidth(text.slice(0, from)))}${'^'.repeat(Math.max(1, stringWidth(text.slice(from, to))))}${marker[4]}`);
  }
  return out.join('\n');
}

const at = (line: number, column: number, endColumn = column + 1): Span => ({ line, column, endLine: line, endColumn });

describe('code frames are drawn from the lines shown, numbered as in the file', () => {
  const ascii = Array.from({ length: 120 }, (_, i) => `key${i + 1}: value ${i + 1}`).join('\n') + '\n';

  it.each([1, 2, 9, 10, 11, 99, 100, 101, 120])('line %i: the same frame as babel draws from the whole file', (line) => {
    expect(codeFrame(ascii, at(line, 3, 6))).toBe(reference(ascii, at(line, 3, 6)));
  });

  it('a span over several lines', () => {
    const span: Span = { line: 98, column: 2, endLine: 101, endColumn: 4 };
    expect(codeFrame(ascii, span)).toBe(reference(ascii, span));
  });

  it('a lone CR and U+2028 inside a line keep lines aligned', () => {
    const odd = ascii.replace('value 50', 'val\rue\u2028 50');
    expect(codeFrame(odd, at(50, 3, 6))).toBe(reference(odd, at(50, 3, 6)));
    expect(codeFrame(odd, at(51, 3, 6))).toBe(reference(odd, at(51, 3, 6)));
  });

  it('carets under Chinese text count display width, also on line 100', () => {
    const text = Array.from({ length: 100 }, () => '项目名称: 网络宣传工作').join('\n');
    const frame = codeFrame(text, at(100, 7, 9));
    expect(frame).toContain('> 100 | 项目名称: 网络宣传工作');
    expect(frame).toContain('      |           ^^^^');
  });

  it('a file of 20,000 lines is split once, not once per frame', () => {
    const big = Array.from({ length: 20_000 }, (_, i) => `k${i}: v`).join('\n');
    const split = String.prototype.split;
    let splits = 0;
    String.prototype.split = function (this: string, ...args: Parameters<typeof split>) {
      if (this.length > 100_000) splits++;
      return split.apply(this, args);
    } as typeof split;
    try {
      for (let line = 1; line <= 20_000; line += 97) codeFrame(big, at(line, 1, 3));
    } finally {
      String.prototype.split = split;
    }
    expect(splits).toBeLessThanOrEqual(1);
  });
});
