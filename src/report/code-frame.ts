import { codeFrameColumns } from '@babel/code-frame';
import stringWidth from 'string-width';
import type { Span } from '../diagnostics/types.js';

/** Lines shown above and below the span. */
const CONTEXT = 1;

/**
 * @babel/code-frame draws the gutter and context lines; its marker line counts
 * characters, which puts the carets in the wrong place under Chinese text
 * (each character is two terminal columns wide). Re-draw marker lines by
 * display width.
 *
 * Babel splits the whole source on every call; a file with 20,000 findings
 * would be split 20,000 times. So the file is split once (kept for the next
 * call on the same text), babel gets only the lines it shows, and the gutter
 * is renumbered.
 */
export function codeFrame(source: string, span: Span): string {
  const lines = linesOf(source);
  if (span.line > lines.length) return '';
  const first = Math.max(1, span.line - CONTEXT);
  const last = Math.min(lines.length, Math.max(span.line, span.endLine) + CONTEXT);
  // yaml counts lines by \n only; babel also breaks at a lone \r, U+2028 and U+2029. Show those
  // as visible one-unit symbols so both agree on every line and column.
  const window = lines.slice(first - 1, last).map((l) => l.replace(/\r/g, '␍').replace(/[\u2028\u2029]/g, '␤'));
  const shift = first - 1;
  const end = span.endLine > span.line || span.endColumn > span.column ? { line: span.endLine - shift, column: span.endColumn } : undefined;
  const frame = codeFrameColumns(window.join('\n'), { start: { line: span.line - shift, column: span.column }, ...(end && { end }) }, { highlightCode: false, linesAbove: CONTEXT, linesBelow: CONTEXT });
  const gutter = String(last).length;
  const out: string[] = [];
  let lastLine = 0;
  for (const row of frame.split('\n')) {
    const numbered = /^([> ]) +(\d+) \|(.*)$/.exec(row);
    if (numbered) {
      lastLine = Number(numbered[2]) + shift;
      out.push(`${numbered[1]} ${String(lastLine).padStart(gutter)} |${numbered[3]}`);
      continue;
    }
    const marker = /^( +\|)( *)(\^+)(.*)$/.exec(row);
    if (!marker || lastLine === 0) {
      out.push(row);
      continue;
    }
    const text = window[lastLine - first] ?? '';
    // Columns are UTF-16 offsets, as yaml's LineCounter reports them.
    const from = lastLine === span.line ? span.column - 1 : leadingSpaces(text);
    const to = lastLine === span.endLine && end ? Math.max(from + 1, span.endColumn - 1) : text.length;
    const pad = stringWidth(text.slice(0, from));
    const width = Math.max(1, stringWidth(text.slice(from, to)));
    out.push(`  ${' '.repeat(gutter)} | ${' '.repeat(pad)}${'^'.repeat(width)}${marker[4]}`);
  }
  return out.join('\n');
}

let cached: { source: string; lines: readonly string[] } | undefined;

/** Lines as yaml counts them (\n, with a CRLF's \r dropped); the last file's split is kept. */
function linesOf(source: string): readonly string[] {
  if (cached?.source !== source) cached = { source, lines: source.split(/\r?\n/) };
  return cached.lines;
}

function leadingSpaces(s: string): number {
  return /^\s*/.exec(s)![0].length;
}
