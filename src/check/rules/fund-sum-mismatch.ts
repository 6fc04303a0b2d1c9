import { formatYuan } from '../../model/money.js';
import type { Column } from '../fund-columns.js';
import type { Report } from '../rule.js';

/**
 * What fund-annual-sum and fund-whole-life-sum report when a stated 合计 is
 * not the sum of its parts. Shows the stated total, the computed total and
 * every line that was added, as Arelle's calcInconsistency does: a reviewer
 * can fix it without a calculator. Suggests the computed total.
 */
export function sumMismatch(c: Column): Report<'fund-annual-sum'> | undefined {
  // Both rules' sections hold the same messages, so this report type fits either.
  if (!c.stated || c.stated.fen === c.computed) return undefined;
  const diff = c.stated.fen - c.computed;
  return {
    path: c.stated.amount.path,
    messageId: 'mismatch',
    data: {
      column: c.label,
      stated: formatYuan(c.stated.fen),
      parts: c.parts.map((p) => ({ label: p.label, amount: formatYuan(p.fen) })),
      computed: formatYuan(c.computed),
      difference: formatYuan(diff < 0n ? -diff : diff),
    },
    notes: c.parts.map((p) => ({ path: p.amount.path, messageId: 'added', data: { label: p.label, amount: formatYuan(p.fen) } })),
    suggestions: [{ messageId: 'suggest-total', data: { total: formatYuan(c.computed) }, edits: [{ path: c.stated.amount.path, text: formatYuan(c.computed) }] }],
  };
}
