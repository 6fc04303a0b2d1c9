import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node, type Scalar } from 'yaml';
import { fieldLabel, fieldLabelEn } from '../diagnostics/labels.js';
import { text, type DocPath, type Text } from '../diagnostics/types.js';
import { INVISIBLE, withoutInvisible } from '../model/number-text.js';
import { keyText } from './key-text.js';
import type { SourceFile } from './source-file.js';

/** A finding made while reading the tree; `fatal` ones stop the file before the schema. */
export interface TreeFinding {
  readonly rule: 'yaml-syntax' | 'yaml-duplicate-key' | 'wrong-type' | 'invisible-character' | 'control-character';
  readonly fatal: boolean;
  readonly range: readonly [number, number];
  readonly path: DocPath;
  readonly message: Text;
}

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
    findings.push({
      rule: control ? 'control-character' : 'invisible-character',
      fatal: false,
      range: [start, start + (at >= 0 ? firstChar.length : Math.max(1, r[1] - r[0]))],
      path,
      message: charMessage(s, chars, control ? chars.find((c) => CONTROL.test(c))! : firstChar, path, isKey, control),
    });
  };

  const convert = (node: Node | null | undefined, path: DocPath): unknown => {
    if (node === null || node === undefined) return null;
    if (isAlias(node)) {
      findings.push({
        rule: 'yaml-syntax',
        fatal: true,
        range: rangeOf(node),
        path,
        message: text('申报文件不支持 YAML 别名（*名称）。请把内容直接写出来。', 'YAML aliases (*name) are not allowed in a declaration; write the content out.'),
      });
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
            rule: isAlias(k) ? 'yaml-syntax' : 'wrong-type',
            fatal: isAlias(k),
            range: rangeOf(k),
            path: [...path, key],
            message: isAlias(k)
              ? text('申报文件不支持 YAML 别名（*名称）。请把内容直接写出来。', 'YAML aliases (*name) are not allowed in a declaration; write the content out.')
              : text(
                  `键必须是一段文字，这里却是${isSeq(k) ? '列表' : '键值映射'}（“${key}”）。请把它写成普通的名称。`,
                  `A key must be plain text, but this one is ${isSeq(k) ? 'a list' : 'a mapping'} ("${key}"). Write a plain name.`,
                ),
          });
        }
        if (Object.hasOwn(out, key)) {
          // Checked here rather than by yaml's uniqueKeys, which compares each key with every earlier one.
          findings.push({ rule: 'yaml-duplicate-key', fatal: true, range: k?.range ? rangeOf(k) : rangeOf(pair.value as Node), path: [...path, key], message: duplicateKeyMessage(key) });
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

function duplicateKeyMessage(key: string): Text {
  return text(
    `键「${key}」在同一层级中重复出现。YAML 只会保留其中一个，另一个的内容会丢失：请合并或删除重复的键。`,
    `The key "${key}" appears twice at the same level. YAML keeps only one of them and the other is lost: merge or remove the duplicate.`,
  );
}

function rangeOf(node: Node): [number, number] {
  const r = node.range;
  return r ? [r[0], r[1]] : [0, 0];
}

function tagFinding(node: Node, path: DocPath): TreeFinding {
  const tag = shortTag(node.tag!);
  const r = rangeOf(node);
  return {
    rule: 'yaml-syntax',
    fatal: false,
    // The tag stands before the value; the node's range starts at the value.
    range: r,
    path,
    message: text(
      `这里用了 YAML 标签“${tag}”。申报文件中的值一律按文字读取，不用标签：请删掉“${tag}”，直接写值（日期写成 2025-01-01，加引号也可以）。`,
      `This value carries the YAML tag "${tag}". Declarations take every value as plain text: remove "${tag}" and write the value itself (a date as 2025-01-01, quoted if you like).`,
    ),
  };
}

function shortTag(tag: string): string {
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}

/** Names of the invisible characters people actually paste, for messages. */
const CHAR_NAMES: Record<number, [string, string]> = {
  0x00ad: ['软连字符', 'soft hyphen'],
  0x061c: ['阿拉伯文字母标记', 'Arabic letter mark'],
  0x200b: ['零宽空格', 'zero-width space'],
  0x200c: ['零宽非连接符', 'zero-width non-joiner'],
  0x200d: ['零宽连接符', 'zero-width joiner'],
  0x200e: ['从左到右标记', 'left-to-right mark'],
  0x200f: ['从右到左标记', 'right-to-left mark'],
  0x202a: ['从左到右嵌入', 'left-to-right embedding'],
  0x202b: ['从右到左嵌入', 'right-to-left embedding'],
  0x202c: ['嵌入结束', 'pop directional formatting'],
  0x202d: ['从左到右覆盖', 'left-to-right override'],
  0x202e: ['从右到左覆盖', 'right-to-left override'],
  0x2028: ['行分隔符', 'line separator'],
  0x2029: ['段分隔符', 'paragraph separator'],
  0x2060: ['字连接符', 'word joiner'],
  0x2066: ['从左到右隔离', 'left-to-right isolate'],
  0x2067: ['从右到左隔离', 'right-to-left isolate'],
  0x2068: ['首字强隔离', 'first strong isolate'],
  0x2069: ['隔离结束', 'pop directional isolate'],
  0xfeff: ['字节顺序标记（BOM）', 'byte order mark (BOM)'],
};

/** `U+200B（零宽空格）` */
export function invisibleName(c: string): { zh: string; en: string } {
  const cp = c.codePointAt(0)!;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const known = CHAR_NAMES[cp];
  if (known) return { zh: `${hex}（${known[0]}）`, en: `${hex} (${known[1]})` };
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return { zh: `${hex}（控制字符）`, en: `${hex} (a control character)` };
  if (cp >= 0xfe00 && cp <= 0xfe0f) return { zh: `${hex}（变体选择符）`, en: `${hex} (variation selector)` };
  if (cp >= 0xe0100 && cp <= 0xe01ef) return { zh: `${hex}（异体字选择符）`, en: `${hex} (ideographic variation selector)` };
  return { zh: `${hex}（不可见格式字符）`, en: `${hex} (an invisible format character)` };
}

function charMessage(s: string, chars: readonly string[], named: string, path: DocPath, isKey: boolean, control: boolean): Text {
  const n = invisibleName(named);
  const cleaned = withoutInvisible(s);
  const where = isKey ? { zh: `键“${cleaned}”`, en: `The key "${cleaned}"` } : { zh: `「${fieldLabel(path)}」`, en: `"${fieldLabelEn(path)}"` };
  const more = chars.length > 1 ? { zh: `等 ${chars.length} 个${control ? '控制' : '不可见'}字符`, en: ` and ${chars.length - 1} more` } : { zh: '', en: '' };
  const after = !isKey && cleaned.length <= 40 ? { zh: `删除后为“${cleaned.trim()}”。`, en: ` Without it: "${cleaned.trim()}".` } : { zh: '', en: '' };
  return control
    ? text(
        `${where.zh}中有控制字符 ${n.zh}${more.zh}：它看不见，却会打乱文字的显示顺序或让终端、表格显示错乱。请删除。${after.zh}`,
        `${where.en} contains the control character ${n.en}${more.en}: invisible, yet it can reorder the text as displayed or garble terminals and spreadsheets. Delete it.${after.en}`,
      )
    : text(
        `${where.zh}中有不可见字符 ${n.zh}${more.zh}：编辑器里看不见，多半是从网页或文档复制时带进来的。declare 读取和打印时都不算它，但它会让看起来相同的名称不相同。请删除。${after.zh}`,
        `${where.en} contains the invisible character ${n.en}${more.en}, usually pasted from a web page or document. declare ignores it when reading and printing, but it makes equal-looking names differ. Delete it.${after.en}`,
      );
}
