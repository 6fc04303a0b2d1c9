import { text } from '../../diagnostics/types.js';
import type { Amount } from '../../model/declaration.js';
import { defineRenderRule } from '../rule.js';

/**
 * An amount that could not be read, in a file that validates only because
 * configuration switched amount-format off or made it a warning. Checked
 * before a form is drawn (render, summary), never by validate, and locked: a
 * form does not print an amount no one could read, nor a total without it.
 */
export const unprintableAmount = defineRenderRule({
  id: 'unprintable-amount',
  severity: 'error',
  locked: true,
  docs: {
    title: text('金额读不出来，不能印到申报表上（生成申报表时检查）', 'An amount that could not be read cannot be printed (checked when rendering)'),
    description: text(
      '配置文件可以关闭 amount-format 或把它降为警告，这样的文件仍能通过校验；但生成申报表和汇总表时，每个金额都必须是读得懂的数：表上的金额和合计要精确到分，读不出来的金额既不能印，也不能参与合计。此时 render 和 summary 会指出这个金额并拒绝生成，其余文件照常生成。这条规则不能关闭：请按 amount-format 的提示改正金额。',
      'Configuration may switch amount-format off or make it a warning, and such a file still validates; but a form needs every amount as a number, exact to the 分, for the amount and its totals. render and summary point at the amount and do not print that file (the others are printed). This rule cannot be switched off: correct the amount as amount-format says.',
    ),
    examples: { bad: '# declare.config.yaml: rules: { amount-format: off }\n其他资金: 1，000', good: '其他资金: 1,000' },
  },
  check({ decl, report }) {
    if (!decl) return;
    const w = decl.funds.wholeLife;
    const a = decl.funds.annual;
    const amounts: (Amount | undefined)[] = [w?.total, w?.fiscal, w?.other, a.total, a.current, a.carryover, a.other];
    for (const amt of amounts) {
      if (amt && !amt.parsed.ok) report({ path: amt.path, messageId: 'unreadable', data: { path: amt.path, written: amt.written } });
    }
  },
});
