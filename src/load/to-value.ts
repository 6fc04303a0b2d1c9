import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node, type Scalar } from 'yaml';
import { diagnostic } from '../diagnostics/create.js';
import type { Diagnostic, DocPath } from '../diagnostics/types.js';
import type { CharPlace } from '../messages/helpers.js';
import { INVISIBLE, withoutInvisible } from '../model/number-text.js';
import { keyText } from './key-text.js';
import type { SourceFile } from './source-file.js';

/** A finding made while reading the tree; `fatal` ones stop the file before the schema. Its span comes from `range`. */
export interface TreeFinding {
  readonly fatal: boolean;
  readonly range: readonly [number, number];
  readonly path: DocPath;
  /** Rule, severity and message; file and span are filled in by the loader. */
  readonly diagnostic: Diagnostic;
}

/** The rule and message of a finding, typed against the catalogue. */
const finding = {
  alias: (): Diagnostic => diagnostic(NOWHERE, 'yaml-syntax', { messageId: 'alias' }),
  duplicate: (key: string): Diagnostic => diagnostic(NOWHERE, 'yaml-duplicate-key', { messageId: 'duplicate', data: { key } }),
  tag: (tag: string): Diagnostic => diagnostic(NOWHERE, 'yaml-syntax', { messageId: 'tag', data: { tag } }),
  collectionKey: (key: string, kind: 'list' | 'mapping'): Diagnostic => diagnostic(NOWHERE, 'wrong-type', { messageId: 'collection-key', data: { key, kind } }),
  control: (place: CharPlace, char: string, count: number): Diagnostic => diagnostic(NOWHERE, 'control-character', { messageId: 'control', data: { place, char, count } }),
  invisible: (place: CharPlace, char: string, count: number): Diagnostic =>
    diagnostic({ ...NOWHERE, severity: 'warning' }, 'invisible-character', { messageId: 'invisible', data: { place, char, count } }),
};
const NOWHERE = { file: '', span: { line: 1, column: 1, endLine: 1, endColumn: 1 } };

/** Tags that only restate what a plain value already is. */
const HARMLESS_TAGS = new Set(['tag:yaml.org,2002:str', 'tag:yaml.org,2002:map', 'tag:yaml.org,2002:seq']);

/** Controls and bidirectional overrides: they garble terminals or reorder what a reader sees. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/**
 * The YAML tree as plain data, in one pass, instead of yaml's `toJS()`:
 *
 * - maps become null-prototype objects, so `__proto__`, `constructor` and
 *   `toString` are ordinary keys like any other, never dropped or inherited;
 * - a number YAML cannot hold (`.inf`, a 401-digit amount) stays the text
 *   written, so the rules judge what the author typed, not `Infinity`;
 * - a tag (`!!timestamp`, `!foo`) is an error that says to write a plain
 *   value, and the value is read as the text after the tag;
 * - a list or map used as a key is an error (yaml would stringify it and
 *   print a warning on stderr); the key is read as its text;
 * - aliases are refused (no expansion, no "billion laughs");
 * - invisible and control characters inside keys and values are reported at
 *   their position (one finding per scalar); they are kept in the text.
 */
export function treeToValue(doc: Document.Parsed, src: SourceFile): { value: unknown; findings: TreeFinding[] } {
  const findings: TreeFinding[] = [];
  const source = src.text;
  // Most files have no invisible character at all: decide that with one scan of the text.
  const scanChars = INVISIBLE.test(source) || source.includes('\\');

  const scalarText = (node: Scalar): string => {
    const r = node.range;
    return r ? source.slice(r[0], r[1]).trimEnd() : String(node.value);
  };

  const checkChars = (node: Node, s: string, path: DocPath, isKey: boolean) => {
    if (!scanChars || !INVISIBLE.test(s)) return;
    const r = node.range ?? [0, 0];
    const raw = source.slice(r[0], r[1]);
    // Point at the character itself when the source holds it literally (it may be an escape such as "\u200b").
    let at = -1;
    for (let i = 0; i < raw.length; i++) if (INVISIBLE.test(raw[i]!)) { at = i; break; }
    const chars = [...s].filter((c) => INVISIBLE.test(c));
    const first = at >= 0 ? raw.codePointAt(at)! : chars[0]!.codePointAt(0)!;
    const firstChar = String.fromCodePoint(first);
    const control = CONTROL.test(firstChar) || chars.some((c) => CONTROL.test(c));
    const start = at >= 0 ? r[0] + at : r[0];
    const cleaned = withoutInvisible(s);
    const place: CharPlace = isKey ? { key: cleaned } : { path, ...(cleaned.length <= 40 && { cleaned: cleaned.trim() }) };
    findings.push({
      fatal: false,
      range: [start, start + (at >= 0 ? firstChar.length : Math.max(1, r[1] - r[0]))],
      path,
      diagnostic: control ? finding.control(place, chars.find((c) => CONTROL.test(c))!, chars.length) : finding.invisible(place, firstChar, chars.length),
    });
  };

  const convert = (node: Node | null | undefined, path: DocPath): unknown => {
    if (node === null || node === undefined) return null;
    if (isAlias(node)) {
      findings.push({ fatal: true, range: rangeOf(node), path, diagnostic: finding.alias() });
      return null;
    }
    if (node.tag && !HARMLESS_TAGS.has(node.tag)) findings.push(tagFinding(node, path));
    if (isScalar(node)) {
      let v: unknown = node.value;
      if (node.tag && !HARMLESS_TAGS.has(node.tag)) v = scalarText(node);
      else if (typeof v === 'number' && !Number.isFinite(v)) v = scalarText(node);
      if (typeof v === 'string') checkChars(node, v, path, false);
      return v;
    }
    if (isSeq(node)) return node.items.map((item, i) => convert(item as Node, [...path, i]));
    if (isMap(node)) {
      const out: Record<string, unknown> = Object.create(null);
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const k = pair.key as Node | null;
        const key = keyText(k, source);
        if (k === null || (isScalar(k) && k.value === null)) {
          // `- : x`: an empty name, which the schema reports where a name is required.
        } else if (isScalar(k)) {
          if (k.tag && !HARMLESS_TAGS.has(k.tag)) findings.push(tagFinding(k, [...path, key]));
          checkChars(k, key, [...path, key], true);
        } else {
          findings.push({
            fatal: isAlias(k),
            range: rangeOf(k),
            path: [...path, key],
            diagnostic: isAlias(k) ? finding.alias() : finding.collectionKey(key, isSeq(k) ? 'list' : 'mapping'),
          });
        }
        if (Object.hasOwn(out, key)) {
          // Checked here rather than by yaml's uniqueKeys, which compares each key with every earlier one.
          findings.push({ fatal: true, range: k?.range ? rangeOf(k) : rangeOf(pair.value as Node), path: [...path, key], diagnostic: finding.duplicate(key) });
          continue;
        }
        out[key] = convert(pair.value as Node | null, [...path, key]);
      }
      return out;
    }
    return null;
  };

  const value = convert(doc.contents as Node | null, []);
  return { value, findings };
}

function rangeOf(node: Node): [number, number] {
  const r = node.range;
  return r ? [r[0], r[1]] : [0, 0];
}

function tagFinding(node: Node, path: DocPath): TreeFinding {
  // The tag stands before the value; the node's range starts at the value.
  return { fatal: false, range: rangeOf(node), path, diagnostic: finding.tag(shortTag(node.tag!)) };
}

function shortTag(tag: string): string {
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}
