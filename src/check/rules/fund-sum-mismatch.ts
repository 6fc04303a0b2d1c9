import type { Funds } from '../../model/declaration.js';
import { amountFormatter, type Column } from '../fund-columns.js';
import type { Report } from '../rule.js';

/**
 * What fund-annual-sum and fund-whole-life-sum report when a stated 合计 is
 * not the sum of its parts. Shows the stated total, the computed total and
 * every line that was added, as Arelle's calcInconsistency does: a reviewer
 * can fix it without a calculator. Suggests the computed total.
 */
export function sumMismatch(c: Column, funds: Funds): Report<'fund-annual-sum'> | undefined {
  const fmt = amountFormatter(funds);
  // 万元 amounts are quoted as written (the author's 45.6, not 45.60); 元 in the official style.
  const shown = (a: { readonly written: string }, fen: bigint) => (funds.unit === '万元' ? a.written.trim() : fmt(fen));
  // Both rules' sections hold the same messages, so this report type fits either.
  if (!c.stated || c.stated.fen === c.computed) return undefined;
  const diff = c.stated.fen - c.computed;
  return {
    path: c.stated.amount.path,
    messageId: 'mismatch',
    data: {
      column: c.label,
      stated: shown(c.stated.amount, c.stated.fen),
      parts: c.parts.map((p) => ({ label: p.label, amount: shown(p.amount, p.fen) })),
      computed: fmt(c.computed),
      difference: fmt(diff < 0n ? -diff : diff),
      unit: funds.unit,
    },
    notes: c.parts.map((p) => ({ path: p.amount.path, messageId: 'added', data: { label: p.label, amount: shown(p.amount, p.fen) } })),
    suggestions: [{ messageId: 'suggest-total', data: { total: fmt(c.computed) }, edits: [{ path: c.stated.amount.path, text: fmt(c.computed) }] }],
  };
}
