import { isScalar } from 'yaml';
import { text } from '../../diagnostics/types.js';
import { formatIndicatorValue, parseIndicatorValue, type Operator } from '../../model/indicator-value.js';
import { pairAt, written } from './yaml-nodes.js';
import type { Fix, Fixer } from './types.js';

const CHOICES: readonly { op: Operator; zh: string; en: string }[] = [
  { op: '≥', zh: '不少于', en: 'at least' },
  { op: '≤', zh: '不超过', en: 'at most' },
  { op: '=', zh: '等于', en: 'exactly' },
];

/**
 * `985米` (missing-operator) → `≥985(米)`, the form the finding suggests, or
 * `≤`/`=`: which one is meant only the author knows, so none is preferred.
 */
export const missingOperator: Fixer = ({ text: doc, source, diagnostics }) => {
  if (!source) return [];
  const out: Fix[] = [];
  for (const d of diagnostics.filter((x) => x.rule === 'missing-operator')) {
    const pair = pairAt(source.doc, d.path);
    const value = written(doc, pair?.value);
    if (!value || !isScalar(pair?.key)) continue;
    const v = parseIndicatorValue(typeof value.node.value === 'string' ? value.node.value : value.raw, String(pair.key.value));
    if (v.kind !== 'bare-quantity') continue;
    for (const c of CHOICES) {
      const fixed = formatIndicatorValue({ kind: 'quantity', op: c.op, number: v.number, unit: v.unit });
      out.push({
        title: text(`改为 ${fixed}（${c.zh}）`, `Change to ${fixed} (${c.en})`),
        at: [value.start, value.end],
        edits: [{ start: value.start, end: value.end, newText: fixed }],
        rules: ['missing-operator'],
      });
    }
  }
  return out;
};
