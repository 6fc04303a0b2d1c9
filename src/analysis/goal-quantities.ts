import { compare, parseDecimal, type Decimal } from './decimal.js';
import { foldWidth } from './text.js';
import { readUnit, unitAt, type UnitReading } from './units.js';

/**
 * How a goal states a figure: `不少于 500人` (≥), `超过 90%` (>), `1-2个`
 * (a range, `=` over low…high), `约 300 人` (≈), plain `20次` (=, "this many").
 */
export type Bound = '≥' | '>' | '≤' | '<' | '=' | '≈';

/** A figure stated in a goal text, with where it is and what it is about. */
export interface GoalQuantity {
  /** The phrase as written, qualifiers included: `不少于 500人`, `100次以上`, `1-2个`. */
  readonly text: string;
  /** Offsets of `text` in the goal text (UTF-16, end exclusive). */
  readonly start: number;
  readonly end: number;
  /** The figure as written: `500`, `1-2`, `99.9999`. */
  readonly figure: string;
  readonly low: Decimal;
  readonly high: Decimal;
  readonly bound: Bound;
  readonly unit: UnitReading;
  /** The words of the clause this figure is about (the figure itself cut out). */
  readonly context: string;
  /** The clause before it in the same sentence, for figures whose clause names little (`覆盖人数不少于 500人`). */
  readonly wider: string;
  /** `比上一年增加 10%`: the figure is a change, not a level. */
  readonly change?: 'increase' | 'decrease';
  /** `每季度 1 次`: a figure per period, not for the year. */
  readonly per?: string;
  /** Figures listed together (`1400C、3900G、300T`) share a group number. */
  readonly group: number;
}

const NUMBER = /\d+(?:,\d{3})*(?:\.\d+)?/y;
const RANGE_SEP = /\s*[-~～—–至到]\s*/y;
/** Where a clause ends: the subject of a figure never crosses these. */
const CLAUSE_END = /[，,；;。！!？?\n：:]/;
const SENTENCE_END = /[；;。！!？?\n]/;

// Longest first: 不超过 must win over 超过, 及以上 over 以上.
const BEFORE: readonly [string, Bound][] = [
  ['不少于', '≥'], ['不低于', '≥'], ['不小于', '≥'], ['不超过', '≤'], ['不高于', '≤'], ['不大于', '≤'],
  ['不多于', '≤'], ['不到', '<'], ['不足', '<'], ['至少', '≥'], ['最少', '≥'], ['最多', '≤'], ['至多', '≤'],
  ['超过', '>'], ['高于', '>'], ['大于', '>'], ['多于', '>'], ['突破', '>'], ['低于', '<'], ['少于', '<'],
  ['小于', '<'], ['控制在', '≤'], ['达到', '≥'], ['达', '≥'], ['逾', '>'], ['超', '>'], ['约为', '≈'],
  ['大约', '≈'], ['约', '≈'], ['将近', '≈'], ['近', '≈'],
  ['≥', '≥'], ['>=', '≥'], ['≤', '≤'], ['<=', '≤'], ['>', '>'], ['<', '<'],
];
const AFTER: readonly [string, Bound][] = [
  ['及以上', '≥'], ['以上', '≥'], ['之上', '≥'], ['及以下', '≤'], ['以下', '≤'], ['以内', '≤'], ['之内', '≤'],
  ['左右', '≈'], ['内', '≤'],
];
const INCREASE = /(增加|增长|提高|提升|上升|增幅|增速)\s*(?:了)?\s*$/;
const DECREASE = /(下降|降低|减少|压缩|压减|缩短|降幅)\s*(?:了)?\s*$/;
/** `每季度开展检查1次`: a figure per part of the year (每年 is the year itself). */
const PER = /每(半年|季度|季|个月|月|周|天|日)/;

/** Offsets where the numbers of `1400C、3900G、300T` sit: only `、` between them. */
const LIST_JOINER = /^\s*[、,，和及与]\s*$/;

/**
 * Every figure with a unit that a goal text states. Years (`2025年`), dates
 * (`12月底`, `2025.07`), ordinals (`第3批`, `目标 1.`, `1、`) and figures
 * without a unit are not quantities and are left out. Chinese numerals are
 * not read: too many set phrases use them (一网统管, 两个维护, 一次性).
 */
export function extractGoalQuantities(goal: string): GoalQuantity[] {
  const text = foldWidth(goal);
  const found: Omit<GoalQuantity, 'context' | 'wider' | 'group'>[] = [];
  let i = 0;
  while (i < text.length) {
    if (!/\d/.test(text[i]!)) {
      i++;
      continue;
    }
    const q = readAt(text, i);
    // Offsets are the same in the folded text; the phrase is quoted as written.
    if (q.quantity) found.push({ ...q.quantity, text: goal.slice(q.quantity.start, q.quantity.end) });
    i = Math.max(q.next, i + 1);
  }
  return withContext(text, found);
}

interface ReadResult {
  readonly quantity?: Omit<GoalQuantity, 'context' | 'wider' | 'group'>;
  /** Where to continue scanning. */
  readonly next: number;
}

function readAt(text: string, at: number): ReadResult {
  const prev = text[at - 1] ?? '';
  // Part of a word or a longer number: H5, IPv6, 2.5 read from the middle.
  const skipRun = (): ReadResult => ({ next: at + (/^[\d.,:/\-~～]+/.exec(text.slice(at))?.[0].length ?? 1) });
  if (/[A-Za-z0-9.]/.test(prev) || prev === '第') return skipRun();

  NUMBER.lastIndex = at;
  const first = NUMBER.exec(text);
  if (!first) return skipRun();
  let end = at + first[0].length;
  let figure = first[0];
  let second: string | undefined;
  RANGE_SEP.lastIndex = end;
  const sep = RANGE_SEP.exec(text);
  if (sep) {
    NUMBER.lastIndex = end + sep[0].length;
    const n2 = NUMBER.exec(text);
    if (n2) {
      second = n2[0];
      figure = text.slice(at, end + sep[0].length + n2[0].length);
      end += sep[0].length + n2[0].length;
    }
  }
  // `2025.07`, `1.` ordinal, `1、` list marker, `12:00`: not a quantity.
  const after = text.slice(end);
  if (/^[.、:：)）]/.test(after) && !/^\.\d/.test(after)) return { next: end + 1 };

  let cursor = end;
  while (text[cursor] === ' ') cursor++;
  let approxMore = false;
  if (text[cursor] === '余' || text[cursor] === '多') {
    approxMore = true;
    cursor++;
  }
  const unitText = text[cursor] === '%' ? '%' : unitAt(text.slice(cursor));
  if (!unitText) return { next: end };
  const unitEnd = cursor + unitText.length;
  // A Latin unit must end its word (300T, not 5Gbit); 5G/4G/3G name networks, not 5 GB.
  if (/[A-Za-z]$/.test(unitText) && /^[A-Za-z0-9]/.test(text.slice(unitEnd))) return { next: unitEnd };
  if (unitText === 'G' && !second && /^[2-6]$/.test(first[0])) return { next: unitEnd };

  const low = parseDecimal(first[0]);
  const high = second === undefined ? low : parseDecimal(second);
  if (!low || !high) return { next: unitEnd };

  // Years, months and days are dates, not amounts: 2025年, 12月底, 3月15日.
  if (isDatePart(text, at, first[0], second, unitText, unitEnd)) return { next: unitEnd };

  // Qualifiers on either side.
  const before = text.slice(Math.max(0, at - 8), at).replace(/\s+$/, '');
  let bound: Bound = second === undefined ? '=' : '=';
  let start = at;
  for (const [word, b] of BEFORE) {
    if (before.endsWith(word)) {
      bound = b;
      start = at - (text.slice(0, at).length - text.slice(0, at).trimEnd().length) - word.length;
      break;
    }
  }
  let phraseEnd = unitEnd;
  const rest = text.slice(unitEnd);
  for (const [word, b] of AFTER) {
    if (!rest.startsWith(word)) continue;
    // `1年内` is a duration; `内` after other units (`30天内`) bounds it from above.
    bound = b === '≤' && (bound === '≥' || bound === '>') ? bound : b;
    phraseEnd = unitEnd + word.length;
    break;
  }
  if (approxMore && bound === '=') bound = '>';

  const head = text.slice(lastIndexOf(text, CLAUSE_END, start) + 1, start);
  const change = INCREASE.test(head) ? 'increase' : DECREASE.test(head) ? 'decrease' : undefined;
  const per = PER.exec(head)?.[1];

  return {
    next: phraseEnd,
    quantity: {
      text: text.slice(start, phraseEnd),
      start,
      end: phraseEnd,
      figure,
      low,
      high,
      bound,
      unit: readUnit(unitText),
      ...(change && { change }),
      ...(per && { per }),
    },
  };
}

function isDatePart(text: string, at: number, first: string, second: string | undefined, unit: string, unitEnd: number): boolean {
  const n = Number(first.replaceAll(',', ''));
  const whole = /^\d+$/.test(first);
  if (unit.startsWith('年') && whole && first.length === 4 && n >= 1900 && n <= 2100) return true;
  if (unit === '年度' || (unit === '年' && /^度/.test(text.slice(unitEnd)))) return true;
  // `2.12月底前`: a list number run into a month, never 2.12 months.
  if (unit === '月' && !whole) return true;
  if (unit === '月' && whole && n >= 1 && n <= 12 && (second === undefined || Number(second) <= 12)) {
    // 3个月 is a duration and reads as 个月; a bare 月 after a number ≤ 12 is a month of the year.
    return true;
  }
  if ((unit === '日' || unit === '号') && whole && /月\s*$/.test(text.slice(Math.max(0, at - 3), at))) return true;
  return false;
}

/** The words around each figure: its clause, and the clause before it in the same sentence. */
function withContext(text: string, found: readonly Omit<GoalQuantity, 'context' | 'wider' | 'group'>[]): GoalQuantity[] {
  const out: GoalQuantity[] = [];
  let group = 0;
  found.forEach((q, k) => {
    const prev = found[k - 1];
    const listed = prev !== undefined && LIST_JOINER.test(text.slice(prev.end, q.start));
    if (!listed) group++;
    out.push({ ...q, group, context: '', wider: '' });
  });
  // Context is shared by a group: from the clause start (or the previous group) to the first figure,
  // plus what follows the last figure when no other figure follows in the clause.
  const groups = new Map<number, GoalQuantity[]>();
  for (const q of out) groups.set(q.group, [...(groups.get(q.group) ?? []), q]);
  const ordered = [...groups.values()];
  ordered.forEach((members, gi) => {
    const first = members[0]!;
    const last = members[members.length - 1]!;
    const clauseStart = lastIndexOf(text, CLAUSE_END, first.start) + 1;
    const prevGroup = ordered[gi - 1];
    const from = prevGroup && prevGroup[prevGroup.length - 1]!.end > clauseStart ? prevGroup[prevGroup.length - 1]!.end : clauseStart;
    const clauseEnd = indexOf(text, CLAUSE_END, last.end);
    const nextGroup = ordered[gi + 1];
    const tail = nextGroup && nextGroup[0]!.start < clauseEnd ? '' : text.slice(last.end, clauseEnd);
    const context = stripMarkers(text.slice(from, first.start) + ' ' + tail);
    const sentenceStart = lastIndexOf(text, SENTENCE_END, first.start) + 1;
    const wider = clauseStart > sentenceStart ? stripMarkers(text.slice(sentenceStart, clauseStart)) : '';
    // `达到 1400C、3900G、300T`: the qualifier in front of the list holds for every figure in it.
    const bound = members.find((q) => q.bound !== '=')?.bound ?? '=';
    for (const q of members) out[out.indexOf(q)] = { ...q, bound: q.bound === '=' && compare(q.low, q.high) === 0 ? bound : q.bound, context, wider };
  });
  return out;
}

/** `目标 4.` and `1.` numbering says nothing about the subject. */
function stripMarkers(s: string): string {
  return s.replace(/目标\s*\d+\s*[.、:：]?/g, ' ').replace(/(^|\s)\d+\s*[.、]/g, ' ').trim();
}

function lastIndexOf(s: string, re: RegExp, before: number): number {
  for (let i = before - 1; i >= 0; i--) if (re.test(s[i]!)) return i;
  return -1;
}

function indexOf(s: string, re: RegExp, from: number): number {
  for (let i = from; i < s.length; i++) if (re.test(s[i]!)) return i;
  return s.length;
}
