import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { DocPath } from '../../diagnostics/types.js';

/** The pair whose key is the last segment of `path`, or undefined when any step is missing. */
export function pairAt(doc: Document.Parsed, path: DocPath): Pair<Scalar, unknown> | undefined {
  if (path.length === 0) return undefined;
  const parent = nodeAt(doc, path.slice(0, -1));
  if (!isMap(parent)) return undefined;
  const key = String(path[path.length - 1]);
  return parent.items.find((p): p is Pair<Scalar, unknown> => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
}

/** The node at `path` (a value node), or undefined. */
export function nodeAt(doc: Document.Parsed, path: DocPath): Node | undefined {
  let node: unknown = doc.contents;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return undefined;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
    } else return undefined;
  }
  return (node ?? undefined) as Node | undefined;
}

export function mapAt(doc: Document.Parsed, path: DocPath): YAMLMap<Scalar, unknown> | undefined {
  const n = nodeAt(doc, path);
  return isMap(n) ? (n as YAMLMap<Scalar, unknown>) : undefined;
}

/** A scalar with its source range (start, end of the value as written, quotes included). */
export interface WrittenScalar {
  readonly node: Scalar;
  readonly start: number;
  readonly end: number;
  /** The characters in the file. */
  readonly raw: string;
}

export function written(text: string, node: unknown): WrittenScalar | undefined {
  if (!isScalar(node) || !node.range) return undefined;
  const [start, end] = node.range;
  return { node, start, end, raw: text.slice(start, end) };
}

/** Every 三级指标 value as written: `- 名称: 值` under 绩效指标 › 一级 › 二级. */
export function* indicatorValues(doc: Document.Parsed, text: string): Generator<{ name: string; path: DocPath; value: WrittenScalar }> {
  const root = mapAt(doc, ['绩效指标']);
  if (!root) return;
  for (const l1 of root.items) {
    if (!isMap(l1.value) || !isScalar(l1.key)) continue;
    for (const l2 of (l1.value as YAMLMap<Scalar, unknown>).items) {
      if (!isSeq(l2.value) || !isScalar(l2.key)) continue;
      for (const [i, item] of l2.value.items.entries()) {
        const pair = isMap(item) ? item.items[0] : undefined;
        if (!pair || !isScalar(pair.key)) continue;
        const value = written(text, pair.value);
        const name = String(pair.key.value);
        if (value) yield { name, path: ['绩效指标', String(l1.key.value), String(l2.key.value), i, name], value };
      }
    }
  }
}

/** Every amount as written: 项目资金 › 项目资金总额 | 年度资金申请总额 › 合计 | parts. */
export function* amountValues(doc: Document.Parsed, text: string): Generator<{ path: DocPath; value: WrittenScalar }> {
  for (const column of ['项目资金总额', '年度资金申请总额']) {
    const map = mapAt(doc, ['项目资金', column]);
    if (!map) continue;
    for (const pair of map.items) {
      const value = isScalar(pair.key) ? written(text, pair.value) : undefined;
      if (value) yield { path: ['项目资金', column, String(pair.key.value)], value };
    }
  }
}
