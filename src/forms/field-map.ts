import type { DocPath } from '../diagnostics/types.js';
import type { FieldKind, FixedBlock, FormTemplate, TemplateCell } from './template.js';

/**
 * A template read backwards, for an importer that reads a filled form (an
 * XLSX, a PDF's text) back into a declaration: for each field, the label
 * that names it on the form, where that label sits next to the value, and
 * the field's key path in the declaration file. Find the label's text in
 * the form, step to the value cell (`labelAt`), read it as `kind`, and put it
 * at `path`. Row numbers help with a form drawn exactly as the template, but
 * labels are the reliable anchor: a writer may split a tall row over pages.
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

/** The form's fields and their labels, from the template alone (no declaration needed). */
export function formFieldMap<Data, Id extends string>(template: FormTemplate<Data, Id>): FormFieldMap {
  const fields: FieldLocation[] = [];
  let indicators: IndicatorTableMap | undefined;
  let top: number | undefined = 0;
  for (const block of template.blocks) {
    if (block.kind === 'indicators') {
      indicators = {
        label: oneLine(block.label.text),
        path: block.label.path,
        ...(top !== undefined && { headerRow: top }),
        header: block.header.map((h) => ({ text: oneLine(h.text), col: h.col, colSpan: h.colSpan ?? 1 })),
        columns: {
          level1: { col: block.level1.col, colSpan: block.level1.colSpan ?? 1 },
          level2: { col: block.level2.col, colSpan: block.level2.colSpan ?? 1 },
          name: { col: block.name.col, colSpan: block.name.colSpan ?? 1 },
          value: { col: block.value.col, colSpan: block.value.colSpan ?? 1 },
        },
      };
      top = undefined; // rows below depend on the number of indicators
      continue;
    }
    for (const cell of block.cells) {
      if (cell.content.kind !== 'field') continue;
      const id = cell.content.field;
      const label = labelCell(template, block, cell, cell.content.label);
      const def = template.fields[id];
      if (label.content.kind !== 'label') throw new Error(`internal: ${template.id}: field ${id} has no label ${cell.content.label} of it`);
      fields.push({
        field: id,
        path: def.path,
        kind: def.kind,
        label: oneLine(label.content.text),
        labelIsPrefix: label.content.suffix !== undefined,
        labelAt: cell.content.label,
        labelCell: place(label, top),
        valueCell: place(cell, top),
      });
    }
    if (top !== undefined) top += block.rows.length;
  }
  const heading = template.heading.flatMap((h): HeadingField[] => {
    if (h.field === undefined) return [];
    const def = template.fields[h.field];
    const pattern = escapeRegExp(h.text).replace(/\\\{[^}]+\\\}/g, '(.+?)');
    return [{ text: h.text, pattern: `^${pattern}$`, path: def.path, kind: def.kind }];
  });
  return { template: template.id, title: template.title, heading, fields, ...(indicators && { indicators }) };
}

function place(cell: TemplateCell, top: number | undefined): CellPlace {
  return { ...(top !== undefined && { row: top + cell.row }), col: cell.col, rowSpan: cell.rowSpan ?? 1, colSpan: cell.colSpan ?? 1 };
}

/** The cell just left of `cell` in its row, or just above it in its columns. */
function labelCell<Data, Id extends string>(template: FormTemplate<Data, Id>, block: FixedBlock<Id>, cell: TemplateCell<Id>, at: 'left' | 'above'): TemplateCell<Id> {
  const found = block.cells.find((c) =>
    at === 'left' ? c.row === cell.row && c.col + (c.colSpan ?? 1) === cell.col : c.col === cell.col && c.row + (c.rowSpan ?? 1) === cell.row,
  );
  if (!found) throw new Error(`internal: ${template.id}: no cell ${at} of (${cell.row}, ${cell.col})`);
  return found;
}
