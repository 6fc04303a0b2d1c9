import { isScalar, type Document } from 'yaml';
import type { DocPath } from '../../diagnostics/types.js';
import { AMOUNT_UNITS, decimalsWritten, formatAmount, parseAmount, sumFen, type AmountUnit, type Fen } from '../../model/money.js';
import { mapAt, pairAt, written } from './yaml-nodes.js';
import type { Fix, Fixer } from './types.js';

/** The two money columns of the form and the lines that add up to each (as fund-columns.ts defines them). */
export const FUND_COLUMNS: readonly { readonly label: string; readonly parts: readonly string[] }[] = [
  { label: '项目资金总额', parts: ['财政资金', '其他资金'] },
  { label: '年度资金申请总额', parts: ['当年财政拨款', '上年结转资金', '其他资金'] },
];

export interface ColumnState {
  readonly label: string;
  /** The file's 金额单位 (元 unless it says 万元 at its top level). */
  readonly unit: AmountUnit;
  readonly path: DocPath;
  /** Each part as written and read; fen undefined when it cannot be read (or is missing). */
  readonly parts: readonly { readonly label: string; readonly written?: string; readonly fen?: Fen }[];
  readonly stated?: { readonly written: string; readonly fen?: Fen };
  /** The sum, when every part could be read. */
  readonly computed?: Fen;
}

/**
 * A money column read straight from the YAML: unlike the model, this also
 * works when the file has errors — which is when an author most needs to see
 * what the parts add up to.
 */
export function readColumn(doc: Document.Parsed, source: string, label: string): ColumnState | undefined {
  const column = FUND_COLUMNS.find((c) => c.label === label);
  const map = mapAt(doc, ['项目资金', label]);
  if (!column || !map) return undefined;
  // Read in the file's unit, as validate reads it (a 金额单位 set only in declare.config.yaml is not seen here).
  const stated = pairAt(doc, ['金额单位'])?.value;
  const unit: AmountUnit = isScalar(stated) && (AMOUNT_UNITS as readonly unknown[]).includes(stated.value) ? (stated.value as AmountUnit) : '元';
  const read = (key: string): { written?: string; fen?: Fen } => {
    const w = written(source, pairAt(doc, ['项目资金', label, key])?.value);
    if (!w) return {};
    const p = parseAmount(typeof w.node.value === 'string' ? w.node.value : w.raw, unit);
    return { written: w.raw, ...(p.ok && { fen: p.fen }) };
  };
  const parts: ColumnState['parts'] = column.parts.map((k) => ({ label: k, ...read(k) }));
  const total = pairAt(doc, ['项目资金', label, '合计']) ? read('合计') : undefined;
  const fens = parts.map((p) => p.fen);
  const computed = fens.every((f): f is Fen => f !== undefined) ? sumFen(fens) : undefined;
  return {
    label,
    unit,
    path: ['项目资金', label],
    parts,
    ...(total?.written !== undefined && { stated: { written: total.written, ...(total.fen !== undefined && { fen: total.fen }) } }),
    ...(computed !== undefined && { computed }),
  };
}

/**
 * Write the sum as the parts are written: `2,810,000.00` when any part is, `2810000` when all are plain whole numbers;
 * in 万元 with as many decimals as the parts use (45.6 + 0 → 45.6).
 */
export function styled(fen: Fen, c: Pick<ColumnState, 'parts' | 'unit'>): string {
  const parts = c.parts;
  if (c.unit === '万元') return formatAmount(fen, c.unit, Math.max(0, ...parts.map((p) => (p.written === undefined ? 0 : decimalsWritten(p.written)))));
  const plain = parts.every((p) => p.written !== undefined && /^\d+$/.test(p.written));
  return plain && fen % 100n === 0n ? String(fen / 100n) : formatAmount(fen, c.unit);
}

/**
 * 合计 is optional, so a missing one is no finding; but authors often want it
 * written out, and adding it by hand is where sums go wrong: insert it,
 * computed exactly. (A wrong 合计 is fixed by the fund-*-sum rules' own suggestion.)
 */
export const missingTotal: Fixer = ({ text: doc, source }) => {
  if (!source) return [];
  const out: Fix[] = [];
  for (const { label } of FUND_COLUMNS) {
    const column = readColumn(source.doc, doc, label);
    const map = mapAt(source.doc, ['项目资金', label]);
    const key = pairAt(source.doc, ['项目资金', label])?.key;
    if (!column || column.stated || column.computed === undefined || !map?.range || !isScalar(key) || !key.range || map.flow) continue;
    const first = map.items[0]?.key;
    if (!isScalar(first) || !first.range) continue;
    const lineStart = doc.lastIndexOf('\n', first.range[0] - 1) + 1;
    const indent = doc.slice(lineStart, first.range[0]);
    if (!/^\s*$/.test(indent)) continue;
    const sum = styled(column.computed, column);
    out.push({
      title: { messageId: 'add-total', data: { total: sum, parts: column.parts.map((p) => p.label) } },
      at: [key.range[0], map.range[1]],
      edits: [{ start: lineStart, end: lineStart, newText: `${indent}合计: ${sum}\n` }],
    });
  }
  return out;
};
