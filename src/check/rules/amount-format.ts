import { text } from '../../diagnostics/types.js';
import { defineModelRule } from '../rule.js';

export const amountFormat = defineModelRule({
  id: 'amount-format',
  severity: 'error',
  docs: {
    title: text('金额格式错误（负数、非数字、超过两位小数）', 'Malformed amount (negative, not a number, over two decimals)'),
    description: text(
      '金额以元为单位，可以写数字（2810000）或带千位分隔符的文本（2,810,000.00），不能为负，最多两位小数（精确到分）。declare 按“分”做精确的整数运算，从不使用浮点数，因此 0.1 + 0.2 这样的金额也能准确相加。“281万元”这样的写法请换算成元。',
      'Amounts are in 元: a number (2810000) or text with thousands separators (2,810,000.00), never negative, at most two decimals. declare adds them as exact integer 分, never floating point. Convert 万元 to 元.',
    ),
    examples: { bad: '当年财政拨款: 281万元\n上年结转资金: -5\n其他资金: 0.125', good: '当年财政拨款: 2,810,000.00\n上年结转资金: 0\n其他资金: 0.13' },
  },
  needs: ['funds'],
  check({ decl, report }) {
    const w = decl.funds.wholeLife;
    const a = decl.funds.annual;
    for (const amt of [w?.total, w?.fiscal, w?.other, a.total, a.current, a.carryover, a.other]) {
      if (!amt || amt.parsed.ok) continue;
      const { problem } = amt.parsed;
      if (problem === 'empty') report({ path: amt.path, messageId: 'empty', data: { path: amt.path } });
      else report({ path: amt.path, messageId: problem, data: { path: amt.path, written: amt.written } });
    }
  },
});
