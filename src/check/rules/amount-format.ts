import { fieldLabel, fieldLabelEn } from '../../diagnostics/labels.js';
import { text, type Text } from '../../diagnostics/types.js';
import type { Amount } from '../../model/declaration.js';
import type { AmountProblem } from '../../model/money.js';
import type { Rule } from '../rule.js';

const WHY: Record<AmountProblem, (w: string) => Text> = {
  negative: (w) => text(`金额“${w}”是负数。申报金额不能为负：没有这项资金时填 0。`, `The amount "${w}" is negative. Amounts cannot be negative; write 0 when there is none.`),
  'not-a-number': (w) => text(`“${w}”不是金额。请只写数字（单位是元），可以带千位分隔符，如 2,810,000.00；不要写“万元”“¥”或文字。`, `"${w}" is not an amount. Write a number of 元, optionally with thousands separators (2,810,000.00); no 万元, ¥ or words.`),
  'too-many-decimals': (w) => text(`金额“${w}”超过两位小数。金额精确到分，最多两位小数。`, `The amount "${w}" has more than two decimals; amounts are exact to the 分 (two decimals).`),
  'bad-grouping': (w) => text(`金额“${w}”的千位分隔符位置不对。应每三位一个逗号，如 2,810,000.00。`, `The thousands separators in "${w}" are misplaced; group by three digits (2,810,000.00).`),
  empty: () => text('金额为空。没有这项资金时填 0。', 'The amount is empty; write 0 when there is none.'),
};

export const amountFormat: Rule = {
  id: 'amount-format',
  severity: 'error',
  title: text('金额格式错误（负数、非数字、超过两位小数）', 'Malformed amount (negative, not a number, over two decimals)'),
  description: text(
    '金额以元为单位，可以写数字（2810000）或带千位分隔符的文本（2,810,000.00），不能为负，最多两位小数（精确到分）。declare 按“分”做精确的整数运算，从不使用浮点数，因此 0.1 + 0.2 这样的金额也能准确相加。“281万元”这样的写法请换算成元。',
    'Amounts are in 元: a number (2810000) or text with thousands separators (2,810,000.00), never negative, at most two decimals. declare adds them as exact integer 分, never floating point. Convert 万元 to 元.',
  ),
  examples: { bad: '当年财政拨款: 281万元\n上年结转资金: -5\n其他资金: 0.125', good: '当年财政拨款: 2,810,000.00\n上年结转资金: 0\n其他资金: 0.13' },
  check({ decl, report }) {
    const w = decl.funds.wholeLife;
    const a = decl.funds.annual;
    const amounts: (Amount | undefined)[] = [w?.total, w?.fiscal, w?.other, a.total, a.current, a.carryover, a.other];
    for (const amt of amounts) {
      if (!amt || amt.parsed.ok) continue;
      const why = WHY[amt.parsed.problem](amt.written);
      report({ path: amt.path, message: text(`「${fieldLabel(amt.path)}」：${why.zh}`, `"${fieldLabelEn(amt.path)}": ${why.en}`) });
    }
  },
};
