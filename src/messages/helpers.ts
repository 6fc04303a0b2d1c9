import type { DocPath } from '../diagnostics/types.js';

/**
 * Pieces several messages share, in both languages. Message data stays
 * language-neutral (paths, values as written, numbers); these helpers turn it
 * into words when a message is formatted.
 */

/** `项目资金 › 年度资金申请总额 › 合计`: a field as the form labels it (list indexes left out). */
export function fieldLabel(path: DocPath): string {
  const keys = path.filter((p): p is string => typeof p === 'string');
  return keys.length === 0 ? '（文件顶层）' : keys.join(' › ');
}

export function fieldLabelEn(path: DocPath): string {
  const keys = path.filter((p): p is string => typeof p === 'string');
  return keys.length === 0 ? '(top level)' : keys.join(' › ');
}

/** What a YAML value turned out to be, as message data (a value itself may not cross a thread or be printed whole). */
export type ValueKind =
  | { readonly type: 'empty' | 'list' | 'mapping' }
  | { readonly type: 'number' | 'text' | 'boolean' | 'other'; readonly text: string };

export function describeValue(v: unknown): ValueKind {
  if (v === null || v === undefined) return { type: 'empty' };
  if (Array.isArray(v)) return { type: 'list' };
  switch (typeof v) {
    case 'number':
      return { type: 'number', text: String(v) };
    case 'string':
      return { type: 'text', text: v.length > 20 ? v.slice(0, 20) + '…' : v };
    case 'boolean':
      return { type: 'boolean', text: String(v) };
    case 'object':
      return { type: 'mapping' };
    default:
      return { type: 'other', text: typeof v };
  }
}

/** A value's kind as a budget officer would say it. */
export function valueZh(v: ValueKind): string {
  switch (v.type) {
    case 'empty':
      return '空值';
    case 'list':
      return '列表';
    case 'mapping':
      return '键值映射';
    case 'number':
      return `数字 ${v.text}`;
    case 'text':
      return `文本“${v.text}”`;
    case 'boolean':
      return `布尔值 ${v.text}（YAML 会把 yes/no/true/false 读成真假值）`;
    case 'other':
      return v.text;
  }
}

export function valueEn(v: ValueKind): string {
  switch (v.type) {
    case 'empty':
      return 'empty';
    case 'list':
      return 'a list';
    case 'mapping':
      return 'a mapping';
    case 'number':
      return `the number ${v.text}`;
    case 'text':
      return `the text "${v.text}"`;
    case 'boolean':
      return `the boolean ${v.text}`;
    case 'other':
      return v.text;
  }
}

/** An amount field: 项目资金 › <column> › <line>. */
export function isAmountPath(path: DocPath): boolean {
  return path[0] === '项目资金' && path.length === 3;
}

/** What the format expects at a path, with a hint for the usual mistake there. */
export function expectedAt(path: DocPath): { zh: string; en: string; hintZh?: string; hintEn?: string } {
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

/** yaml's error codes, said in the words of someone filling in a form. */
export const YAML_CODES_ZH: Readonly<Record<string, string>> = {
  BAD_INDENT: '缩进不正确，同一层级的键必须对齐',
  BLOCK_AS_IMPLICIT_KEY: '这一行的值和下一行被连在一起读了：多半是下一行多缩进了，或下一行的冒号后缺少空格',
  MULTILINE_IMPLICIT_KEY: '键不能跨多行：多半是上一行的值没写完，或缩进不对',
  MISSING_CHAR: '缺少必要的符号（如冒号、结束引号或括号）',
  BAD_DQ_ESCAPE: '双引号中的反斜杠转义不正确；文本中需要反斜杠时请改用单引号',
  MULTIPLE_DOCS: '一个文件中有多个 YAML 文档（---）：一个文件只写一个项目',
  BAD_SCALAR_START: '值不能以这个符号开头（如 @ 或 `）；请给整个值加引号',
  TAB_AS_INDENT: '缩进中不能使用制表符（Tab），请改用空格',
  UNEXPECTED_TOKEN: '这里出现了意外的符号',
  KEY_OVER_1024_CHARS: '键太长（超过 1024 个字符），多半是缺少冒号',
  BAD_COLLECTION_TYPE: '列表和键值对混在了同一层级',
  MISSING_ANCHOR: '使用了未定义的别名',
  TAG_RESOLVE_FAILED: '无法识别的 YAML 标签（!…）',
};

/** How a configuration value was written, for config-invalid messages. */
export type ConfigValue = { readonly kind: 'empty' } | { readonly kind: 'text'; readonly text: string } | { readonly kind: 'json'; readonly json: string };

export function describeConfigValue(input: unknown): ConfigValue {
  if (input === null || input === undefined) return { kind: 'empty' };
  if (typeof input === 'string') return { kind: 'text', text: input };
  return { kind: 'json', json: JSON.stringify(input) };
}

export function configValueZh(v: ConfigValue): string {
  return v.kind === 'empty' ? '没有填写内容' : v.kind === 'text' ? `这里写的是“${v.text}”` : `这里写的是 ${v.json}`;
}

export function configValueEn(v: ConfigValue): string {
  return v.kind === 'empty' ? 'it is empty' : v.kind === 'text' ? `found "${v.text}"` : `found ${v.json}`;
}
