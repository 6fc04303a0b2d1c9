import { isMap, isScalar } from 'yaml';
import { text, type Diagnostic } from '../../diagnostics/types.js';
import { LEVEL1, LEVEL2_BY_LEVEL1, isLevel1, level1Of } from '../../model/taxonomy.js';
import { knownKeysAt } from '../../schema/declaration.js';
import { didYouMean } from '../../util/suggest.js';
import { nodeAt, pairAt } from './yaml-nodes.js';
import type { Fix, Fixer } from './types.js';

/**
 * The key the finding's "您是不是想写" names, found the way the rule found it
 * (the same didYouMean over the same candidates), so fix and message agree.
 */
function suggestion(d: Diagnostic): string | undefined {
  const key = String(d.path[d.path.length - 1]);
  const parent = d.path.slice(0, -1);
  switch (d.rule) {
    case 'unknown-key':
      return didYouMean(key, knownKeysAt(parent) ?? []);
    case 'indicator-level1':
      return level1Of(key) ? undefined : didYouMean(key, LEVEL1);
    case 'nonstandard-level2': {
      const l1 = String(parent[parent.length - 1]);
      return isLevel1(l1) && !level1Of(key) ? didYouMean(key, LEVEL2_BY_LEVEL1[l1]) : undefined;
    }
    default:
      return undefined;
  }
}

/** `其它资金:` → `其他资金:`, `产出指标标:` → `产出指标:`. */
export const renameKey: Fixer = ({ source, diagnostics }) => {
  if (!source) return [];
  const out: Fix[] = [];
  for (const d of diagnostics) {
    const guess = suggestion(d);
    const key = guess !== undefined ? pairAt(source.doc, d.path)?.key : undefined;
    if (guess === undefined || !isScalar(key) || !key.range) continue;
    // Renaming onto a key that is already there would only trade this finding for a duplicate key.
    const parent = nodeAt(source.doc, d.path.slice(0, -1)) ?? source.doc.contents;
    if (isMap(parent) && parent.items.some((p) => isScalar(p.key) && String(p.key.value) === guess)) continue;
    out.push({
      title: text(`改为「${guess}」`, `Change to "${guess}"`),
      at: [key.range[0], key.range[1]],
      edits: [{ start: key.range[0], end: key.range[1], newText: guess }],
      rules: [d.rule],
    });
  }
  return out;
};
