import type { DocPath, Part } from '../diagnostics/types.js';
import type { Amount, Declaration, Funds } from '../model/declaration.js';
import { decimalsWritten, formatAmount, sumFen, type Fen } from '../model/money.js';

export interface ColumnPart {
  readonly label: string;
  readonly amount: Amount;
  readonly fen: Fen;
}

/** One money column of the form with its parts; undefined while any amount is unreadable. */
export interface Column {
  readonly label: string;
  /** The column's key (年度资金申请总额 or 项目资金总额). */
  readonly path: DocPath;
  readonly stated?: ColumnPart;
  readonly parts: readonly ColumnPart[];
  readonly computed: Fen;
}

function column(label: string, path: DocPath, total: Amount | undefined, parts: readonly [string, Amount][]): Column | undefined {
  const ps: ColumnPart[] = [];
  for (const [l, a] of parts) {
    if (!a.parsed.ok) return undefined;
    ps.push({ label: l, amount: a, fen: a.parsed.fen });
  }
  if (total && !total.parsed.ok) return undefined;
  const computed = sumFen(ps.map((p) => p.fen));
  return total && total.parsed.ok ? { label, path, stated: { label: '合计', amount: total, fen: total.parsed.fen }, parts: ps, computed } : { label, path, parts: ps, computed };
}

/** 年度资金申请总额 = 当年财政拨款 + 上年结转资金 + 其他资金 */
export function annualColumn(d: Pick<Declaration, 'funds'>): Column | undefined {
  const a = d.funds.annual;
  return column('年度资金申请总额', a.path, a.total, [
    ['当年财政拨款', a.current],
    ['上年结转资金', a.carryover],
    ['其他资金', a.other],
  ]);
}

/** 项目资金总额 = 财政资金 + 其他资金 */
export function wholeLifeColumn(d: Pick<Declaration, 'funds'>): Column | undefined {
  const w = d.funds.wholeLife;
  if (!w) return undefined;
  return column('项目资金总额', w.path, w.total, [
    ['财政资金', w.fiscal],
    ['其他资金', w.other],
  ]);
}

/** The column's total as the form prints it: the stated 合计 when given, else the sum. */
export function totalOf(c: Column): Fen {
  return c.stated?.fen ?? c.computed;
}

/**
 * The column's total and where to point at it: the 合计 value when written,
 * else the column's key (the sum is computed, so there is no value to point at).
 */
export function columnTotal(c: Column): { readonly fen: Fen; readonly path: DocPath; readonly part: Part } {
  return c.stated ? { fen: c.stated.fen, path: c.stated.amount.path, part: 'value' } : { fen: c.computed, path: c.path, part: 'key' };
}

/**
 * Amounts as this file writes them: 元 as the form prints them
 * (2,810,000.00); 万元 with as many decimals as the file's own amounts use
 * (a computed total of 30.5 and 15.1 is 45.6, not 45.600000), exact.
 */
export function amountFormatter(funds: Funds): (fen: Fen) => string {
  if (funds.unit === '元') return (fen) => formatAmount(fen, '元');
  const w = funds.wholeLife;
  const a = funds.annual;
  const written = [w?.total, w?.fiscal, w?.other, a.total, a.current, a.carryover, a.other].flatMap((x) => (x ? [x.written] : []));
  const decimals = Math.max(0, ...written.map(decimalsWritten));
  return (fen) => formatAmount(fen, '万元', decimals);
}
