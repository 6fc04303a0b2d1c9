import { fieldLabel, fieldLabelEn } from '../../diagnostics/labels.js';
import { text } from '../../diagnostics/types.js';
import type { Amount } from '../../model/declaration.js';
import type { Rule } from '../rule.js';

/**
 * An amount that could not be read, in a file that validates only because
 * configuration switched amount-format off or made it a warning. Checked
 * when printing (render, summary; `CheckOptions.forPrint`), never by
 * validate, and it cannot be switched off: a form does not print an amount
 * no one could read, nor a total computed without it.
 */
export const unprintableAmount: Rule = {
  id: 'unprintable-amount',
  severity: 'error',
  title: text('金额读不出来，不能印到申报表上（生成申报表时检查）', 'An amount that could not be read cannot be printed (checked when rendering)'),
  description: text(
    '配置文件可以关闭 amount-format 或把它降为警告，这样的文件仍能通过校验；但生成申报表和汇总表时，每个金额都必须是读得懂的数：表上的金额和合计要精确到分，读不出来的金额既不能印，也不能参与合计。此时 render 和 summary 会指出这个金额并拒绝生成，其余文件照常生成。这条规则不能关闭：请按 amount-format 的提示改正金额。',
    'Configuration may switch amount-format off or make it a warning, and such a file still validates; but a form needs every amount as a number, exact to the 分, for the amount and its totals. render and summary point at the amount and do not print that file (the others are printed). This rule cannot be switched off: correct the amount as amount-format says.',
  ),
  examples: { bad: '# declare.config.yaml: rules: { amount-format: off }\n其他资金: 1，000', good: '其他资金: 1,000' },
  print: true,
  check({ decl, report }) {
    const w = decl.funds.wholeLife;
    const a = decl.funds.annual;
    const amounts: (Amount | undefined)[] = [w?.total, w?.fiscal, w?.other, a.total, a.current, a.carryover, a.other];
    for (const amt of amounts) {
      if (!amt || amt.parsed.ok) continue;
      report({
        path: amt.path,
        message: text(
          `「${fieldLabel(amt.path)}」的金额“${amt.written}”读不出来，不能印到申报表上（配置文件关闭了 amount-format 或把它降为警告）。表上的金额和合计必须精确到分：请改正这个金额（npx declare explain amount-format）。`,
          `The amount "${amt.written}" of "${fieldLabelEn(amt.path)}" could not be read and cannot be printed (configuration switched amount-format off or made it a warning). Amounts and totals on a form are exact to the 分: correct it (npx declare explain amount-format).`,
        ),
      });
    }
  },
};
