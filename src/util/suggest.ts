/** Optimal string alignment distance over code points (a swap counts as one edit). */
export function editDistance(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  const d: number[][] = Array.from({ length: s.length + 1 }, (_, i) => Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[s.length]![t.length]!;
}

/**
 * The closest candidate, if it is close enough to be what was meant. Chinese
 * labels are short and dense, so one or two wrong characters already matter:
 * allow about a third of the length.
 */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  const clean = input.trim().replace(/[：:\s]+$/u, '');
  const n = [...clean].length;
  const limit = Math.max(1, Math.floor(n / 3));
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    if (c === clean) return c;
    // The distance is at least the difference in length: most candidates need no table at all (40,000 unknown keys stay fast).
    if (Math.abs([...c].length - n) > limit) continue;
    const d = editDistance(clean, c);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  if (best !== undefined && bestD <= limit) return best;
  // A truncated label (经常性专项 for 经常性专项业务费) is far by edit distance but unambiguous.
  const extended = n >= 2 ? candidates.filter((c) => c.startsWith(clean)) : [];
  return extended.length === 1 ? extended[0] : undefined;
}
