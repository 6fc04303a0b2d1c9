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
export function joinLines(lines: readonly TextLine[], box: { readonly x0: number; readonly x1: number }): string {
  if (lines.length === 0) return '';
  // The producer's padding: the smallest gap between the text and a cell side (the widest line shows it).
  const pad = Math.max(0, Math.min(...lines.map((l) => Math.min(l.x0 - box.x0, box.x1 - l.x1))));
  const width = box.x1 - box.x0 - 2 * pad;
  // Line pitch: the smallest baseline gap (a wider gap holds empty lines, i.e. blank lines in the text).
  const gaps = lines.slice(1).map((l, i) => l.baseline - lines[i]!.baseline);
  const pitch = Math.min(...gaps, 1.6 * Math.max(...lines.map((l) => l.size)));
  let text = lines[0]!.text;
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    const line = lines[i]!;
    const empty = Math.max(0, Math.round(gaps[i - 1]! / pitch) - 1);
    // A tagged PDF says where paragraphs end (within a page: a paragraph continued on the next page is marked again there).
    const tagged = prev.paragraph !== undefined && line.paragraph !== undefined && samePage(prev.paragraph, line.paragraph);
    if (empty > 0 || (tagged ? prev.paragraph !== line.paragraph : paragraphEnd(prev, line, width))) {
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

/** The first unit the line filler could not have moved apart: a CJK character or a Latin word, with opening punctuation before it and closing punctuation after. */
function firstUnit(s: string): string {
  const m = /^[（《「『【〔〈“‘(\[]*(?:[A-Za-z0-9.,%\-+/_@#&'’]+|.)[，。、；：？！）》」』】〕〉”’,.;:?!)\]}%％‰·・…]*/u.exec(s);
  return m ? m[0] : s.slice(0, 1);
}

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

function paragraphEnd(prev: TextLine, line: TextLine, width: number): boolean {
  if (line.text === '') return true;
  const unitWidth = prefixWidth(line, [...firstUnit(line.text)].length);
  const used = prev.x1 - prev.x0;
  const slack = 0.35 * line.size;
  if (used + unitWidth + (needsSpace(prev.text, line.text) ? line.size / 4 : 0) <= width - slack) return true;
  // A sentence ends the line and the next begins a numbered item: `1.`, `（1）`, `一、`, `第二，`, `目标 5.`.
  return /[。；！？!?;]$/.test(prev.text) && /^(?:\p{Script=Han}{0,4}\s?\d+[.．、)）]|[（(]\d+[)）]|[一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十\d]+[、，,.．])/u.test(line.text);
}

const samePage = (a: string, b: string) => a.split(':')[0] === b.split(':')[0];

function needsSpace(before: string, after: string): boolean {
  return /[A-Za-z0-9%)\]]$/.test(before) && /^[A-Za-z0-9(\[]/.test(after);
}
