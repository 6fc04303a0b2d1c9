import type { DocPath } from './types.js';

/** `项目资金 › 年度资金申请总额 › 合计`: a field as the form labels it (list indexes left out). */
export function fieldLabel(path: DocPath): string {
  const keys = path.filter((p): p is string => typeof p === 'string');
  return keys.length === 0 ? '（文件顶层）' : keys.join(' › ');
}

export function fieldLabelEn(path: DocPath): string {
  const keys = path.filter((p): p is string => typeof p === 'string');
  return keys.length === 0 ? '(top level)' : keys.join(' › ');
}

/** Name of a JS value's type, as a budget officer would say it. */
export function typeName(v: unknown): { zh: string; en: string } {
  if (v === null || v === undefined) return { zh: '空值', en: 'empty' };
  if (Array.isArray(v)) return { zh: '列表', en: 'a list' };
  switch (typeof v) {
    case 'number':
      return { zh: `数字 ${v}`, en: `the number ${v}` };
    case 'string':
      return { zh: `文本“${v.length > 20 ? v.slice(0, 20) + '…' : v}”`, en: `the text "${v.length > 20 ? v.slice(0, 20) + '…' : v}"` };
    case 'boolean':
      return { zh: `布尔值 ${v}（YAML 会把 yes/no/true/false 读成真假值）`, en: `the boolean ${v}` };
    case 'object':
      return { zh: '键值映射', en: 'a mapping' };
    default:
      return { zh: typeof v, en: typeof v };
  }
}
