import { createHash } from 'node:crypto';
import { comparable } from './text.js';
import { detached } from '../util/detached.js';

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

/**
 * What a project keeps for the cross-file comparison: digests, not texts, so
 * a summary of thousands of files holds a few bytes per project. Undefined
 * where a text is too short (or a set too small) to call a copy.
 */
export interface CopyKeys {
  readonly goals: readonly (string | undefined)[];
  readonly indicators?: string;
  readonly indicatorCount: number;
}

// Detached: a slice of the 43-character digest would keep the whole digest alive.
const digest = (s: string) => detached(createHash('sha256').update(s).digest('base64url').slice(0, 22));

export function copyKeys(goals: readonly string[], indicatorNames: readonly string[]): CopyKeys {
  const names = [...new Set(indicatorNames.map(comparable))].sort();
  return {
    goals: goals.map((g) => {
      const key = comparable(g);
      return key.length >= MIN_COPY_CHARS ? digest(key) : undefined;
    }),
    ...(names.length >= MIN_COPY_INDICATORS && { indicators: digest(names.join('\u0000')) }),
    indicatorCount: names.length,
  };
}

/** findCopies over precomputed keys: the same result, in the same order. */
export function findCopiesByKeys<R>(projects: readonly { readonly ref: R; readonly keys: CopyKeys }[]): CopyFinding<R>[] {
  const firstGoal = new Map<string, R>();
  const firstSet = new Map<string, R>();
  const out: CopyFinding<R>[] = [];
  for (const p of projects) {
    p.keys.goals.forEach((key, goalIndex) => {
      if (key === undefined) return;
      const original = firstGoal.get(key);
      if (original === undefined) firstGoal.set(key, p.ref);
      else if (original !== p.ref) out.push({ kind: 'same-goal', copy: p.ref, original, goalIndex });
    });
    const key = p.keys.indicators;
    if (key !== undefined) {
      const original = firstSet.get(key);
      if (original === undefined) firstSet.set(key, p.ref);
      else out.push({ kind: 'same-indicators', copy: p.ref, original });
    }
  }
  return out;
}
