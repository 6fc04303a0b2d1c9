import type { CellStyle, GridCell, GridRow, Sheet } from '../layout/grid.js';
import { textWidth, type Measurer } from '../layout/measure.js';
import type { Typography } from '../layout/page-setup.js';
import { formatYuan, sumFen, type Fen } from '../model/money.js';
import type { TableCellValue, TableColumn, TableTemplate, TotalText } from './table-template.js';

/**
 * A table template filled with rows: a header row (repeated on every page
 * the table continues on), one row per item in the given order, and the
 * exact total row. Column widths follow the template's policies, measured
 * with `m` at the typography's size, and fill `width` exactly.
 */
export function fillTable<Row>(t: TableTemplate<Row>, title: string, items: readonly Row[], width: number, m: Measurer, typo: Typography): Sheet {
  const style = (name: string): CellStyle => {
    const s = t.styles[name];
    if (!s) throw new Error(`internal: table ${t.id} has no style ${name}`);
    return { hAlign: s.hAlign, vAlign: s.vAlign, weight: s.weight, shade: s.shade };
  };
  const body: TableCellValue[][] = items.map((item, i) => t.columns.map((c) => c.cell(item, i)));
  const totals: (Fen | undefined)[] = t.columns.map((c, k) => (c.total ? sumFen(body.map((row) => row[k]!.sum ?? row[k]!.amount ?? 0n)) : undefined));
  const firstTotal = t.total ? t.columns.findIndex((c) => c.total) : -1;
  const columns = columnWidths(t, body, totals, width, m, typo);

  const cells: GridCell[] = [];
  const rows: GridRow[] = [];
  const cell = (row: number, col: number, text: string, s: string, extra: Partial<GridCell> = {}, colSpan = 1) =>
    cells.push({ row, col, rowSpan: 1, colSpan, text, ...style(s), path: [], ...extra });

  rows.push({ keepWithNext: true });
  t.columns.forEach((c, k) => cell(0, k, c.header, t.headerStyle));
  body.forEach((values, i) => {
    rows.push({});
    values.forEach((v, k) =>
      cell(i + 1, k, v.text, t.columns[k]!.style, {
        ...(v.number !== undefined && { number: v.number }),
        ...(v.amount !== undefined && { amount: v.amount }),
        ...(v.link !== undefined && { link: v.link }),
      }),
    );
  });
  const last = items.length + 1;
  if (t.total && firstTotal > 0) {
    rows.push({});
    cell(last, 0, t.total.label, t.total.style, {}, firstTotal);
    for (let k = firstTotal; k < t.columns.length; k++) {
      const sum = totals[k];
      if (sum === undefined) cell(last, k, '', t.total.style);
      else {
        const printed = totalText(t.columns[k]!, sum);
        cell(last, k, printed.text, t.total.amountStyle, printed.numeric ? { amount: sum, sumOfRows: [1, last] } : {});
      }
    }
  }
  return {
    title: t.title,
    heading: t.heading.map((h) => ({ text: h.text.replace('{title}', title), size: h.size, weight: h.weight, path: [], gapAfter: h.gapAfter, ...(h.align && { align: h.align }) })),
    grid: { columns, rows, cells, repeats: [{ header: [0, 1], body: [1, rows.length] }] },
  };
}

function totalText<Row>(c: TableColumn<Row>, sum: Fen): TotalText {
  return c.formatTotal ? c.formatTotal(sum) : { text: formatYuan(sum), numeric: true };
}

function columnWidths<Row>(
  t: TableTemplate<Row>,
  body: readonly (readonly TableCellValue[])[],
  totals: readonly (Fen | undefined)[],
  width: number,
  m: Measurer,
  typo: Typography,
): number[] {
  const pad = 2 * typo.padX + 1;
  const em = typo.size;
  const weightOf = (s: string) => t.styles[s]?.weight ?? 'regular';
  const widest = (k: number) => body.reduce((a, row) => Math.max(a, textWidth(row[k]!.text, typo.size, weightOf(t.columns[k]!.style), m)), 0);

  // What each column's content needs, before padding.
  const natural = t.columns.map((c, k) => {
    const p = c.width;
    if (p.kind === 'rest') return 0;
    let n = Math.max(widest(k), p.minEm === undefined ? 0 : p.minEm * em);
    if (p.kind === 'fit') {
      const total = totals[k];
      if (total !== undefined && t.total) n = Math.max(n, textWidth(totalText(c, total).text, typo.size, weightOf(t.total.amountStyle), m));
      if (p.measureHeader) n = Math.max(n, textWidth(c.header, typo.size, weightOf(t.headerStyle), m));
    }
    return n;
  });
  // Columns of one group (a start and an end date) share the widest.
  const groups = new Map<string, number>();
  t.columns.forEach((c, k) => {
    if (c.width.kind === 'fit' && c.width.group !== undefined) groups.set(c.width.group, Math.max(groups.get(c.width.group) ?? 0, natural[k]!));
  });

  const widths = t.columns.map((c, k) => {
    const p = c.width;
    if (p.kind === 'fit') return (p.group === undefined ? natural[k]! : groups.get(p.group)!) + pad;
    if (p.kind === 'wrap') {
      const n = natural[k]!;
      const cap = p.capEm * em;
      // Too long for one line: lines of even length (plus one character of slack for where breaks fall).
      return (n <= cap ? n : Math.min(n / Math.ceil(n / cap) + em, cap)) + pad;
    }
    return 0;
  });
  const rest = t.columns.findIndex((c) => c.width.kind === 'rest');
  if (rest < 0) return widths;
  const policy = t.columns[rest]!.width as Extract<TableTemplate<Row>['columns'][number]['width'], { kind: 'rest' }>;
  const fixed = () => widths.reduce((a, b, k) => (k === rest ? a : a + b), 0);
  if (width - fixed() < policy.minEm * em + pad) {
    // Too narrow to read: wrapping columns give up width first.
    t.columns.forEach((c, k) => {
      if (c.width.kind === 'wrap') widths[k] = Math.min(widths[k]!, c.width.yieldEm * em + pad);
    });
  }
  widths[rest] = width - fixed();
  if (widths[rest] < policy.hardMinEm * em + pad) throw new Error(`internal: table ${t.id} needs more than ${width} pt of width`);
  return widths;
}
