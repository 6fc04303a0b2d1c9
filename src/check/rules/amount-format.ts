import { text } from '../../diagnostics/types.js';
import { AMOUNT_CEILING_FEN, formatYuan } from '../../model/money.js';
import { defineModelRule } from '../rule.js';

const CEILING = formatYuan(AMOUNT_CEILING_FEN);

export const amountFormat = defineModelRule({
  id: 'amount-format',
  severity: 'error',
  docs: {
    title: text('金额格式错误（负数、非数字、全角或多种读法、超过两位小数）', 'Malformed amount (negative, not a number, ambiguous, over two decimals)'),
    description: text(
      '金额以元为单位（文件顶层或 declare.config.yaml 中写“金额单位: 万元”时以万元为单位），可以写数字（2810000）或带千位分隔符的文本（2,810,000.00），不能为负，元最多两位小数、万元最多六位小数（都精确到分），小于 1 万亿元。数字只能用半角（英文）数字、半角逗号和小数点书写：全角数字或标点、数字中间的空格、科学计数法（1e3）、十六进制（0x10）或分数（1/2）都会报错并给出改正后的写法，绝不会被读成另一个数。declare 按“分”做精确的整数运算，从不使用浮点数，因此 0.1 + 0.2 这样的金额也能准确相加。“281万元”这样带单位的写法：金额只写数字，按万元填写的表格请在文件顶层写“金额单位: 万元”。',
      'Amounts are in 元 (in 万元 with `金额单位: 万元` at the top of the file or in declare.config.yaml): a number (2810000) or text with thousands separators (2,810,000.00), never negative, at most two decimals in 元 and six in 万元 (exact to the 分 either way), below 10^12 元. Only ASCII digits, comma and dot: full-width digits or punctuation, spaces inside the number, 1e3, 0x10 or 1/2 are errors that show the corrected amount, never read as another number. declare adds exact integer 分, never floating point. For a form in 万元, write the numbers only and 金额单位: 万元 at the top.',
    ),
    examples: { bad: '当年财政拨款: 281万元\n上年结转资金: -5\n其他资金: 1，000.125', good: '当年财政拨款: 2,810,000.00\n上年结转资金: 0\n其他资金: 1,000.13' },
  },
  needs: ['funds'],
  check({ decl, report }) {
    const w = decl.funds.wholeLife;
    const a = decl.funds.annual;
    for (const amt of [w?.total, w?.fiscal, w?.other, a.total, a.current, a.carryover, a.other]) {
      if (!amt || amt.parsed.ok) continue;
      const p = amt.parsed;
      const at = { path: amt.path, ...(p.flaw && { within: { start: p.flaw.at, end: p.flaw.at + p.flaw.char.length } }) };
      const data = { path: amt.path, written: amt.written, unit: decl.funds.unit };
      switch (p.problem) {
        case 'empty':
          report({ ...at, messageId: 'empty', data: { path: amt.path } });
          break;
        case 'malformed':
          report({ ...at, messageId: 'malformed', data: { ...data, flaw: p.flaw! } });
          break;
        case 'not-a-number':
          if (p.extra && /元/.test(p.extra)) report({ ...at, messageId: 'has-unit', data: { ...data, written: amt.written, extra: p.extra } });
          else report({ ...at, messageId: 'not-a-number', data });
          break;
        case 'too-large':
          report({ ...at, messageId: 'too-large', data: { ...data, ceiling: CEILING } });
          break;
        default:
          report({ ...at, messageId: p.problem, data });
      }
    }
  },
});
