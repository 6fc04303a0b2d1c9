import type { TextLine } from '../table.js';
import type { TextRun } from './read-pages.js';

/**
 * Runs → lines: runs whose baselines agree (within a third of the font
 * size) form one line, left to right. Where two runs leave a gap wider than
 * a fifth of an em, the producer skipped a space (pdf.js's own inserted
 * spaces are not used: they also appear between cells).
 */
export function runsToLines(runs: readonly TextRun[]): TextLine[] {
  const sorted = [...runs].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const lines: TextRun[][] = [];
  for (const r of sorted) {
    const line = lines.find((l) => Math.abs(l[0]!.baseline - r.baseline) <= Math.max(l[0]!.size, r.size) / 3);
    if (line) line.push(r);
    else lines.push([r]);
  }
  return lines
    .map((l) => {
      l.sort((a, b) => a.x0 - b.x0);
      let text = '';
      let end = -Infinity;
      for (const r of l) {
        if (text !== '' && r.x0 - end > r.size / 5 && !/\s$/.test(text) && !/^\s/.test(r.text)) text += ' ';
        text += r.text;
        end = Math.max(end, r.x1);
      }
      const size = Math.max(...l.map((r) => r.size));
      const paragraph = l[0]!.paragraph;
      const one = paragraph !== undefined && l.every((r) => r.paragraph === paragraph);
      return { text: text.replace(/\s+$/, ''), x0: l[0]!.x0, x1: end, baseline: l[0]!.baseline, size, ...(one && { paragraph }) };
    })
    .filter((l) => l.text !== '')
    .sort((a, b) => a.baseline - b.baseline);
}

/**
 * A cell's lines → its text, telling the producer's wrapping apart from the
 * author's line breaks. A line filler (pdfkit's layout, Excel, LibreOffice)
 * moves a word to the next line only when it does not fit; so when the
 * first word of the next line would have fitted after this line, the
 * author broke the line there (a new paragraph). A line that ends a
 * sentence before a numbered item (`。` then `2.`) is a paragraph end too.
 * Wrapped lines are joined without a space, except between two Latin words
 * or numbers, where the line filler dropped the space it broke at. Between
 * Chinese and a Latin word a PDF cannot show whether the author typed a
 * space where the line wrapped (`达到 99.95%` and `达到99.9999%` occur in
 * one published goal): none is assumed, as the published forms mostly write it.
 */
export function joinLines(lines: readonly TextLine[], box: { readonly x0: number; readonly x1: number }, options: { readonly continued?: ReadonlySet<number> } = {}): string {
  if (lines.length === 0) return '';
  // The width the producer filled: the cell less its padding on both sides, taken as the left padding the
  // lines show (padding is mostly even; a producer that pads the right side less, as LibreOffice does,
  // shows it by lines reaching further), or the widest line, if wider. LibreOffice also wraps with other
  // glyph widths than it prints: its full lines end up to an em apart; the widest one counts.
  const left = Math.min(...lines.map((l) => l.x0));
  const pad = Math.max(0, left - box.x0);
  const width = Math.max(box.x1 - box.x0 - 2 * pad, Math.max(...lines.map((l) => l.x1)) - left);
  // Line pitch: the smallest baseline gap (a wider gap holds empty lines, i.e. blank lines in the text).
  const gaps = lines.slice(1).map((l, i) => l.baseline - lines[i]!.baseline);
  const pitch = Math.min(...gaps, 1.6 * Math.max(...lines.map((l) => l.size)));
  // Numbered items written inline (`…责任。2.更好…`) tell that a full line ending a sentence before an item
  // number is only wrapped there; items written one per line make it a paragraph end.
  const inlineItems = lines.some((l) => INLINE_ITEM.test(l.text));
  let text = lines[0]!.text;
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    const line = lines[i]!;
    const empty = Math.max(0, Math.round(gaps[i - 1]! / pitch) - 1);
    // A tagged PDF says where paragraphs end (within a page: a paragraph continued on the next page is marked again there).
    const tagged = prev.paragraph !== undefined && line.paragraph !== undefined && samePage(prev.paragraph, line.paragraph);
    const ends = tagged ? prev.paragraph !== line.paragraph : paragraphEnd(prev, line, width, { atBreak: options.continued?.has(i) === true, inlineItems });
    if (empty > 0 || ends) {
      text += '\n'.repeat(empty + 1) + line.text;
      continue;
    }
    // Between two Latin words the line filler dropped a space, unless it cut a word too long for the line (a
    // URL): then the line is full to the last character and ends inside a long run of Latin characters.
    const full = width - (prev.x1 - prev.x0) < 0.6 * prev.size;
    const cutWord = full && /[^\s\p{Script=Han}，。、；：（）《》“”]{10,}$/u.test(prev.text);
    text += (needsSpace(prev.text, line.text) && !cutWord ? ' ' : '') + line.text;
  }
  return text;
}

/**
 * The first unit the line filler could not have moved apart: a CJK character
 * or a Latin word, with opening punctuation before it and closing punctuation
 * after, and a number right after that punctuation (LibreOffice keeps
 * `任。2.` together).
 */
function firstUnit(s: string): string {
  const m = /^[（《「『【〔〈“‘(\[]*(?:[A-Za-z0-9.,%\-+/_@#&'’]+|.)([，。、；：？！）》」』】〕〉”’,.;:?!)\]}%％‰·・…]*)/u.exec(s);
  if (!m) return s.slice(0, 1);
  return m[1] ? m[0] + /^[A-Za-z0-9.%]*/.exec(s.slice(m[0].length))![0] : m[0];
}

/** Punctuation no author begins a paragraph with: a line that starts with it continues the one before. */
const CLOSING = /^[，。、；：？！）》」』】〕〉”’…]/u;

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u3000-\u303f\u2018-\u201d\u2026]/u;

/**
 * The width of the first `n` characters of a line: CJK characters and
 * full-width punctuation take one em; the other characters share what is
 * left of the line's measured width.
 */
function prefixWidth(line: TextLine, n: number): number {
  const chars = [...line.text];
  const wide = chars.filter((c) => WIDE.test(c)).length;
  const narrow = chars.length - wide;
  const total = line.x1 - line.x0;
  const narrowWidth = narrow > 0 ? Math.max(0, total - wide * line.size) / narrow : 0;
  // Letters are wider than the spaces and dots in the average: count each as at least 0.6 em, so a
  // paragraph end is only assumed where the next word clearly had room.
  const width = (c: string) => (WIDE.test(c) ? line.size : /[A-Za-z0-9]/.test(c) ? Math.max(narrowWidth, 0.6 * line.size) : narrowWidth);
  return chars.slice(0, n).reduce((a, c) => a + width(c), 0);
}

/**
 * Whether the author ended a paragraph after `prev`. Never before closing
 * punctuation (no paragraph begins with `，`). Where the next line's first
 * unit had room on `prev`, the line filler did not break there: the author
 * did. Where a cell continues on the next page (`atBreak`), the last line
 * before the break need not be full — a producer that prints rows as they
 * come (LibreOffice printing a sheet whose goal our writer split into rows
 * page by page) ends it where the row's text ends — so room alone is not
 * enough there: the line must also end a sentence or the next begin an item.
 */
function paragraphEnd(prev: TextLine, line: TextLine, width: number, o: { readonly atBreak: boolean; readonly inlineItems: boolean }): boolean {
  if (line.text === '') return true;
  if (CLOSING.test(line.text)) return false;
  const sentenceEnd = /[。；！？!?;]$/.test(prev.text);
  const item = ITEM.test(line.text);
  if (roomForNext(prev, line, width) && (!o.atBreak || sentenceEnd || /[：:]$/.test(prev.text) || item)) return true;
  // A sentence ends the line and the next begins a numbered item: `1.`, `（1）`, `一、`, `第二，`, `目标 5.`.
  return sentenceEnd && item && !o.inlineItems;
}

function roomForNext(prev: TextLine, line: TextLine, width: number): boolean {
  const unitWidth = prefixWidth(line, [...firstUnit(line.text)].length);
  const used = prev.x1 - prev.x0;
  const slack = 0.35 * line.size;
  return used + unitWidth + (needsSpace(prev.text, line.text) ? line.size / 4 : 0) <= width - slack;
}

/** An item number at the start of a line: `1.`, `（1）`, `一、`, `第二，`, `目标 5.` (not a decimal such as `99.95%`). */
const ITEM = /^(?:\p{Script=Han}{0,4}\s?\d+(?:[.．](?!\d)|[、)）])|[（(]\d+[)）]|[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十\d]+[、，,.．])/u;
/** An item number after a sentence, inside a line: `…责任。2.更好…`. */
const INLINE_ITEM = /[。；]\s?(?:\p{Script=Han}{0,4}\s?)?\d+(?:[.．](?!\d)|、)/u;

const samePage = (a: string, b: string) => a.split(':')[0] === b.split(':')[0];

function needsSpace(before: string, after: string): boolean {
  return /[A-Za-z0-9%)\]]$/.test(before) && /^[A-Za-z0-9(\[]/.test(after);
}
