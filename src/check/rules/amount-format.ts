import { fieldLabel, fieldLabelEn } from '../../diagnostics/labels.js';
import { text, type Text } from '../../diagnostics/types.js';
import type { Amount } from '../../model/declaration.js';
import { formatYuan, AMOUNT_CEILING_FEN, type ParsedAmount } from '../../model/money.js';
import { correctionText, flawText } from '../number-flaw-text.js';
import type { Rule } from '../rule.js';

const CEILING = formatYuan(AMOUNT_CEILING_FEN);

function why(p: Extract<ParsedAmount, { ok: false }>, w: string): Text {
  switch (p.problem) {
    case 'negative':
      return text(`金额“${w}”是负数。申报金额不能为负：没有这项资金时填 0。`, `The amount "${w}" is negative. Amounts cannot be negative; write 0 when there is none.`);
    case 'malformed': {
      const f = flawText(p.flaw!);
      const fix = correctionText(p.flaw!.corrected, text('请改写成一个普通数字', 'write one plain number'));
      return text(`金额“${w}”${f.zh}。${fix.zh}。`, `The amount "${w}": ${f.en}; ${fix.en}.`);
    }
    case 'not-a-number':
      return p.extra && /元/.test(p.extra)
        ? text(`金额“${w}”带了单位“${p.extra}”。金额只写数字，单位是元；“万元”请换算成元（1 万元 = 10,000 元）。`, `The amount "${w}" carries the unit "${p.extra}". Write the number only, in 元 (1 万元 = 10,000 元).`)
        : text(`“${w}”不是金额。请只写数字（单位是元），可以带千位分隔符，如 2,810,000.00；不要写“万元”“¥”或文字。`, `"${w}" is not an amount. Write a number of 元, optionally with thousands separators (2,810,000.00); no 万元, ¥ or words.`);
    case 'too-many-decimals':
      return text(`金额“${w}”超过两位小数。金额精确到分，最多两位小数。`, `The amount "${w}" has more than two decimals; amounts are exact to the 分 (two decimals).`);
    case 'too-large':
      return text(
        `金额“${short(w)}”太大：单个金额必须小于 ${CEILING} 元（1 万亿元）。多半是多打了数字，请核对。`,
        `The amount "${short(w)}" is too large: an amount must be below ${CEILING} 元 (10^12). Probably a slip: check it.`,
      );
    case 'empty':
      return text('金额为空。没有这项资金时填 0。', 'The amount is empty; write 0 when there is none.');
  }
}

/** A 401-digit slip is quoted by its ends, not in full. */
function short(w: string): string {
  return w.length > 40 ? `${w.slice(0, 16)}…${w.slice(-8)}（共 ${w.length} 位）` : w;
}

export const amountFormat: Rule = {
  id: 'amount-format',
  severity: 'error',
  title: text('金额格式错误（负数、非数字、全角或多种读法、超过两位小数）', 'Malformed amount (negative, not a number, ambiguous, over two decimals)'),
  description: text(
    '金额以元为单位，可以写数字（2810000）或带千位分隔符的文本（2,810,000.00），不能为负，最多两位小数（精确到分），小于 1 万亿元。数字只能用半角（英文）数字、半角逗号和小数点书写：全角数字或标点、数字中间的空格、科学计数法（1e3）、十六进制（0x10）或分数（1/2）都会报错并给出改正后的写法，绝不会被读成另一个数。declare 按“分”做精确的整数运算，从不使用浮点数，因此 0.1 + 0.2 这样的金额也能准确相加。“281万元”这样的写法请换算成元。',
    'Amounts are in 元: a number (2810000) or text with thousands separators (2,810,000.00), never negative, at most two decimals, below 10^12. Only ASCII digits, comma and dot: full-width digits or punctuation, spaces inside the number, 1e3, 0x10 or 1/2 are errors that show the corrected amount, never read as another number. declare adds exact integer 分, never floating point. Convert 万元 to 元.',
  ),
  examples: { bad: '当年财政拨款: 281万元\n上年结转资金: -5\n其他资金: 1，000.125', good: '当年财政拨款: 2,810,000.00\n上年结转资金: 0\n其他资金: 1,000.13' },
  check({ decl, report }) {
    const w = decl.funds.wholeLife;
    const a = decl.funds.annual;
    const amounts: (Amount | undefined)[] = [w?.total, w?.fiscal, w?.other, a.total, a.current, a.carryover, a.other];
    for (const amt of amounts) {
      if (!amt || amt.parsed.ok) continue;
      const msg = why(amt.parsed, amt.written);
      const f = amt.parsed.flaw;
      report({
        path: amt.path,
        ...(f && { within: { start: f.at, end: f.at + f.char.length } }),
        message: text(`「${fieldLabel(amt.path)}」：${msg.zh}`, `"${fieldLabelEn(amt.path)}": ${msg.en}`),
      });
    }
  },
};
