import { withoutInvisible } from './number-text.js';

/**
 * The one rule by which names are the same: what a reader sees. Unicode
 * composition (NFC), invisible characters and spaces of any width (ASCII,
 * U+3000) make no difference, so `网络宣传工作`, ` 网络宣传工作　` and
 * `网络\u200b宣传工作` are one name. Used for duplicate 三级指标 in a form,
 * duplicate 项目名称 and differing 实施单位 across a summary.
 */
export function nameKey(name: string): string {
  return withoutInvisible(name.normalize('NFC')).replace(/\s+/gu, '');
}
