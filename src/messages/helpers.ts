import type { DocPath, Lang } from '../diagnostics/types.js';
import { describeChar, type NumberFlaw } from '../model/number-text.js';

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

// ---- numbers (amount-format, indicator-value) ----

/** What is wrong with a number, in words: names the character and says the rule it breaks. */
export function flawWords(f: NumberFlaw, lang: Lang): string {
  const c = pickText(describeChar(f.char), lang);
  const zh = lang === 'zh';
  switch (f.kind) {
    case 'full-width-digit':
      return zh ? `有${c}：数字要用半角（英文）数字书写，全角数字多是中文输入法的全角模式打出来的` : `it contains ${c}: numbers are written with ASCII digits`;
    case 'full-width-comma':
      return zh ? `有${c}：千位分隔符只能用半角逗号“,”，也可以不写` : `it contains ${c}: the thousands separator is the ASCII comma "," (or none)`;
    case 'full-width-dot':
      return zh ? `有${c}：小数点只能用半角“.”` : `it contains ${c}: the decimal point is the ASCII dot "."`;
    case 'space':
      return zh ? `中间有${c}：一个数中间不能有空格` : `it has ${c} inside the number: a number has no spaces`;
    case 'grouping':
      return zh ? '逗号位置不对：逗号只能作千位分隔符，从小数点往左每三位一个' : 'a comma is misplaced: commas only separate thousands, every three digits left of the point';
    case 'decimal-points':
      return zh ? '有不止一个小数点' : 'it has more than one decimal point';
    case 'trailing-dot':
      return zh ? '小数点后面没有数字' : 'the decimal point has no digits after it';
    case 'leading-dot':
      return zh ? '小数点前面没有数字' : 'there is no digit before the decimal point';
    case 'exponent':
      return zh ? `用了科学计数法（${c}）：请把数完整写出来` : `it uses scientific notation (${c}): write the number out`;
    case 'radix':
      return zh ? `用了${c}（十六进制、八进制或二进制）：请写十进制数` : `it uses ${c} (hex, octal or binary): write a decimal number`;
    case 'fraction':
      return zh ? `是分数（${c}）：请写成小数或百分比` : `it is a fraction (${c}): write a decimal or a percentage`;
    case 'negative':
      return zh ? `有${c}：不能为负数` : `it has ${c}: it cannot be negative`;
    case 'plus':
      return zh ? `有${c}：不需要写正号` : `it has ${c}: no plus sign is needed`;
  }
}

/** 「请写成 A 或 B」, or, when the intent cannot be known, to write one plain number. */
export function correctionWords(corrected: readonly string[], lang: Lang): string {
  if (lang === 'zh') return corrected.length === 0 ? '请改写成一个普通数字' : `请写成 ${corrected.join(' 或 ')}`;
  return corrected.length === 0 ? 'write one plain number' : `write ${corrected.join(' or ')}`;
}

// ---- invisible and control characters ----

/** Names of the invisible characters people actually paste, for messages. */
const CHAR_NAMES: Readonly<Record<number, readonly [string, string]>> = {
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
export function invisibleName(c: string, lang: Lang): string {
  const cp = c.codePointAt(0)!;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  const zh = lang === 'zh';
  const named = (z: string, e: string) => (zh ? `${hex}（${z}）` : `${hex} (${e})`);
  const known = CHAR_NAMES[cp];
  if (known) return named(known[0], known[1]);
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return named('控制字符', 'a control character');
  if (cp >= 0xfe00 && cp <= 0xfe0f) return named('变体选择符', 'variation selector');
  if (cp >= 0xe0100 && cp <= 0xe01ef) return named('异体字选择符', 'ideographic variation selector');
  return named('不可见格式字符', 'an invisible format character');
}

/**
 * Where an invisible or control character was found: in a key (named without
 * the character) or in a value (named by its field, with the value as it
 * reads once the characters are deleted, when that is short).
 */
export type CharPlace = { readonly key: string } | { readonly path: DocPath; readonly cleaned?: string };

export function charPlaceWords(p: CharPlace, lang: Lang): { where: string; after: string } {
  const zh = lang === 'zh';
  if ('key' in p) return { where: zh ? `键“${p.key}”` : `The key "${p.key}"`, after: '' };
  const where = zh ? `「${fieldLabel(p.path)}」` : `"${fieldLabelEn(p.path)}"`;
  const after = p.cleaned === undefined ? '' : zh ? `删除后为“${p.cleaned}”。` : ` Without it: "${p.cleaned}".`;
  return { where, after };
}

function pickText(t: { zh: string; en: string }, lang: Lang): string {
  return lang === 'en' ? t.en : t.zh;
}

/** A 401-digit slip is quoted by its ends, not in full. */
export function shortNumber(w: string): string {
  return w.length > 40 ? `${w.slice(0, 16)}…${w.slice(-8)}（共 ${w.length} 位）` : w;
}

/** The declare.config.yaml line that selects an indicator system (and registers a region's labels), as messages quote it. */
export function profileYaml(system: 'current' | 'legacy', labels: readonly { readonly written: string; readonly canonical: string }[]): string {
  return labels.length === 0 ? `profile: ${system}` : `profile: { system: ${system}, labels: { ${labels.map((l) => `${l.written}: ${l.canonical}`).join(', ')} } }`;
}
