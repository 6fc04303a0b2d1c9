import stringWidth from 'string-width';
import { Lexer } from 'yaml';

/** Columns as editors show them: CJK characters take two. Indentation is ASCII, so most calls take the fast path. */
export function displayWidth(s: string): number {
  return /^[\x20-\x7e]*$/.test(s) ? s.length : stringWidth(s);
}

/** One comment as it sits in the source. */
export interface SourceComment {
  /** 0-based line. */
  readonly line: number;
  /** The comment text after `#`, exactly as written (leading spaces kept). */
  readonly text: string;
  /** Display column (CJK counts two) where `#` stands, 0-based. */
  readonly column: number;
  /** Display width of the code before the comment on its line (0 for a comment on a line of its own). */
  readonly codeWidth: number;
}

/** What each source line holds, as far as the formatter cares. */
export interface SourceLines {
  readonly count: number;
  /** Comment on a line after code (`年度: 2025  # 申报年度`), by line. */
  readonly trailing: ReadonlyMap<number, SourceComment>;
  /** Comments on lines of their own, by line. */
  readonly own: ReadonlyMap<number, SourceComment>;
  /** Lines holding only whitespace. */
  readonly blank: ReadonlySet<number>;
  /** 0-based line of a character offset. */
  lineOf(offset: number): number;
  /** Display column of a character offset within its line. */
  columnOf(offset: number): number;
}

// yaml's lexer marks where documents and scalars start with control characters that are not in the source.
const MARKERS = new Set(['\u0002', '\u0018', '\u001f', '\ufeff']);

/**
 * Every comment with its line and display column. The lexer, not a regular
 * expression, decides what is a comment: `#` inside quotes or a block scalar
 * is text.
 */
export function sourceLines(src: string): SourceLines {
  const starts = [0];
  for (let i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1)) starts.push(i + 1);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const columnOf = (offset: number) => displayWidth(src.slice(starts[lineOf(offset)]!, offset));

  const trailing = new Map<number, SourceComment>();
  const own = new Map<number, SourceComment>();
  let offset = 0;
  for (const token of new Lexer().lex(src)) {
    if (MARKERS.has(token)) continue;
    if (token.startsWith('#')) {
      const line = lineOf(offset);
      const before = src.slice(starts[line]!, offset);
      const column = displayWidth(before);
      const comment = { line, text: token.slice(1).replace(/\r$/, ''), column, codeWidth: displayWidth(before.trimEnd()) };
      (before.trim() === '' ? own : trailing).set(line, comment);
    }
    offset += token.length;
  }
  const blank = new Set<number>();
  const lines = src.split('\n');
  lines.forEach((l, i) => {
    if (l.trim() === '' && i < lines.length - 1) blank.add(i);
  });
  return { count: lines.length, trailing, own, blank, lineOf, columnOf };
}
