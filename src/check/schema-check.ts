import type { z } from 'zod';
import { fieldLabel, fieldLabelEn, typeName } from '../diagnostics/labels.js';
import { text, type DocPath, type Text } from '../diagnostics/types.js';
import { declarationSchema, isBlank, knownKeysAt, type RawDeclaration } from '../schema/declaration.js';
import { didYouMean } from '../util/suggest.js';

export interface SchemaFinding {
  readonly rule: 'unknown-key' | 'required-field' | 'wrong-type';
  readonly path: DocPath;
  readonly part: 'key' | 'value';
  readonly message: Text;
}

export type SchemaResult =
  | { readonly ok: true; readonly value: RawDeclaration; readonly findings: readonly SchemaFinding[] }
  | { readonly ok: false; readonly findings: readonly SchemaFinding[] };

/**
 * Shape and types, via the zod schema. Unknown keys are errors, but they do
 * not stop the rules: the value is re-checked without them so that one typo
 * does not hide a wrong sum elsewhere in the file.
 */
export function checkSchema(value: unknown): SchemaResult {
  // zod skips a `__proto__` key in records (it guards its own output); the shape is checked with that key renamed.
  const checked = hasProtoKey(value) ? renameKeys(value, PROTO, PROTO_STANDIN) : value;
  const first = declarationSchema.safeParse(checked, { reportInput: true });
  // The value built on is the loaded one (null-prototype objects, every key kept); zod changes nothing in it.
  if (first.success) return { ok: true, value: value as RawDeclaration, findings: [] };
  const findings = first.error.issues.flatMap(toFindings).map(restoreProto);
  if (findings.every((f) => f.rule === 'unknown-key')) {
    const paths = findings.map((f) => f.path);
    const second = declarationSchema.safeParse(withoutKeys(checked, paths.map((p) => p.map((k) => (k === PROTO ? PROTO_STANDIN : k)))));
    if (second.success) return { ok: true, value: withoutKeys(value, paths) as RawDeclaration, findings };
  }
  return { ok: false, findings };
}

const PROTO = '__proto__';
const PROTO_STANDIN = '\u0000__proto__';

function hasProtoKey(v: unknown): boolean {
  if (Array.isArray(v)) return v.some(hasProtoKey);
  if (v === null || typeof v !== 'object') return false;
  return Object.hasOwn(v, PROTO) || Object.values(v).some(hasProtoKey);
}

/** A copy with every key `from` named `to` (null-prototype objects, so neither name is special). */
function renameKeys(v: unknown, from: string, to: string): unknown {
  if (Array.isArray(v)) return v.map((x) => renameKeys(x, from, to));
  if (v === null || typeof v !== 'object') return v;
  const out: Record<string, unknown> = Object.create(null);
  for (const [k, x] of Object.entries(v)) out[k === from ? to : k] = renameKeys(x, from, to);
  return out;
}

function restoreProto(f: SchemaFinding): SchemaFinding {
  if (!f.path.includes(PROTO_STANDIN)) return f;
  const path = f.path.map((k) => (k === PROTO_STANDIN ? PROTO : k));
  return f.rule === 'unknown-key' ? unknownKey(path) : { ...f, path };
}

function toFindings(issue: z.core.$ZodIssue): SchemaFinding[] {
  const path = issue.path as (string | number)[];
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => unknownKey([...path, key]));
    case 'invalid_type':
    case 'invalid_union':
      if (issue.input === undefined) return [missing(path)];
      if (issue.input === null) return [empty(path)];
      return [wrongType(path, issue.input)];
    case 'too_small':
      return [empty(path)];
    case 'custom': {
      const kind = (issue as { params?: { kind?: string } }).params?.kind;
      if (kind === 'blank') return [empty(path)];
      if (kind === 'indicator-name') {
        const name = Object.keys(issue.input as object).find((k) => isBlank(k)) ?? '';
        return [
          {
            rule: 'required-field',
            path: [...path, name],
            part: 'key',
            message: text('这个三级指标没有名称。每一项写成“- 名称: 指标值”，名称不能为空或只有空格。', 'This indicator has no name. Write each item as "- name: value"; the name cannot be empty or only spaces.'),
          },
        ];
      }
      const n = issue.input && typeof issue.input === 'object' ? Object.keys(issue.input).length : 0;
      return [
        {
          rule: 'wrong-type',
          path,
          part: 'value',
          message:
            n === 0
              ? text('这一项是空的：每个三级指标写成“- 名称: 指标值”。', 'This item is empty: write each indicator as "- name: value".')
              : text(
                  `这一项里写了 ${n} 个“名称: 指标值”，每一项只能写一个。请把其余的各自写成以“- ”开头的新行。`,
                  `This item holds ${n} "name: value" pairs; each item holds one. Start a new "- " line for each of the others.`,
                ),
        },
      ];
    }
    default:
      return [wrongType(path, issue.input)];
  }
}

function unknownKey(path: DocPath): SchemaFinding {
  const key = String(path[path.length - 1]);
  const parent = path.slice(0, -1);
  const here = knownKeysAt(parent) ?? [];
  const guess = didYouMean(key, here);
  const elsewhere = guess ? undefined : whereKeyBelongs(key);
  const where = fieldLabel(parent);
  const zh = guess
    ? `未知的键「${key}」。您是不是想写「${guess}」？`
    : elsewhere
      ? `键「${key}」不应写在「${where}」下，它属于「${fieldLabel(elsewhere)}」。`
      : `未知的键「${key}」。「${where}」下可以写：${here.join('、')}。`;
  const en = guess
    ? `Unknown key "${key}". Did you mean "${guess}"?`
    : elsewhere
      ? `The key "${key}" does not belong under "${fieldLabelEn(parent)}"; it belongs under "${fieldLabelEn(elsewhere)}".`
      : `Unknown key "${key}". Allowed under "${fieldLabelEn(parent)}": ${here.join(', ')}.`;
  return { rule: 'unknown-key', path, part: 'key', message: text(zh + ' 拼错的键会被忽略，因此一律报错。', en + ' A misspelt key would be ignored, so it is always an error.') };
}

/** The parent path where `key` is a known field, if it is one somewhere else. */
function whereKeyBelongs(key: string): DocPath | undefined {
  const stack: DocPath[] = [[]];
  while (stack.length) {
    const p = stack.pop()!;
    const keys = knownKeysAt(p) ?? [];
    if (keys.includes(key)) return p;
    for (const k of keys) stack.push([...p, k]);
  }
  return undefined;
}

function missing(path: DocPath): SchemaFinding {
  const hint = isAmountPath(path) ? '没有这项资金时填 0。' : '';
  return {
    rule: 'required-field',
    path,
    part: 'key',
    message: text(
      `缺少必填项「${fieldLabel(path)}」。${hint}请补上后重试。`,
      `The required field "${fieldLabelEn(path)}" is missing.${hint ? ' Write 0 when there is none.' : ''}`,
    ),
  };
}

function empty(path: DocPath): SchemaFinding {
  return {
    rule: 'required-field',
    path,
    part: path.length > 0 ? 'key' : 'value',
    message: text(`「${fieldLabel(path)}」没有填写内容。请填写${isAmountPath(path) ? '（没有时填 0）' : ''}。`, `"${fieldLabelEn(path)}" is empty. Fill it in.`),
  };
}

function wrongType(path: DocPath, input: unknown): SchemaFinding {
  const want = expectedAt(path);
  const got = typeName(input);
  // `- 网民满意度：≥90%` is one string to YAML: the full-width colon is the usual cause.
  const colon = typeof input === 'string' && /^[^:：]+：/.test(input);
  const hintZh = colon ? '这里的键后面用的是中文冒号（：），YAML 只认英文冒号加空格（: ）。' : want.hintZh ?? '';
  const hintEn = colon ? 'The key is followed by a full-width colon (：); YAML needs an ASCII colon and a space.' : want.hintEn;
  return {
    rule: 'wrong-type',
    path,
    part: 'value',
    message: text(`「${fieldLabel(path)}」应为${want.zh}，这里却是${got.zh}。${hintZh}`, `"${fieldLabelEn(path)}" should be ${want.en}, but is ${got.en}.${hintEn ? ' ' + hintEn : ''}`),
  };
}

function isAmountPath(path: DocPath): boolean {
  return path[0] === '项目资金' && path.length === 3;
}

function expectedAt(path: DocPath): { zh: string; en: string; hintZh?: string; hintEn?: string } {
  if (path.length === 0) return { zh: '键值映射（每行“键: 值”）', en: 'a mapping of "key: value" lines', hintZh: '文件顶层不能是列表或单个值，请参照 FORMAT.md 或 npx declare init 的模板。', hintEn: 'See FORMAT.md or `npx declare init`.' };
  const [head] = path;
  if (head === '年度' && path.length === 1) return { zh: '四位年份数字（如 2025）', en: 'a four-digit year such as 2025' };
  if (head === '计划开始日期' || head === '计划完成日期') return { zh: '日期文本（如 2025-01-01）', en: 'a date such as 2025-01-01' };
  if (isAmountPath(path)) return { zh: '金额（数字或 2,810,000.00 这样的文本）', en: 'an amount (a number or text like 2,810,000.00)' };
  if (head === '项目资金' || head === '绩效目标') {
    if (path.length === 1 || (head === '项目资金' && path.length === 2)) return { zh: '键值映射', en: 'a mapping' };
    return { zh: '文本', en: 'text', hintZh: '多段文字请用“|”块写法。', hintEn: 'Use a "|" block for several paragraphs.' };
  }
  if (head === '绩效指标') {
    switch (path.length) {
      case 1:
        return { zh: '一级指标的映射（成本指标、产出指标……）', en: 'a mapping of 一级指标' };
      case 2:
        return { zh: '二级指标的映射（如 数量指标:）', en: 'a mapping of 二级指标' };
      case 3:
        return { zh: '三级指标列表（每行以“- ”开头）', en: 'a list of indicators (lines starting with "- ")' };
      case 4:
        return { zh: '一个“三级指标名称: 指标值”', en: 'one "name: value" pair' };
      default:
        return { zh: '指标值文本（如 ≥20 次、=100%、提升）', en: 'an indicator value (≥20 次, =100%, 提升)' };
    }
  }
  return { zh: '文本', en: 'text' };
}

/** The value without the keys at `paths`; only the objects on those paths are copied, as null-prototype objects. */
function withoutKeys(value: unknown, paths: readonly DocPath[]): unknown {
  const copies = new Map<unknown, Record<string | number, unknown>>();
  const copy = (v: unknown): Record<string | number, unknown> => {
    let c = copies.get(v);
    if (!c) {
      c = Array.isArray(v) ? ([...v] as unknown as Record<number, unknown>) : Object.assign(Object.create(null) as Record<string, unknown>, v);
      copies.set(v, c);
    }
    return c;
  };
  if (value === null || typeof value !== 'object') return value;
  const root = copy(value);
  for (const p of paths) {
    let node: Record<string | number, unknown> | undefined = root;
    for (const seg of p.slice(0, -1)) {
      const next: unknown = Object.hasOwn(node, seg) ? node[seg] : undefined;
      if (next === null || typeof next !== 'object') {
        node = undefined;
        break;
      }
      node = node[seg] = copy(next);
    }
    if (node) delete node[p[p.length - 1]!];
  }
  return root;
}
