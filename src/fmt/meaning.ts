import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import { parseIndicatorValue } from '../model/indicator-value.js';
import { amountKey } from './values.js';
import { isAmountPath, isIndicatorValuePath, isOrderedMapPath, type Path } from './paths.js';

/**
 * What a declaration means, as a plain JSON-comparable value: what the
 * model sees, not how it is spelt. Amounts become exact decimals (so
 * `2810000` and `2,810,000.00` agree), 指标值 their parsed form (operator,
 * number, unit), goal texts lose the trailing newline a `|` block adds, and
 * maps whose order the form fixes compare as sets. Everything else compares
 * exactly, so a formatter bug that changes any other character is caught.
 */
export function meaningOf(doc: Document.Parsed, text: string): unknown {
  return walk(doc.contents, [], text);
}

function walk(node: unknown, path: Path, text: string): unknown {
  if (node === null || node === undefined) return null;
  if (isAlias(node)) return { alias: node.source };
  if (isScalar(node)) {
    const raw = node.range ? text.slice(node.range[0], node.range[1]).trimEnd() : String(node.value);
    const value = node.value;
    if (isAmountPath(path) && (typeof value === 'string' || typeof value === 'number')) {
      const written = typeof value === 'number' ? raw : value;
      return { amount: amountKey(written.trim()) ?? written };
    }
    if (isIndicatorValuePath(path) && (typeof value === 'string' || typeof value === 'number' || value === null)) {
      return { indicator: parseIndicatorValue(value, String(path[path.length - 1])) };
    }
    if (typeof value === 'string') return path[0] === '绩效目标' ? value.replace(/\s+$/, '') : value;
    // Numbers, booleans and nulls: as typed, so `1e3` never silently becomes `1000`.
    return { typed: value === null ? null : raw, tag: node.tag ?? null };
  }
  if (isMap(node)) {
    const entries = node.items.map((p) => {
      const key = isPair(p) && isScalar(p.key) ? String(p.key.value) : JSON.stringify(p.key);
      return [key, walk(p.value, [...path, key], text)] as const;
    });
    if (!isOrderedMapPath(path)) entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return { map: entries };
  }
  if (isSeq(node)) return { seq: node.items.map((item, i) => walk(item as Node, [...path, i], text)) };
  return { other: String(node) };
}
