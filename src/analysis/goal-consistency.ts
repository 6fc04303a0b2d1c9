import { compare, mul, sub, type Decimal } from './decimal.js';
import { extractGoalQuantities, type GoalQuantity } from './goal-quantities.js';
import { candidatesFor, type Candidate, type QuantIndicator } from './indicator-match.js';
import { sameBase } from './units.js';

/** What a goal figure and the indicators say about each other. */
export type GoalFinding<R> =
  /** An indicator states the same thing: nothing to report. */
  | { readonly kind: 'agrees'; readonly quantity: GoalQuantity; readonly match: Candidate<R> }
  /** The indicator about it states another figure (goal 300 人, indicator ≥280(人)). */
  | { readonly kind: 'number-differs'; readonly quantity: GoalQuantity; readonly match: Candidate<R> }
  /** The indicator about it counts in another unit (goal 6批次, indicator 6次). */
  | { readonly kind: 'unit-differs'; readonly quantity: GoalQuantity; readonly match: Candidate<R> }
  /** No indicator is about it. */
  | { readonly kind: 'unmatched'; readonly quantity: GoalQuantity };

/**
 * Checks each figure a goal states against the indicators. Figures about
 * time (`3个月`, `1年`) usually describe the project's period rather than a
 * target, so they are only compared when an indicator is clearly about them.
 *
 * How a candidate is chosen: if the best one is a confident match, an
 * indicator that agrees must be at least as good a match (a loosely related
 * indicator that happens to agree does not hide a real difference); if no
 * match is confident, any candidate that agrees settles it, and otherwise
 * the nearest one is reported as "nearest", with a message that holds
 * whether or not it is the same thing.
 */
export function checkGoal<R>(goal: string, indicators: readonly QuantIndicator<R>[]): GoalFinding<R>[] {
  return extractGoalQuantities(goal).map((q) => judge(q, indicators));
}

export function judge<R>(q: GoalQuantity, indicators: readonly QuantIndicator<R>[]): GoalFinding<R> {
  const cands = candidatesFor(q, indicators);
  const best = cands[0];
  if (!best) return { kind: 'unmatched', quantity: q };
  const pool = best.strong ? cands.filter((c) => c.score >= best.score) : cands;
  const agreeing = pool.find((c) => c.sameUnit && figuresAgree(q, c.indicator));
  if (agreeing) return { kind: 'agrees', quantity: q, match: agreeing };
  if (q.unit.family === 'duration' && !best.strong) return { kind: 'agrees', quantity: q, match: best };
  if (!sameBase(q.unit, best.indicator.unit)) return { kind: 'unit-differs', quantity: q, match: best };
  return { kind: 'number-differs', quantity: q, match: best };
}

/** Both in the indicator's base unit, exactly. */
function inBase(d: Decimal, factor: Decimal): Decimal {
  return mul(d, factor);
}

/**
 * Does the indicator's target keep the goal's promise? A plain figure (`20次`)
 * must be the indicator's figure; a lower bound (`不少于 500人`, `超过 90%`) is
 * kept by any target at least as high; an upper bound likewise; a range
 * (`1-2个`) by a figure inside it; `约 300 人` by a figure within a tenth of it.
 * A figure per period (`每季度 1 次`) cannot be compared with a yearly one.
 */
export function figuresAgree(q: GoalQuantity, ind: QuantIndicator<unknown>): boolean {
  if (q.per !== undefined) return true;
  const lo = inBase(q.low, q.unit.factor);
  const hi = inBase(q.high, q.unit.factor);
  const m = inBase(ind.figure, ind.unit.factor);
  const op = ind.op ?? '=';
  const ranged = compare(lo, hi) !== 0;
  if (ranged) return compare(m, lo) >= 0 && compare(m, hi) <= 0;
  switch (q.bound) {
    case '=':
      return compare(m, lo) === 0;
    case '≥':
    case '>':
      return op !== '≤' && op !== '<' && compare(m, lo) >= 0;
    case '≤':
    case '<':
      return op !== '≥' && op !== '>' && compare(m, lo) <= 0;
    case '≈': {
      const diff = sub(m, lo);
      const abs = diff.units < 0n ? { ...diff, units: -diff.units } : diff;
      return compare(mul(abs, { units: 10n, scale: 0 }), lo) <= 0;
    }
  }
}
