import { comparable } from './text.js';

/**
 * Copied text, the way a reviewer spots it: the same words, whatever the
 * line wrapping, spacing, full-width characters or punctuation.
 */

/** Shorter texts (`完成年度任务。`) are the same by accident, not by copying. */
export const MIN_COPY_CHARS = 12;

export function sameText(a: string, b: string): boolean {
  const x = comparable(a);
  return x.length >= MIN_COPY_CHARS && x === comparable(b);
}

/** 项目总目标 of a multi-year project copied into 年度总体目标 (or the other way round). */
export function overallCopiesAnnual(overall: string | undefined, annual: string): boolean {
  return overall !== undefined && sameText(overall, annual);
}

/** What a project contributes to the cross-file comparison. */
export interface CopyCandidate<R> {
  readonly ref: R;
  /** 年度总体目标 (and 项目总目标 when present). */
  readonly goals: readonly string[];
  /** The 三级指标 names. */
  readonly indicatorNames: readonly string[];
}

/** Fewer indicators than this are too generic to call a copy (满意度 ≥90% alone is everywhere). */
export const MIN_COPY_INDICATORS = 3;

export type CopyFinding<R> =
  | { readonly kind: 'same-goal'; readonly copy: R; readonly original: R; readonly goalIndex: number }
  | { readonly kind: 'same-indicators'; readonly copy: R; readonly original: R };

/**
 * Projects that repeat an earlier project's goal text or its whole set of
 * indicator names. Each copy is reported once, against the first project
 * (in input order) that has the same text, so findings do not multiply with
 * the number of copies. Linear in the number of projects.
 */
export function findCopies<R>(projects: readonly CopyCandidate<R>[]): CopyFinding<R>[] {
  const firstGoal = new Map<string, R>();
  const firstSet = new Map<string, R>();
  const out: CopyFinding<R>[] = [];
  for (const p of projects) {
    p.goals.forEach((g, goalIndex) => {
      const key = comparable(g);
      if (key.length < MIN_COPY_CHARS) return;
      const original = firstGoal.get(key);
      if (original === undefined) firstGoal.set(key, p.ref);
      else if (original !== p.ref) out.push({ kind: 'same-goal', copy: p.ref, original, goalIndex });
    });
    const names = [...new Set(p.indicatorNames.map(comparable))].sort();
    if (names.length >= MIN_COPY_INDICATORS) {
      const key = names.join('\u0000');
      const original = firstSet.get(key);
      if (original === undefined) firstSet.set(key, p.ref);
      else out.push({ kind: 'same-indicators', copy: p.ref, original });
    }
  }
  return out;
}
