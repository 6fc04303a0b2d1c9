import type { Decimal } from './decimal.js';
import type { GoalQuantity } from './goal-quantities.js';
import { bigrams, intersection } from './text.js';
import { sameBase, type UnitReading } from './units.js';

/** The comparison an indicator value states. */
export type IndicatorOp = '≥' | '≤' | '=' | '>' | '<';

/** A quantitative indicator, reduced to what matching needs; `ref` is the caller's handle on it. */
export interface QuantIndicator<R = unknown> {
  readonly ref: R;
  readonly name: string;
  /** Absent for a figure written without an operator (`985米`). */
  readonly op?: IndicatorOp;
  readonly figure: Decimal;
  /** The figure as written (`1.10`, `2,000`), for messages that quote it. */
  readonly figureWritten: string;
  /** The whole value as the form prints it (`≤1.10(万元/次)`), for messages. */
  readonly written: string;
  readonly unit: UnitReading;
}

/**
 * Words that say nothing about *what* is counted: verbs of doing, qualifiers,
 * the names of counts. Cut out before two texts are compared, so that
 * 「组织开展普法培训」 and 「全年各类培训总人数」 meet on 培训 alone.
 */
export const STOP_WORDS: readonly string[] = [
  '不少于', '不低于', '不超过', '及以上', '以上', '超过', '达到', '上一年', '比上年', '同比', '环比',
  '通过', '实现', '完成', '开展', '组织', '进行', '全年', '年度', '累计', '共计', '项目', '工作', '确保',
  '保障', '推进', '推动', '促进', '相关', '各类', '各项', '主要', '数量', '次数', '人数', '个数', '场数',
  '篇数', '件数', '总数', '提升', '提高', '进一步', '加强', '重要', '有效', '目标', '全面', '持续', '其中',
  '平均', '总计',
];

/**
 * What kind of rate a phrase is about. Two percentages of different kinds
 * (企业好评率 and 企业整改率) are not the same figure however many words they share.
 */
const KINDS: readonly [string, RegExp][] = [
  ['satisfaction', /满意|好评/],
  ['timeliness', /及时|按时|按期/],
  ['coverage', /覆盖/],
  ['pass', /合格|达标|通过率|验收/],
  ['availability', /可用/],
  ['completion', /完成率|完成度|落实|执行率|到位/],
  ['growth', /增加|增长|提高|同比|环比|增幅|上升/],
  ['decline', /下降|降低|减少|压减/],
  ['accuracy', /准确|正确|识别/],
  ['rectification', /整改/],
];

export function kindsOf(s: string): Set<string> {
  return new Set(KINDS.filter(([, re]) => re.test(s)).map(([k]) => k));
}

export interface Candidate<R> {
  readonly indicator: QuantIndicator<R>;
  /** Words of the goal's clause the indicator's name shares. */
  readonly shared: readonly string[];
  /** Words shared only with the clause before it. */
  readonly sharedWider: readonly string[];
  readonly sameUnit: boolean;
  readonly sameKind: boolean;
  readonly score: number;
  /** Confident enough to say "this indicator is about that figure". */
  readonly strong: boolean;
}

/**
 * An indicator name's words, kept: each goal figure is compared with every
 * indicator of its form, so without this a name's words were computed once per
 * figure (0.2 s of the 3 s it took to validate 1,000 forms, issue #15). Bounded, and never
 * mutated by callers (`intersection` only reads).
 */
const nameWords = new Map<string, ReadonlySet<string>>();

function nameWordsOf(name: string): ReadonlySet<string> {
  let words = nameWords.get(name);
  if (!words) {
    if (nameWords.size >= 10_000) nameWords.clear();
    words = bigrams(name, STOP_WORDS);
    nameWords.set(name, words);
  }
  return words;
}

/**
 * The indicators a goal figure may be about, best first. A candidate must
 * measure in the same family of units (a count is never matched to a
 * percentage or an amount), must not be a rate of another kind, and must
 * share at least one word with the figure's clause or the clause before it.
 */
export function candidatesFor<R>(q: GoalQuantity, indicators: readonly QuantIndicator<R>[]): Candidate<R>[] {
  const goalWords = bigrams(q.context, STOP_WORDS);
  // The clause before is consulted only when the figure's own clause names too little
  // (`覆盖人数不少于 500人`); otherwise its words would pull in unrelated indicators.
  const widerWords = goalWords.size < 3 ? bigrams(q.wider, STOP_WORDS) : new Set<string>();
  const goalKinds = kindsOf(q.context + (q.change === 'increase' ? '增加' : q.change === 'decrease' ? '下降' : ''));
  const out: Candidate<R>[] = [];
  for (const ind of indicators) {
    if (ind.unit.family !== q.unit.family) continue;
    // A cost per item (万元/次) is not a figure the goal states for the item.
    if ((ind.unit.per !== undefined) !== (q.unit.per !== undefined)) continue;
    const indKinds = kindsOf(ind.name);
    // Kinds tell rates apart; for counts the unit's own noun (人, 篇, 场) already says what is counted.
    const kindOverlap = q.unit.family === 'percent' && [...goalKinds].some((k) => indKinds.has(k));
    if (q.unit.family === 'percent' && (goalKinds.size > 0 || indKinds.size > 0) && !kindOverlap) {
      // A rate of one kind is never another kind's rate; an unnamed one (100%公务出车) may be any.
      if (goalKinds.size > 0 && indKinds.size > 0) continue;
      if (goalKinds.size > 0 && indKinds.size === 0) continue;
    }
    const nameWords = nameWordsOf(ind.name);
    const shared = intersection(goalWords, nameWords);
    const sharedWider = intersection(widerWords, nameWords).filter((w) => !shared.includes(w));
    if (shared.length + sharedWider.length === 0 && !kindOverlap) continue;
    const sameUnit = sameBase(q.unit, ind.unit);
    const score = shared.length + sharedWider.length / 2 + (kindOverlap ? 1 : 0) + (sameUnit ? (q.unit.family === 'count' ? 1.5 : 1) : 0);
    // Words from the clause before count in full only when they were needed (the clause itself named little).
    const words = shared.length + sharedWider.length;
    const strong = words >= 3 || (words >= 2 && (sameUnit || kindOverlap)) || (words >= 1 && kindOverlap && sameUnit);
    out.push({ indicator: ind, shared, sharedWider, sameUnit, sameKind: kindOverlap, score, strong });
  }
  return out.sort((a, b) => b.score - a.score);
}
