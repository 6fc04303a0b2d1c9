import LineBreaker from 'linebreak';
import { textWidth, type Measurer, type Weight } from './measure.js';

export interface BreakStyle {
  readonly size: number;
  readonly weight: Weight;
}

/**
 * Greedy line filling at the break opportunities of UAX #14 (the `linebreak`
 * package): CJK may break between any two characters, but never before
 * closing punctuation such as ，。、）or after an opening one. A run with no
 * opportunity that is still too wide (a URL, a long number) is cut between
 * characters. Explicit newlines are kept, and an empty paragraph stays an
 * empty line. `text` must already be drawable (see drawableText).
 */
export function breakLines(text: string, maxWidth: number, style: BreakStyle, m: Measurer): string[] {
  const lines: string[] = [];
  for (const para of text.split('\n')) breakParagraph(para, maxWidth, style, m, lines);
  return lines;
}

function breakParagraph(para: string, maxWidth: number, style: BreakStyle, m: Measurer, out: string[]): void {
  if (para === '') {
    out.push('');
    return;
  }
  const width = (s: string) => textWidth(s, style.size, style.weight, m);
  let line = '';
  let lineWidth = 0; // including trailing spaces, which may hang past the edge
  const flush = () => {
    out.push(line.trimEnd());
    line = '';
    lineWidth = 0;
  };
  const breaker = new LineBreaker(para);
  let last = 0;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    const seg = para.slice(last, bk.position);
    last = bk.position;
    const inkWidth = width(seg.trimEnd());
    if (line !== '' && lineWidth + inkWidth > maxWidth) flush();
    if (line === '' && inkWidth > maxWidth) {
      const pieces = forceSplit(seg, maxWidth, width);
      for (const p of pieces.slice(0, -1)) out.push(p);
      line = pieces[pieces.length - 1]!;
      lineWidth = width(line);
    } else {
      line += seg;
      lineWidth += width(seg);
    }
    if (bk.required) flush();
  }
  if (line !== '') flush();
}

// Created on first use: constructing a segmenter costs ~9 ms, and only forced breaks need one.
let segmenter: Intl.Segmenter | undefined;
const graphemes = (s: string) => (segmenter ??= new Intl.Segmenter('zh', { granularity: 'grapheme' })).segment(s);

/** Characters UAX #14 forbids at the start of a line (closing and trailing punctuation). */
const NO_LINE_START = /^[，。、；：？！）》」』】〕〉”’,.;:?!)\]}%％‰·・…]/u;

/** Cut an unbreakable run into pieces that fit, never splitting a grapheme. */
function forceSplit(seg: string, maxWidth: number, width: (s: string) => number): string[] {
  const pieces: string[][] = [[]];
  let w = 0;
  for (const { segment: g } of graphemes(seg)) {
    const gw = width(g);
    const cur = pieces[pieces.length - 1]!;
    if (cur.length > 0 && w + gw > maxWidth && g.trim() !== '') {
      // Keep closing punctuation off the start of the new line by taking preceding
      // characters along, as far as they still fit on it.
      const next = [g];
      while (NO_LINE_START.test(next[0]!) && cur.length > 1 && width(cur[cur.length - 1]! + next.join('')) <= maxWidth) next.unshift(cur.pop()!);
      pieces.push(next);
      w = width(next.join(''));
    } else {
      cur.push(g);
      w += gw;
    }
  }
  return pieces.map((p) => p.join('').trimEnd());
}
