import { figuresAgree } from './goal-consistency.js';
import { extractGoalQuantities, type GoalQuantity } from './goal-quantities.js';
import type { QuantIndicator } from './indicator-match.js';
import { sameBase } from './units.js';

/**
 * An indicator whose name states its own count (`村组干部230人`) and whose
 * value says something else about the same thing: another unit of the same
 * kind (`≥230个`: people are not 个) or another figure in the same unit
 * (`培训300人: ≥280人`). A name stating a count of one thing and a value
 * measuring another (`村组干部230人培训覆盖率: =100%`) is fine.
 */
export type NameCountFinding =
  | { readonly kind: 'unit'; readonly stated: GoalQuantity }
  | { readonly kind: 'figure'; readonly stated: GoalQuantity };

export function nameCountConflict(ind: QuantIndicator<unknown>): NameCountFinding | undefined {
  const stated = extractGoalQuantities(ind.name).filter((q) => q.unit.family === ind.unit.family && q.unit.per === undefined);
  if (stated.length !== 1 || ind.unit.per !== undefined) return undefined;
  const q = stated[0]!;
  if (!sameBase(q.unit, ind.unit)) return { kind: 'unit', stated: q };
  if (!figuresAgree(q, ind)) return { kind: 'figure', stated: q };
  return undefined;
}
