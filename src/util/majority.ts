/**
 * The most frequent value; on a tie, the one that comes first in input order
 * (so the result never depends on anything but the inputs and their order).
 */
export function majority<T>(values: readonly T[]): { value: T; count: number } | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: { value: T; count: number } | undefined;
  for (const [value, count] of counts) if (!best || count > best.count) best = { value, count };
  return best;
}
