import type { FieldLocation } from '../../forms/index.js';
import { joinLines } from '../pdf/cell-text.js';
import type { ReadCell, TextLine, Where } from '../table.js';
import type { Draft, DraftField, DraftIndicator, DraftProblem, ImportMessage } from './draft.js';
import { isLabel, type FormSpec } from './form-spec.js';
import { below, midY, rightOf, sameBand, xOverlap, yOverlap } from './geometry.js';
import { matchHeader, matchLabel, normalLabel, unitNote, type MoneyUnit } from './labels.js';
import { amountText, oneLine } from './values.js';
import { LEVEL1, LEVEL2_BY_LEVEL1 } from '../../model/taxonomy.js';

/** The standard 一级 and 二级 labels, to tell a label split by a page break from two labels. */
const KNOWN_LEVELS: ReadonlySet<string> = new Set([...LEVEL1, ...Object.values(LEVEL2_BY_LEVEL1).flat()]);

/** One form's part of a document: its cells, and the lines of text around them (title, year, notes). */
export interface FormRegion {
  readonly cells: readonly ReadCell[];
  readonly heading: readonly { readonly text: string; readonly where: Where }[];
  readonly notes: readonly string[];
  readonly tolerance: number;
  readonly where: Where;
}

const key = (path: readonly (string | number)[]) => path.join('\u0000');

/**
 * One filled form → a draft declaration, by the form's labels: each field's
 * label is found by its text (however it is spelt and wherever it sits),
 * and the value is the next cell right of it or below it, as the template
 * says. Nothing depends on row or column numbers, so a form with columns
 * moved, extra blank rows or other spans reads the same.
 */
export function readForm(region: FormRegion, spec: FormSpec): Draft {
  const tol = region.tolerance;
  const problems: DraftProblem[] = [];
  const table = indicatorTable(region.cells, spec, tol);
  // Labels are looked for above the indicator table only: an indicator may well be called 其他资金.
  const top = table ? region.cells.filter((c) => c.y0 < table.headers[0]!.y0 - tol) : region.cells;
  const labelCell = (c: ReadCell) => isLabel(spec, c.text);

  let unit: MoneyUnit = '元';
  for (const note of [...region.notes, ...region.heading.map((h) => h.text), ...top.map((c) => c.text)]) {
    // A note (单位：万元), or one of the form's own labels carrying the unit (项目资金（万元）); never an indicator value such as ≤40(万元).
    const u = unitNote(note) ?? (isLabel(spec, note) ? normalLabel(note).unit : undefined);
    if (u === '万元') unit = '万元';
  }

  const chosen = chooseLabels(top, spec.fields, tol);
  const fields: DraftField[] = [];
  for (const heading of spec.map.heading) fields.push(readHeading(region, heading.text, heading.path, heading.kind));
  for (const f of spec.fields) {
    const hit = chosen.get(key(f.path));
    if (!hit) {
      fields.push({ path: f.path, kind: f.kind, problem: { messageId: 'label-not-found', data: { label: f.label } } });
      continue;
    }
    const { cell: label, inline } = hit;
    if (inline !== undefined) {
      fields.push({ path: f.path, kind: f.kind, value: f.kind === 'prose' ? inline : oneLine(inline), where: label.where });
      continue;
    }
    const valueCell = f.labelAt === 'left' ? rightOf(top, label, tol) : below(top, label, tol);
    if (!valueCell || labelCell(valueCell)) {
      fields.push({ path: f.path, kind: f.kind, where: label.where });
      continue;
    }
    const value = f.kind === 'prose' ? proseText(valueCell, top, region.cells, spec, tol) : f.kind === 'amount' ? amountText(valueCell, unit) : oneLine(valueCell.text);
    fields.push({ path: f.path, kind: f.kind, ...(value !== undefined && value !== '' && { value }), where: valueCell.where });
  }

  let indicators: DraftIndicator[] = [];
  if (!table) {
    problems.push({
      where: region.where,
      message: { messageId: 'no-indicator-table', data: { headers: spec.indicators?.header.map((h) => h.text).join(' / ') ?? '' } },
    });
  } else indicators = readIndicators(region.cells, table, spec, tol);

  return { where: region.where, fields, indicators, unit, problems };
}

/**
 * For each field, the cell that carries its label. A label printed once
 * (项目名称) is its first cell in reading order whose neighbour is not
 * itself a label; labels the form prints twice (其他资金, under 项目资金总额
 * and under 年度资金申请总额) go to the column whose heading label stands
 * above them, or else in reading order.
 */
function chooseLabels(cells: readonly ReadCell[], fields: readonly FieldLocation[], tol: number): Map<string, { cell: ReadCell; inline?: string }> {
  const out = new Map<string, { cell: ReadCell; inline?: string }>();
  const byLabel = new Map<string, FieldLocation[]>();
  for (const f of fields) {
    const k = `${normalLabel(f.label).text}\u0000${f.labelIsPrefix}`;
    byLabel.set(k, [...(byLabel.get(k) ?? []), f]);
  }
  const candidates = (f: FieldLocation) =>
    cells.flatMap((c) => {
      const m = matchLabel(c.text, f.label, f.labelIsPrefix);
      return m ? [{ cell: c, ...(m.inline !== undefined && { inline: m.inline }) }] : [];
    });

  // Labels printed once first: they include the fund columns' headings the repeated labels are placed by.
  const groups = [...byLabel.values()].sort((a, b) => a.length - b.length);
  for (const group of groups) {
    const found = candidates(group[0]!);
    if (found.length === 0) continue;
    if (group.length === 1) {
      out.set(key(group[0]!.path), found[0]!);
      continue;
    }
    const free = new Set(found);
    // A column heading above the label (the field whose path is the same column's 合计).
    for (const f of group) {
      const heading = out.get(key([...f.path.slice(0, -1), '合计']));
      if (!heading) continue;
      const under = [...free]
        .filter((c) => c.cell.y0 >= heading.cell.y0 - tol && xOverlap(c.cell, heading.cell) >= 0.5)
        .sort((a, b) => a.cell.y0 - b.cell.y0)[0];
      if (under) {
        out.set(key(f.path), under);
        free.delete(under);
      }
    }
    const rest = [...free].sort((a, b) => a.cell.y0 - b.cell.y0 || a.cell.x0 - b.cell.x0);
    const unplaced = group.filter((f) => !out.has(key(f.path))).sort((a, b) => (a.labelCell.row ?? 0) - (b.labelCell.row ?? 0) || a.labelCell.col - b.labelCell.col);
    unplaced.forEach((f, i) => rest[i] && out.set(key(f.path), rest[i]!));
  }
  return out;
}

/** The year from the heading (`（2025年度）`), matched as the template prints it, with any bracket width. */
function readHeading(region: FormRegion, template: string, path: readonly (string | number)[], kind: DraftField['kind']): DraftField {
  const pattern = new RegExp(
    `^${template
      .normalize('NFKC')
      .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
      .replace(/\{[^}]+\}/g, '\\s*(\\d{4})\\s*')}$`,
  );
  const lines = [...region.heading, ...region.cells.slice(0, 40).map((c) => ({ text: c.text, where: c.where }))];
  for (const l of lines) {
    const m = pattern.exec(l.text.normalize('NFKC').replace(/\s+/g, ''));
    if (m) return { path, kind, value: m[1]!, where: l.where };
  }
  // Another heading that names the year (`2025年度项目支出绩效目标申报表`).
  for (const l of region.heading) {
    const m = /(\d{4})\s*年度/.exec(l.text.normalize('NFKC'));
    if (m) return { path, kind, value: m[1]!, where: l.where };
  }
  return {
    path,
    kind,
    problem: { messageId: 'no-year', data: { example: template.replace(/\{[^}]+\}/, '2025') } },
  };
}

/**
 * A goal text: the cell below its heading, and the cells that continue it
 * in the same column band — on the next page of a PDF (the row was split
 * by the page break) or in the next rows of a sheet (a row too tall for
 * Excel) — until the next label.
 */
function proseText(first: ReadCell, top: readonly ReadCell[], all: readonly ReadCell[], spec: FormSpec, tol: number): string {
  const parts = [first];
  for (;;) {
    const last = parts[parts.length - 1]!;
    const next = all.filter((c) => c !== last && c.y0 >= last.y1 - tol && sameBand(c, last, tol)).sort((a, b) => a.y0 - b.y0)[0];
    if (!next || isLabel(spec, next.text)) break;
    const between = all.some((c) => c.y0 >= last.y1 - tol && c.y1 <= next.y0 + tol && xOverlap(c, last) > 0.2 && c !== next);
    const samePageRun = last.where.page === undefined ? next.y0 - last.y1 <= tol : next.where.page !== last.where.page;
    if (between || !samePageRun || !top.includes(next)) break;
    parts.push(next);
  }
  if (parts.length === 1) return first.text;
  if (parts.every((p) => p.lines)) {
    // Join the lines across the page break as if the row had not been split.
    const lines: TextLine[] = [];
    const continued = new Set<number>();
    for (const p of parts) {
      const own = p.lines!;
      const prev = lines[lines.length - 1];
      const shift = prev && own[0] ? prev.baseline + pitchOf(lines) - own[0].baseline : 0;
      if (prev) continued.add(lines.length);
      lines.push(...own.map((l) => ({ ...l, baseline: l.baseline + shift })));
    }
    return joinLines(lines, first, { continued });
  }
  return parts.map((p) => p.text).reduce((a, b) => (/[。；;！？!?]$/.test(a) ? `${a}\n${b}` : a + b));
}

function pitchOf(lines: readonly TextLine[]): number {
  const gaps = lines.slice(1).map((l, i) => l.baseline - lines[i]!.baseline).filter((g) => g > 0);
  return gaps.length > 0 ? Math.min(...gaps) : 1.4 * (lines[0]?.size ?? 10.5);
}

interface IndicatorTable {
  /** The first header row's cells, in the order 一级, 二级, 三级, 指标值. */
  readonly headers: readonly ReadCell[];
  /** Every header row (the header is repeated on continuation pages). */
  readonly headerRows: readonly (readonly ReadCell[])[];
}

/** The indicator table's header rows: a row with all four headers of the template. */
function indicatorTable(cells: readonly ReadCell[], spec: FormSpec, tol: number): IndicatorTable | undefined {
  const header = spec.indicators?.header;
  if (!header || header.length === 0) return undefined;
  const rows: ReadCell[][] = [];
  for (const c of cells) {
    if (!matchHeader(c.text, header[0]!.text)) continue;
    const row = header.map((h, i) => (i === 0 ? c : cells.find((o) => o !== c && matchHeader(o.text, h.text) && yOverlap(o, c) >= 0.5 && o.x0 >= c.x0 - tol)));
    if (row.every(Boolean)) rows.push(row as ReadCell[]);
  }
  return rows.length > 0 ? { headers: rows[0]!, headerRows: rows } : undefined;
}

/**
 * The rows under the header: each 三级指标 cell is an indicator, its value
 * the cell beside it in the 指标值 column, its 一级 and 二级 the cells of
 * those columns spanning it. A form that writes 一级/二级 only in the first
 * row of a group (no merged cells) has them carried down. Blank rows,
 * repeated header rows and notes across the whole width are passed over.
 */
function readIndicators(cells: readonly ReadCell[], table: IndicatorTable, spec: FormSpec, tol: number): DraftIndicator[] {
  const bands = table.headers;
  const headerCells = new Set(table.headerRows.flat());
  const start = table.headers[0]!.y1 - tol;
  const bandOf = (c: ReadCell): number => {
    const w = c.x1 - c.x0;
    if (w <= 0) return -1;
    let best = -1;
    let share = 0;
    bands.forEach((b, i) => {
      const s = Math.max(0, Math.min(c.x1, b.x1) - Math.max(c.x0, b.x0)) / w;
      if (s > share) {
        share = s;
        best = i;
      }
    });
    return share >= 0.6 ? best : -1;
  };
  const body = cells.filter((c) => c.y0 >= start && !headerCells.has(c));
  const inBand = [0, 1, 2, 3].map((i) => body.filter((c) => bandOf(c) === i));
  const at = (band: number, y: number) => inBand[band]!.find((c) => c.y0 - tol <= y && y <= c.y1 + tol);
  // A merged 一级/二级 cell cut by a page break (LibreOffice) prints its label once, across the whole merged
  // range: in one of its pieces, or split between the last piece of one page and the first of the next
  // (经济成本指 | 标). An empty piece takes the label of the piece it continues; two pieces that meet at a
  // page break join their text when that makes the label (a known label, or text hugging the break).
  const pageFoot = new Map<number, number>();
  const pageHead = new Map<number, number>();
  for (const c of cells) {
    const p = c.where.page;
    if (p === undefined) continue;
    pageFoot.set(p, Math.max(pageFoot.get(p) ?? -Infinity, c.y1));
    pageHead.set(p, Math.min(pageHead.get(p) ?? Infinity, c.y0));
  }
  const near = (a: number, b: number | undefined) => b !== undefined && Math.abs(a - b) <= Math.max(tol, 1);
  const atFoot = (c: ReadCell) => c.where.page !== undefined && near(c.y1, pageFoot.get(c.where.page));
  const atHead = (c: ReadCell) => c.where.page !== undefined && near(c.y0, pageHead.get(c.where.page));
  const piece = (band: number, page: number, first: boolean) =>
    inBand[band]!.filter((o) => o.where.page === page).sort((a, b) => (first ? a.y0 - b.y0 : b.y1 - a.y1))[0];
  const hugs = (c: ReadCell, edge: 'foot' | 'head') => {
    const lines = c.lines ?? [];
    const l = edge === 'foot' ? lines[lines.length - 1] : lines[0];
    return l !== undefined && (edge === 'foot' ? c.y1 - l.baseline : l.baseline - c.y0) < 1.6 * l.size;
  };
  const joined = (a: ReadCell, b: ReadCell): string | undefined => {
    const whole = oneLine(`${a.text}\n${b.text}`);
    if (KNOWN_LEVELS.has(whole) && !KNOWN_LEVELS.has(oneLine(a.text)) && !KNOWN_LEVELS.has(oneLine(b.text))) return whole;
    return hugs(a, 'foot') && hugs(b, 'head') ? whole : undefined;
  };
  const labelOf = (band: number, c: ReadCell | undefined): string => {
    if (!c) return '';
    const page = c.where.page;
    const next = page !== undefined && atFoot(c) ? piece(band, page + 1, true) : undefined;
    const prev = page !== undefined && atHead(c) ? piece(band, page - 1, false) : undefined;
    if (c.text.trim() === '') {
      return next && atHead(next) ? labelOf(band, next) : '';
    }
    if (next && atHead(next) && next.text.trim() !== '') return joined(c, next) ?? oneLine(c.text);
    if (prev && atFoot(prev) && prev.text.trim() !== '') {
      const whole = joined(prev, c);
      if (whole !== undefined) return whole;
    }
    return oneLine(c.text);
  };
  const label = normalLabel(spec.indicators?.label ?? '').text;

  const out: DraftIndicator[] = [];
  let level1 = '';
  let level2 = '';
  const names = inBand[2]!.sort((a, b) => a.y0 - b.y0);
  const valueRows = new Set<ReadCell>();
  for (const n of names) {
    const y = midY(n);
    const l1 = at(0, y);
    const l2 = at(1, y);
    const v = inBand[3]!.find((c) => yOverlap(c, n) >= 0.5);
    if (v) valueRows.add(v);
    const name = oneLine(n.text);
    const value = v ? oneLine(v.text) : '';
    if (name === '' && value === '') continue; // a blank row
    if (normalLabel(name).text === label) continue;
    level1 = labelOf(0, l1) || level1;
    level2 = labelOf(1, l2) || level2;
    const problem = missingParts(name, value, level1, level2);
    out.push({ level1, level2, name, ...(value !== '' && { value }), where: n.where, ...(problem && { problem }) });
  }
  // A value with no indicator name beside it.
  for (const v of inBand[3]!) {
    if (valueRows.has(v) || oneLine(v.text) === '') continue;
    out.push({ level1, level2, name: '', value: oneLine(v.text), where: v.where, problem: { messageId: 'value-without-name' } });
  }
  return out;
}

function missingParts(name: string, value: string, level1: string, level2: string): ImportMessage | undefined {
  if (name === '') return { messageId: 'no-name' };
  if (value === '') return { messageId: 'no-value', data: { name } };
  if (level1 === '' || level2 === '') return { messageId: 'no-levels', data: { name } };
  return undefined;
}
