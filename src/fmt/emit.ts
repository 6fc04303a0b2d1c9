import { Document, isMap, isPair, isScalar, isSeq, Pair, Scalar, YAMLMap, YAMLSeq, type Node, type ToStringOptions } from 'yaml';
import { fixedKeyOrder, isAmountPath, isGoalPath, isIndicatorValuePath, SECTION_KEYS, type Path } from './paths.js';
import { displayWidth, type SourceComment, type SourceLines } from './source-lines.js';
import { amountKey, formatAmount, normalizeOperator, type AmountStyle } from './values.js';

export interface EmitOptions {
  readonly amounts: AmountStyle;
}

/** Two spaces per level, lists indented under their key, no line folding: the shape of the examples. */
const INDENT = 2;
const YAML_OPTIONS: ToStringOptions = { indent: INDENT, indentSeq: true, lineWidth: 0, minContentWidth: 0, singleQuote: true, doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER };

type Entry = { readonly kind: 'blank' } | { readonly kind: 'comment'; readonly comment: SourceComment };

/** A map entry or a list item, with the comments that travel with it. */
interface Slot {
  readonly node: Pair | Node | null;
  readonly line: number;
  /** Display column of the key, or of the item's `-`. */
  readonly column: number;
  readonly parent: Slot | undefined;
  spaceBefore: boolean;
  readonly leading: Entry[];
  trailing?: SourceComment;
  /** Comment lines continuing the trailing comment, aligned under it. */
  readonly continuation: SourceComment[];
  /** Comments after the slot's subtree, indented deeper than what follows (e.g. a commented-out last item). */
  readonly after: Entry[];
}

/** Raised for YAML the formatter does not rewrite (anchors, tags, complex keys): the file is left alone. */
export class UnsupportedYaml extends Error {}

/**
 * Writes a parsed declaration in the canonical shape: keys of fixed maps in
 * the form's order, the indicator tree in the author's order, two-space
 * indentation, plain scalars where YAML allows them (else single quotes),
 * goals as `|` blocks, amounts and operators in their canonical spelling,
 * and every comment where it was: above its entry, after it on its line (at
 * its column, so aligned comments stay aligned), or after a block.
 */
export function emitDeclaration(doc: Document.Parsed, src: string, lines: SourceLines, options: EmitOptions): string {
  const slots = new Map<object, Slot>();
  const byLine = new Map<number, Slot[]>();
  const ordered: Slot[] = [];
  const add = (node: Pair | Node | null, key: object, start: number, column: number, parent: Slot | undefined) => {
    const slot: Slot = { node, line: lines.lineOf(start), column, parent, spaceBefore: false, leading: [], continuation: [], after: [] };
    slots.set(key, slot);
    byLine.set(slot.line, [...(byLine.get(slot.line) ?? []), slot]);
    ordered.push(slot);
    return slot;
  };
  const collect = (node: unknown, parent: Slot | undefined) => {
    if (isMap(node)) {
      for (const p of node.items) {
        const start = (p.key as Node | null)?.range?.[0] ?? (p.value as Node | null)?.range?.[0];
        if (start === undefined) throw new UnsupportedYaml('entry without position');
        collect(p.value, add(p, p, start, lines.columnOf(start), parent));
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const start = (item as Node | null)?.range?.[0];
        if (start === undefined) throw new UnsupportedYaml('item without position');
        const dash = dashBefore(src, start);
        collect(item, add(item as Node, item ?? { index: i, of: node }, dash, lines.columnOf(dash), parent));
      });
    }
  };
  collect(doc.contents, undefined);

  // Comments and blank lines, attached to the entries they belong to.
  const header: Entry[] = [];
  const footer: Entry[] = [];
  let pending: Entry[] = [];
  let previous: Slot | undefined;
  let seenFirst = false;
  for (let line = 0; line < lines.count; line++) {
    if (lines.blank.has(line)) {
      pending.push({ kind: 'blank' });
      continue;
    }
    if (line === lines.count - 1 && !byLine.has(line) && !lines.own.has(line)) continue; // after the last newline
    const own = lines.own.get(line);
    if (own) {
      const cont = previous && continuationOf(previous, line, lines);
      if (cont && pending.length === 0) cont.continuation.push(own);
      else pending.push({ kind: 'comment', comment: own });
      continue;
    }
    const starting = byLine.get(line);
    if (!starting) {
      // A line that starts no entry (a lone `-`, the rest of a multi-line scalar or flow collection): its
      // comment joins the comments waiting for the next entry, so it is never lost.
      const t = lines.trailing.get(line);
      if (t) pending.push({ kind: 'comment', comment: t });
      continue;
    }
    const outer = starting[0]!;
    const inner = starting[starting.length - 1]!;
    if (!seenFirst) {
      seenFirst = true;
      const lastBlank = pending.map((e) => e.kind).lastIndexOf('blank');
      const cut = lastBlank < 0 ? pending.length : lastBlank + 1;
      header.push(...pending.slice(0, cut));
      pending = pending.slice(cut);
    } else {
      pending = placeAfter(pending, previous, outer.column);
    }
    while (pending[0]?.kind === 'blank') {
      outer.spaceBefore = true;
      pending.shift();
    }
    outer.leading.push(...pending);
    pending = [];
    const trailing = lines.trailing.get(line);
    if (trailing) inner.trailing = trailing;
    previous = inner;
  }
  footer.push(...placeAfter(pending, previous, 0));

  // Writing.
  const out: string[] = [];
  const writeEntries = (entries: readonly Entry[], indent: number) => {
    let blank = false;
    for (const e of entries) {
      if (e.kind === 'blank') blank = out.length > 0;
      else {
        if (blank) out.push('');
        blank = false;
        out.push(`${' '.repeat(indent)}#${e.comment.text}`);
      }
    }
    if (blank) out.push('');
  };
  const writeLine = (text: string, slot: Slot | undefined) => {
    if (!slot?.trailing) {
      out.push(text);
      return;
    }
    const t = slot.trailing;
    const width = displayWidth(text);
    const column = Math.max(t.column, width + Math.min(t.column - t.codeWidth, 2));
    out.push(`${text}${' '.repeat(column - width)}#${t.text}`);
    for (const c of slot.continuation) out.push(`${' '.repeat(Math.max(0, column + c.column - t.column))}#${c.text}`);
  };
  const slotOf = (key: object | null | undefined) => (key ? slots.get(key) : undefined);
  const before = (slot: Slot | undefined, indent: number, first: boolean, section: boolean) => {
    if (!slot) return;
    if ((slot.spaceBefore && !first) || section) {
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
    }
    writeEntries(slot.leading, indent);
  };

  const writeMap = (map: YAMLMap, path: Path, indent: number, dash: string | undefined) => {
    const pairs = orderPairs(map, path);
    pairs.forEach((p, i) => {
      const key = keyText(p.key);
      const slot = slotOf(p);
      const childPath = [...path, key.value];
      const first = i === 0;
      const pad = first && dash !== undefined ? dash : ' '.repeat(indent);
      if (!(first && dash !== undefined)) before(slot, indent, first, path.length === 0 && SECTION_KEYS.has(String(key.value)) && out.length > 0);
      const v = p.value as Node | null;
      if ((isMap(v) || isSeq(v)) && v.items.length > 0) {
        writeLine(`${pad}${key.text}:`, slot);
        if (isMap(v)) writeMap(v, childPath, indent + INDENT, undefined);
        else writeSeq(v, childPath, indent + INDENT);
      } else {
        const [head, ...rest] = leafLines(key.text, v, childPath, src, options);
        writeLine(`${pad}${head}`, slot);
        for (const l of rest) out.push(l === '' ? '' : `${' '.repeat(indent)}${l}`);
      }
      if (slot) writeEntries(slot.after, indent);
    });
  };
  const writeSeq = (seq: YAMLSeq, path: Path, indent: number) => {
    seq.items.forEach((item, i) => {
      const node = item as Node | null;
      const slot = slotOf(node ?? undefined);
      before(slot, indent, i === 0, false);
      const dash = `${' '.repeat(indent)}- `;
      if (isMap(node) && node.items.length > 0) {
        const firstSlot = slotOf(orderPairs(node, [...path, i])[0]);
        if (firstSlot && firstSlot !== slot) writeEntries(firstSlot.leading, indent);
        writeMap(node, [...path, i], indent + INDENT, dash);
      } else if (isSeq(node) && node.items.length > 0) {
        writeLine(`${' '.repeat(indent)}-`, slot);
        writeSeq(node, [...path, i], indent + INDENT);
      } else {
        const [head, ...rest] = itemLines(node, [...path, i], src, options);
        writeLine(head === '' ? dash.trimEnd() : `${dash}${head}`, slot);
        for (const l of rest) out.push(l === '' ? '' : `${' '.repeat(indent)}${l}`);
      }
      if (slot) writeEntries(slot.after, indent);
    });
  };

  writeEntries(header, 0);
  const root = doc.contents;
  if (isMap(root)) writeMap(root, [], 0, undefined);
  else if (isSeq(root)) writeSeq(root, [], 0);
  else if (root) out.push(...itemLines(root as Node, [], src, options));
  if (footer.some((e) => e.kind === 'comment')) writeEntries(footer, 0);
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
}

/** Where the `-` of a list item starting at `start` stands (the item itself when it has none before it). */
function dashBefore(src: string, start: number): number {
  let i = start - 1;
  while (i >= 0 && (src[i] === ' ' || src[i] === '\t' || src[i] === '\n' || src[i] === '\r')) i--;
  return i >= 0 && src[i] === '-' ? i : start;
}

/** The slot whose trailing comment `line` continues: an own-line comment right below it, in the same column. */
function continuationOf(previous: Slot, line: number, lines: SourceLines): Slot | undefined {
  const t = previous.trailing;
  if (!t) return undefined;
  const own = lines.own.get(line)!;
  const last = previous.continuation[previous.continuation.length - 1]?.line ?? t.line;
  return own.column === t.column && line === last + 1 ? previous : undefined;
}

/**
 * Comment lines indented deeper than the entry that follows belong to the
 * block above it (a note under the last item, a commented-out item): they
 * go after the deepest open entry whose column they reach. The rest lead
 * the next entry.
 */
function placeAfter(pending: Entry[], previous: Slot | undefined, nextColumn: number): Entry[] {
  let k = pending.findIndex((e) => e.kind === 'comment' && e.comment.column <= nextColumn);
  if (k < 0) k = pending.length;
  const deeper = pending.slice(0, k);
  let rest = pending.slice(k);
  while (deeper.length > 0 && deeper[deeper.length - 1]!.kind === 'blank') rest = [deeper.pop()!, ...rest];
  if (deeper.length > 0 && previous) {
    const first = deeper.find((e) => e.kind === 'comment')!;
    let target: Slot = previous;
    if (first.kind === 'comment') while (target.parent && target.column > first.comment.column) target = target.parent;
    target.after.push(...deeper);
  } else rest = [...deeper, ...rest];
  return rest;
}

/** Fixed maps in the form's order (keys the form does not know keep their order, after the known ones); free maps as written. */
function orderPairs(map: YAMLMap, path: Path): Pair[] {
  const pairs = map.items.filter((p): p is Pair => isPair(p));
  const order = fixedKeyOrder(path);
  if (!order) return pairs;
  const rank = (p: Pair) => {
    const k = isScalar(p.key) ? String(p.key.value) : '';
    const i = order.indexOf(k);
    return i < 0 ? order.length : i;
  };
  return pairs.map((p, i) => ({ p, i, r: rank(p) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.p);
}

function keyText(key: unknown): { text: string; value: string } {
  if (!isScalar(key) || key.tag || key.anchor) throw new UnsupportedYaml('complex key');
  const probe = new Scalar('x');
  probe.type = 'PLAIN';
  const fresh = new Scalar(key.value);
  const text = stringifyPair(new Pair(fresh, probe));
  if (!text.endsWith(': x') || text.includes('\n')) throw new UnsupportedYaml('multi-line key');
  return { text: text.slice(0, -3), value: String(key.value) };
}

function stringifyPair(pair: Pair): string {
  const d = new Document();
  const m = new YAMLMap();
  m.items.push(pair);
  d.contents = m;
  return d.toString(YAML_OPTIONS).replace(/\n$/, '');
}

/** `key: value`, or `key: |` and the block's lines (indented relative to the key). */
function leafLines(key: string, value: Node | null, path: Path, src: string, options: EmitOptions): string[] {
  const v = valueText(value, path, src, options);
  if (v === undefined) return [`${key}:`];
  const [head, ...rest] = v;
  return [`${key}: ${head}`, ...rest];
}

function itemLines(value: Node | null, path: Path, src: string, options: EmitOptions): string[] {
  return valueText(value, path, src, options) ?? [''];
}

/**
 * A scalar's text in canonical style; the block lines of a `|` scalar are
 * indented by INDENT relative to its key. undefined for an empty value.
 */
function valueText(value: Node | null, path: Path, src: string, options: EmitOptions): string[] | undefined {
  if (value === null || value === undefined) return undefined;
  if (isMap(value) || isSeq(value)) {
    if (value.items.length > 0 || value.tag || value.anchor) throw new UnsupportedYaml('collection in scalar position');
    return [isMap(value) ? '{}' : '[]'];
  }
  if (!isScalar(value) || value.tag || value.anchor) throw new UnsupportedYaml('tagged or anchored value');
  const raw = value.range ? src.slice(value.range[0], value.range[1]).trimEnd() : '';
  if (typeof value.value !== 'string') {
    // Numbers, booleans and nulls exactly as typed (`1e3` stays `1e3`, for validate to judge); amounts become text.
    if (value.value === null) return raw === '' ? undefined : [raw];
    // An amount in canonical spelling is always a valid plain scalar (`0.00` reads as a number, `2,810,000.00` as text; both are amounts).
    if (typeof value.value === 'number' && isAmountPath(path)) return [formatAmount(raw, options.amounts)];
    return [raw];
  }
  let s = value.value;
  if (isAmountPath(path) && options.amounts !== 'keep' && amountKey(s) !== undefined) return [formatAmount(s, options.amounts)];
  if (isIndicatorValuePath(path)) s = normalizeOperator(s);
  // Goals as `|` blocks; the model ignores the final newline a `|` block adds.
  if (isGoalPath(path) && !s.endsWith('\n')) s += '\n';
  const block = isGoalPath(path) || s.includes('\n');
  return scalarText(s, block ? 'BLOCK_LITERAL' : 'PLAIN').split('\n');
}

function scalarText(s: string, type: Scalar.Type): string {
  const probe = new Scalar(s);
  probe.type = type;
  const text = stringifyPair(new Pair(new Scalar('k'), probe));
  // `k: value`, or `k: |` and the block's lines indented by INDENT: drop the key.
  return text.slice(3);
}
