import { text } from '../../diagnostics/types.js';
import { formatYuan } from '../../model/money.js';
import { annualColumn, wholeLifeColumn, type Column } from '../fund-columns.js';
import type { Report, Rule } from '../rule.js';

/**
 * Shows the stated total, the computed total and every line that was added,
 * as Arelle's calcInconsistency does: a reviewer can fix it without a calculator.
 */
export function sumMismatch(c: Column): Report | undefined {
  if (!c.stated || c.stated.fen === c.computed) return undefined;
  const expr = c.parts.map((p) => `${p.label} ${formatYuan(p.fen)}`).join(' + ');
  const diff = c.stated.fen - c.computed;
  const absDiff = formatYuan(diff < 0n ? -diff : diff);
  return {
    path: c.stated.amount.path,
    message: text(
      `${c.label}合计写的是 ${formatYuan(c.stated.fen)}，但 ${expr} = ${formatYuan(c.computed)}，相差 ${absDiff} 元。请核对各项金额或合计（按分精确计算）。`,
      `The ${c.label} total says ${formatYuan(c.stated.fen)}, but ${expr} = ${formatYuan(c.computed)}, a difference of ${absDiff}. Check the parts or the total (exact to the 分).`,
    ),
    notes: c.parts.map((p) => ({ path: p.amount.path, message: text(`计入合计：${p.label} ${formatYuan(p.fen)}`, `added: ${p.label} ${formatYuan(p.fen)}`) })),
  };
}

export const fundAnnualSum: Rule = {
  id: 'fund-annual-sum',
  severity: 'error',
  title: text('年度资金申请总额合计与各项之和不符', 'Annual funding total does not add up'),
  description: text(
    '填写了“年度资金申请总额 › 合计”时，它必须等于 当年财政拨款 + 上年结转资金 + 其他资金，精确到分。提示中会列出写的合计、算出的合计和参与相加的每一行。不填合计时由 declare 计算。',
    'When 年度资金申请总额 › 合计 is given it must equal 当年财政拨款 + 上年结转资金 + 其他资金, exact to the 分. The message lists the stated and computed totals and each line added. Leave 合计 out to have it computed.',
  ),
  examples: {
    bad: '年度资金申请总额:\n  合计: 2,810,000.00\n  当年财政拨款: 2,800,000.00\n  上年结转资金: 0\n  其他资金: 0',
    good: '年度资金申请总额:\n  合计: 2,810,000.00\n  当年财政拨款: 2,800,000.00\n  上年结转资金: 10,000.00\n  其他资金: 0',
  },
  check({ decl, report }) {
    const c = annualColumn(decl);
    const r = c && sumMismatch(c);
    if (r) report(r);
  },
};

export const fundWholeLifeSum: Rule = {
  id: 'fund-whole-life-sum',
  severity: 'error',
  title: text('项目资金总额合计与各项之和不符', 'Whole-life funding total does not add up'),
  description: text(
    '填写了“项目资金总额 › 合计”时，它必须等于 财政资金 + 其他资金，精确到分。提示中会列出写的合计、算出的合计和参与相加的每一行。',
    'When 项目资金总额 › 合计 is given it must equal 财政资金 + 其他资金, exact to the 分.',
  ),
  examples: {
    bad: '项目资金总额:\n  合计: 10,740,000.00\n  财政资金: 10,000,000.00\n  其他资金: 0',
    good: '项目资金总额:\n  合计: 10,740,000.00\n  财政资金: 10,740,000.00\n  其他资金: 0',
  },
  check({ decl, report }) {
    const c = wholeLifeColumn(decl);
    const r = c && sumMismatch(c);
    if (r) report(r);
  },
};
