import type { DocPath } from '../diagnostics/types.js';
import { templateGeometry } from './fill-form.js';
import type { Placed } from './place-cells.js';
import type { FieldKind, FormTemplate } from './template.js';

/**
 * A template read backwards, for an importer that reads a filled form (an
 * XLSX, a PDF's text) back into a declaration: for each field, the label
 * that names it on the form, where that label sits next to the value, and
 * the field's key path in the declaration file. Find the label's text in
 * the form, step to the value cell (`labelAt`), read it as `kind`, and put it
 * at `path`. Row numbers help with a form drawn exactly as the template, but
 * labels are the reliable anchor: our workbooks are drawn page by page as
 * the PDF, so on a long form the indicator header and the 绩效指标 / 一级 /
 * 二级 labels are repeated at the top of each continuation page (skip a
 * header row that repeats one), and a goal text the PDF continues on the
 * next page continues in a cell of the same columns there: concatenate such
 * parts in order, adding nothing (each part is the exact text of its lines;
 * the space or line break between two parts begins the later part).
 */
export interface FormFieldMap {
  /** FormTemplate.id */
  readonly template: string;
  /** The printed title, the first heading line. */
  readonly title: string;
  /** Heading lines that carry a field, e.g. `（{year}年度）` → 年度. */
  readonly heading: readonly HeadingField[];
  /** Every cell the declaration fills outside the indicator table, in reading order. */
  readonly fields: readonly FieldLocation[];
  /** The indicator table, when the form has one. */
  readonly indicators?: IndicatorTableMap;
  /**
   * Every label the form prints (field and section labels, the indicator
   * header), line breaks removed: a cell showing one of them is the form's
   * own text, never a value.
   */
  readonly labels: readonly string[];
}

export interface HeadingField {
  /** The line with `{field}` placeholders, as the template writes it. */
  readonly text: string;
  /** A regular expression source matching the printed line; group 1 is the value. */
  readonly pattern: string;
  readonly path: DocPath;
  readonly kind: FieldKind;
}

export interface FieldLocation {
  /** The template's field id. */
  readonly field: string;
  /** Key path in the declaration file, e.g. ['项目资金', '年度资金申请总额', '当年财政拨款']. */
  readonly path: DocPath;
  /** How to read the value: text, a date as written, an amount in 元 (`2,810,000.00`), prose (keep line breaks), … */
  readonly kind: FieldKind;
  /** The label as printed, with the form's line breaks removed (`计划开始日期`, `其中：当年财政拨款`). */
  readonly label: string;
  /** The printed label may go on after this text (项目总目标（2025年-2029年）): match it as a prefix. */
  readonly labelIsPrefix: boolean;
  /** The label is in the cell just `left` of the value (same row), or just `above` it (same columns). */
  readonly labelAt: 'left' | 'above';
  readonly labelCell: CellPlace;
  readonly valueCell: CellPlace;
}

/** A cell of the template's table: `row` counts from the table's first row (below the heading); 0-based columns. */
export interface CellPlace {
  readonly row?: number;
  readonly col: number;
  readonly rowSpan: number;
  readonly colSpan: number;
}

export interface IndicatorTableMap {
  /** The section label in the first column (`绩效指标`, printed over two lines). */
  readonly label: string;
  readonly path: DocPath;
  /** Row of the header, when the blocks above it are all fixed. */
  readonly headerRow?: number;
  /** The header cells as printed: 一级指标, 二级指标, 三级指标, 年度(/项目)指标值. */
  readonly header: readonly { readonly text: string; readonly col: number; readonly colSpan: number }[];
  /**
   * The columns of each indicator row below the header. 一级 and 二级 cells
   * are merged over their indicators' rows (a writer may repeat them on a new
   * page). Each row becomes `绩效指标.<一级>.<二级>: - <三级>: <指标值>`.
   */
  readonly columns: {
    readonly level1: { readonly col: number; readonly colSpan: number };
    readonly level2: { readonly col: number; readonly colSpan: number };
    readonly name: { readonly col: number; readonly colSpan: number };
    readonly value: { readonly col: number; readonly colSpan: number };
  };
}

const oneLine = (s: string) => s.replace(/\n/g, '');
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const EPS = 1e-6;

/** The form's fields and their labels, from the template alone (no declaration needed). */
export function formFieldMap<Data, Id extends string>(template: FormTemplate<Data, Id>): FormFieldMap {
  const geometry = templateGeometry(template);
  const { columns } = geometry;
  const place = (p: Placed<object>, top: number | undefined): CellPlace => {
    const col = columns.index(p.x0);
    return { ...(top !== undefined && { row: top + p.row }), col, rowSpan: (p.cell as { rowSpan?: number }).rowSpan ?? 1, colSpan: columns.index(p.x1) - col };
  };
  const fields: FieldLocation[] = [];
  const labels = new Set<string>();
  let indicators: IndicatorTableMap | undefined;
  let top: number | undefined = 0;
  template.blocks.forEach((block, b) => {
    const g = geometry.blocks[b]!;
    if (block.kind === 'indicators') for (const text of [block.label.text, ...block.header]) labels.add(oneLine(text));
    else for (const row of block.rows) for (const c of row.cells) if (c.content.kind === 'label') labels.add(oneLine(c.content.text));
    if (block.kind === 'indicators' && g.kind === 'indicators') {
      const [, level1, level2, name, value] = g.placed.map((p) => place(p, undefined));
      const span = (c: CellPlace) => ({ col: c.col, colSpan: c.colSpan });
      indicators = {
        label: oneLine(block.label.text),
        path: block.label.path,
        ...(top !== undefined && { headerRow: top }),
        header: block.header.map((text, i) => ({ text: oneLine(text), ...span([level1, level2, name, value][i]!) })),
        columns: { level1: span(level1!), level2: span(level2!), name: span(name!), value: span(value!) },
      };
      top = undefined; // rows below depend on the number of indicators
      return;
    }
    if (block.kind !== 'fixed' || g.kind !== 'fixed') return;
    const all = g.placed.flat();
    for (const p of all) {
      const content = p.cell.content;
      if (content.kind !== 'field') continue;
      const id = content.field;
      const label = all.find((c) =>
        content.label === 'left'
          ? Math.abs(c.x1 - p.x0) < EPS && c.row <= p.row && p.row < c.row + (c.cell.rowSpan ?? 1)
          : Math.abs(c.x0 - p.x0) < EPS && c.row + (c.cell.rowSpan ?? 1) === p.row,
      );
      if (!label || label.cell.content.kind !== 'label') throw new Error(`internal: ${template.id}: field ${id} has no label ${content.label} of it`);
      const def = template.fields[id];
      fields.push({
        field: id,
        path: def.path,
        kind: def.kind,
        label: oneLine(label.cell.content.text),
        labelIsPrefix: label.cell.content.suffix !== undefined,
        labelAt: content.label,
        labelCell: place(label, top),
        valueCell: place(p, top),
      });
    }
    if (top !== undefined) top += block.rows.length;
  });
  const heading = template.heading.flatMap((h): HeadingField[] => {
    if (h.field === undefined) return [];
    const def = template.fields[h.field];
    const pattern = escapeRegExp(h.text).replace(/\\\{[^}]+\\\}/g, '(.+?)');
    return [{ text: h.text, pattern: `^${pattern}$`, path: def.path, kind: def.kind }];
  });
  return { template: template.id, title: template.title, heading, fields, ...(indicators && { indicators }), labels: [...labels] };
}
