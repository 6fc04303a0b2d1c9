import { text, type Text } from '../diagnostics/types.js';
import { describeChar, type NumberFlaw } from '../model/number-text.js';

/**
 * What is wrong with a number, in words, for amount-format and
 * indicator-value alike: names the character and says the rule it breaks.
 */
export function flawText(f: NumberFlaw): Text {
  const c = describeChar(f.char);
  switch (f.kind) {
    case 'full-width-digit':
      return text(`有${c.zh}：数字要用半角（英文）数字书写，全角数字多是中文输入法的全角模式打出来的`, `it contains ${c.en}: numbers are written with ASCII digits`);
    case 'full-width-comma':
      return text(`有${c.zh}：千位分隔符只能用半角逗号“,”，也可以不写`, `it contains ${c.en}: the thousands separator is the ASCII comma "," (or none)`);
    case 'full-width-dot':
      return text(`有${c.zh}：小数点只能用半角“.”`, `it contains ${c.en}: the decimal point is the ASCII dot "."`);
    case 'space':
      return text(`数字中间有${c.zh}：一个数中间不能有空格`, `it has ${c.en} inside the number: a number has no spaces`);
    case 'grouping':
      return text('逗号位置不对：逗号只能作千位分隔符，从小数点往左每三位一个', 'a comma is misplaced: commas only separate thousands, every three digits left of the point');
    case 'decimal-points':
      return text('有不止一个小数点', 'it has more than one decimal point');
    case 'trailing-dot':
      return text('小数点后面没有数字', 'the decimal point has no digits after it');
    case 'leading-dot':
      return text('小数点前面没有数字', 'there is no digit before the decimal point');
    case 'exponent':
      return text(`用了科学计数法（${c.zh}）：请把数完整写出来`, `it uses scientific notation (${c.en}): write the number out`);
    case 'radix':
      return text(`用了${c.zh}（十六进制、八进制或二进制）：请写十进制数`, `it uses ${c.en} (hex, octal or binary): write a decimal number`);
    case 'fraction':
      return text(`是分数（${c.zh}）：请写成小数或百分比`, `it is a fraction (${c.en}): write a decimal or a percentage`);
    case 'negative':
      return text(`有${c.zh}：不能为负数`, `it has ${c.en}: it cannot be negative`);
    case 'plus':
      return text(`有${c.zh}：不需要写正号`, `it has ${c.en}: no plus sign is needed`);
  }
}

/** 「请写成 A 或 B」, or what to do when the intent cannot be known. */
export function correctionText(corrected: readonly string[], fallback: Text): Text {
  if (corrected.length === 0) return fallback;
  return text(`请写成 ${corrected.join(' 或 ')}`, `write ${corrected.join(' or ')}`);
}
