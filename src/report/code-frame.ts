import { codeFrameColumns } from '@babel/code-frame';
import stringWidth from 'string-width';
import type { Span } from '../diagnostics/types.js';

/**
 * @babel/code-frame draws the gutter and context lines; its marker line counts
 * characters, which puts the carets in the wrong place under Chinese text
 * (each character is two terminal columns wide). Re-draw marker lines by
 * display width.
 */
export function codeFrame(source: string, span: Span): string {
  // yaml counts lines by \n only; babel also breaks at a lone \r, U+2028 and U+2029. Show those
  // as visible one-unit symbols so both agree on every line and column.
  source = source.replace(/\r(?!\n)/g, '␍').replace(/[\u2028\u2029]/g, '␤');
  const lines = source.split(/\r?\n/);
  if (span.line > lines.length) return '';
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
    // Columns are UTF-16 offsets, as yaml's LineCounter reports them.
    const from = lastLine === span.line ? span.column - 1 : leadingSpaces(text);
    const to = lastLine === span.endLine && end ? Math.max(from + 1, span.endColumn - 1) : text.length;
    const pad = stringWidth(text.slice(0, from));
    const width = Math.max(1, stringWidth(text.slice(from, to)));
    out.push(`${marker[1]} ${' '.repeat(pad)}${'^'.repeat(width)}${marker[4]}`);
  }
  return out.join('\n');
}

function leadingSpaces(s: string): number {
  return /^\s*/.exec(s)![0].length;
}
