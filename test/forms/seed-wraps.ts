import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SheetLayout } from '../../src/layout/layout-sheet.js';
import type { Declaration } from '../../src/model/declaration.js';
import { ROOT } from '../helpers/examples.js';

/**
 * The published 汇总表 as text (../shared/seed, read by pdftotext): the
 * examples are its six projects, transcribed. Where the published form
 * breaks a cell's text onto a new line shows in the text as a line break
 * inside that cell's characters; comparing those places with where our
 * layout breaks the same cell measures how closely our grid follows the
 * published one.
 */
export const SEED_FILE = join(ROOT, '..', 'shared', 'seed', '000_8f8e3b1de3fa6022.txt');

export const seedAvailable = () => existsSync(SEED_FILE);

/** The seed's text per form, found by 项目名称: everything from the form's title to the next. */
export function seedSections(): string[] {
  return readFileSync(SEED_FILE, 'utf8').split('财政项目支出绩效目标申报表').slice(1);
}

const strip = (s: string) => s.replace(/\s+/g, '');
const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where the published text breaks `text` onto new lines, as indexes into the
 * text with whitespace removed (a break before character i), leaving out
 * the author's own line breaks; undefined when the text cannot be found.
 */
export function publishedBreaks(section: string, text: string): Set<number> | undefined {
  const chars = [...strip(text)];
  if (chars.length < 2) return undefined;
  const re = new RegExp(chars.map(escape).join('([ \\n]*)'), 'u');
  const m = re.exec(section);
  if (!m) return undefined;
  const breaks = new Set<number>();
  for (let i = 1; i < chars.length; i++) if (m[i]!.includes('\n')) breaks.add(i);
  for (const i of ownBreaks(text)) breaks.delete(i);
  return breaks;
}

/** Where `text` starts in `section` (whitespace between characters allowed), if it occurs. */
function findAt(section: string, text: string): number | undefined {
  const chars = [...strip(text)];
  if (chars.length === 0) return undefined;
  const m = new RegExp(chars.map(escape).join('[ \\n]*'), 'u').exec(section);
  return m ? m.index + m[0].length : undefined;
}

/** Breaks the author wrote (paragraphs), as indexes into the text with whitespace removed. */
export function ownBreaks(text: string): Set<number> {
  const out = new Set<number>();
  let at = 0;
  for (const para of text.split('\n').slice(0, -1)) {
    at += strip(para).length;
    out.add(at);
  }
  return out;
}

/** Where our layout breaks a cell's lines, the same way. */
export function laidBreaks(lines: readonly string[], text: string): Set<number> {
  const out = new Set<number>();
  let at = 0;
  for (const line of lines.slice(0, -1)) {
    at += strip(line).length;
    out.add(at);
  }
  for (const i of ownBreaks(text)) out.delete(i);
  return out;
}

export interface CellWraps {
  readonly project: string;
  readonly text: string;
  readonly kind: string;
  readonly published: readonly number[];
  readonly ours: readonly number[];
}

export interface WrapFigures {
  readonly cells: readonly CellWraps[];
  /** Published breaks, and how many of them we break at the same character. */
  readonly published: number;
  readonly matched: number;
  /** Breaks we make that the published form does not. */
  readonly extra: number;
}

/** What kind of cell, by its path: header values, goals, indicator names and 一级/二级 labels. */
function kindOf(path: readonly (string | number)[], text: string, decl: Declaration): string | undefined {
  if (path.length === 1 && ['项目名称', '项目性质', '项目类别', '主管部门', '实施单位'].includes(String(path[0]))) return 'header';
  if (path[0] === '绩效目标' && path.length === 2 && text !== '' && text !== '项目总目标' && text !== '年度总体目标' && !text.startsWith('项目总目标（')) return 'goal';
  if (path[0] === '绩效指标' && path.length === 5 && text === path[4]) return 'indicator';
  if (path[0] === '绩效指标' && (path.length === 2 || path.length === 3) && text === path[path.length - 1]) return 'label';
  void decl;
  return undefined;
}

/** The comparison for laid-out forms of the examples. */
export function wrapFigures(forms: readonly { readonly decl: Declaration; readonly layout: SheetLayout }[]): WrapFigures {
  const sections = seedSections();
  const cells: CellWraps[] = [];
  for (const { decl, layout } of forms) {
    const section = sections.find((s) => strip(s).includes(`项目名称${strip(decl.name.value)}`) || strip(s).includes(strip(decl.name.value)));
    if (!section) throw new Error(`${decl.name.value} is not in the seed`);
    // Cells are found in reading order, each after the one before when it can be (a short text such as 专项资金 also
    // occurs earlier, inside a longer one).
    let from = 0;
    for (const mc of layout.measured.cells) {
      const found = publishedBreaks(section.slice(from), mc.cell.text) ?? publishedBreaks(section, mc.cell.text);
      const at = findAt(section.slice(from), mc.cell.text);
      if (at !== undefined) from += at;
      const kind = kindOf(mc.cell.path, mc.cell.text, decl);
      if (!kind) continue;
      const published = found;
      if (!published) continue;
      cells.push({ project: decl.name.value, text: mc.cell.text, kind, published: [...published], ours: [...laidBreaks(mc.lines, mc.cell.text)] });
    }
  }
  let published = 0;
  let matched = 0;
  let extra = 0;
  for (const c of cells) {
    published += c.published.length;
    matched += c.ours.filter((b) => c.published.includes(b)).length;
    extra += c.ours.filter((b) => !c.published.includes(b)).length;
  }
  return { cells, published, matched, extra };
}
