import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { DocPath, Part, Span } from '../diagnostics/types.js';
import { alignScalar } from '../analysis/scalar-offsets.js';
import { keyText } from './key-text.js';

export type { Part };

/** What the author typed for a scalar, before YAML turned it into a JS value. */
export interface ScalarSource {
  /** The exact characters in the file (e.g. `2810000.50`, not 2810000.5). */
  readonly raw: string;
  /** yaml's scalar style: PLAIN, QUOTE_SINGLE, QUOTE_DOUBLE, BLOCK_LITERAL, BLOCK_FOLDED. */
  readonly style: string | undefined;
}

/**
 * A parsed declaration file that can answer "where is this key path?".
 * Rules work on plain values; every position comes from here, so all
 * diagnostics point at what the author wrote rather than at line 1.
 */
export class SourceFile {
  constructor(
    readonly file: string,
    readonly text: string,
    readonly doc: Document.Parsed,
    private readonly lines: LineCounter,
  ) {}

  spanOfRange(start: number, end: number): Span {
    const a = this.lines.linePos(start);
    const b = this.lines.linePos(Math.max(start, end));
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  }

  /**
   * The key or the value at `path`; when the path does not exist (a missing
   * field), the nearest existing ancestor's key, as Spectral's "closest" does:
   * one line, never a whole block. A missing top-level key points at the
   * start of the document.
   */
  locate(path: DocPath, part: Part = 'value', within?: { readonly start: number; readonly end: number }): Span {
    const found = this.walk(path);
    if (within && found.complete && part === 'value' && isScalar(found.node)) {
      const narrow = this.within(found.node, within);
      if (narrow) return narrow;
    }
    if (!found.complete && !found.pair) {
      const start = this.doc.contents?.range?.[0] ?? 0;
      return this.spanOfRange(start, start);
    }
    const target = found.complete
      ? part === 'key' && found.pair
        ? (found.pair.key as Node | null)
        : found.node ?? (found.pair?.key as Node | null)
      : found.pair
        ? (found.pair.key as Node | null)
        : found.node;
    const range = target?.range;
    if (range) return this.spanOfRange(range[0], range[1]);
    // A key with no value (`项目名称:`) has no value range: point just after its key.
    const keyRange = (found.pair?.key as Node | null)?.range;
    if (keyRange) return this.spanOfRange(keyRange[0], keyRange[1]);
    return this.spanOfRange(0, 0);
  }

  /**
   * Characters `start`..`end` of a scalar's text, where the source shows that
   * text as written: a one-line plain scalar, or a quoted one without escapes;
   * otherwise (a goal text in a `|` block, a folded or multi-line scalar) by
   * aligning the value with the source character by character.
   */
  private within(node: Scalar, w: { readonly start: number; readonly end: number }): Span | undefined {
    const range = node.range;
    if (!range) return undefined;
    const src = this.text.slice(range[0], range[1]);
    let base: number | undefined;
    if (node.type === 'PLAIN' && !src.includes('\n')) base = 0;
    else if ((node.type === 'QUOTE_SINGLE' || node.type === 'QUOTE_DOUBLE') && typeof node.value === 'string' && src.slice(1, 1 + node.value.length) === node.value) base = 1;
    if (base === undefined) return this.aligned(node, src, w);
    if (w.start < 0 || w.end < w.start || base + w.end > src.length) return undefined;
    return this.spanOfRange(range[0] + base + w.start, range[0] + base + w.end);
  }

  private aligned(node: Scalar, src: string, w: { readonly start: number; readonly end: number }): Span | undefined {
    if (typeof node.value !== 'string' || w.start < 0 || w.end <= w.start || w.end > node.value.length) return undefined;
    const map = alignScalar(src, node.value);
    if (!map) return undefined;
    // The end is just after the last character of the phrase, wherever a line break put it.
    return this.spanOfRange(node.range![0] + map[w.start]!, node.range![0] + map[w.end - 1]! + 1);
  }

  /** True when every segment of `path` exists in the document. */
  has(path: DocPath): boolean {
    return this.walk(path).complete;
  }

  scalar(path: DocPath): ScalarSource | undefined {
    const found = this.walk(path);
    const node = found.complete ? found.node : undefined;
    if (!node || !isScalar(node) || !node.range) return undefined;
    return { raw: this.text.slice(node.range[0], node.range[1]).trimEnd(), style: node.type };
  }

  /**
   * A mapping's pairs by key, as the loader names keys; built once per mapping,
   * so finding the key of each of 40,000 findings does not scan 40,000 pairs.
   */
  private pairs(map: YAMLMap): Map<string, Pair> {
    let byKey = this.index.get(map);
    if (!byKey) {
      byKey = new Map();
      for (const p of map.items) {
        if (!isPair(p)) continue;
        const k = keyText(p.key as Node | null, this.text);
        if (!byKey.has(k)) byKey.set(k, p);
      }
      this.index.set(map, byKey);
    }
    return byKey;
  }

  private readonly index = new WeakMap<YAMLMap, Map<string, Pair>>();

  private walk(path: DocPath): { node: Node | null | undefined; pair: Pair | undefined; complete: boolean } {
    let node: Node | null | undefined = this.doc.contents;
    let pair: Pair | undefined;
    for (const seg of path) {
      if (isMap(node)) {
        const next: Pair | undefined = this.pairs(node).get(String(seg));
        if (!next) return { node, pair, complete: false };
        pair = next;
        node = next.value as Node | null;
      } else if (isSeq(node) && typeof seg === 'number') {
        const next: Node | null | undefined = node.items[seg] as Node | null | undefined;
        if (next === undefined) return { node, pair, complete: false };
        pair = undefined;
        node = next;
      } else {
        return { node, pair, complete: false };
      }
    }
    return { node, pair, complete: true };
  }
}


