import type { DocPath } from '../diagnostics/types.js';
import type { CellStyle, GridCell, GridRow, HeadingLine, RepeatRule, Sheet } from '../layout/grid.js';
import type { Declaration } from '../model/declaration.js';
import { formatIndicatorValue } from '../model/indicator-value.js';
import { ColumnSet, placeRows, type Placed } from './place-cells.js';
import type { CellContent, FieldValue, FixedBlock, FormTemplate, IndicatorBlock, TemplateCell } from './template.js';

/** The table's width in pt. */
export function tableWidth(template: Pick<FormTemplate<unknown>, 'width' | 'typography'>): number {
  return template.width * template.typography.size;
}

/** The indicator block's cells left to right, as one row to place. */
function indicatorRow(block: IndicatorBlock): { width: number | 'rest'; part: 'label' | 'level1' | 'level2' | 'name' | 'value' }[] {
  return [
    { width: block.label.width, part: 'label' },
    { width: block.level1.width, part: 'level1' },
    { width: block.level2.width, part: 'level2' },
    { width: block.name.width, part: 'name' },
    { width: block.value.width, part: 'value' },
  ];
}

/** Where every block's cells go, and the grid's columns: every cell edge of every block. */
export function templateGeometry<Data, Id extends string>(template: FormTemplate<Data, Id>) {
  const width = tableWidth(template);
  const blocks = template.blocks.map((b, i) =>
    b.kind === 'fixed'
      ? { kind: 'fixed' as const, placed: placeRows(b.rows.map((r) => r.cells), width, template.typography, `${template.id} block ${i}`) }
      : { kind: 'indicators' as const, placed: placeRows([indicatorRow(b)], width, template.typography, `${template.id} block ${i}`)[0]! },
  );
  const columns = new ColumnSet([0, width, ...blocks.flatMap((b) => (b.kind === 'fixed' ? b.placed.flat() : b.placed).flatMap((p) => [p.x0, p.x1]))]);
  return { width, blocks, columns };
}

/**
 * A template filled with one declaration: the Sheet layout paginates. The
 * template decides every cell; this only reads the values and places the
 * repeating part (one row per indicator).
 */
export function fillForm<Id extends string>(template: FormTemplate<Declaration, Id>, decl: Declaration): Sheet {
  const geometry = templateGeometry(template);
  const form = new FormBuilder(template, decl, geometry.columns);
  template.blocks.forEach((block, i) => {
    const g = geometry.blocks[i]!;
    if (block.kind === 'fixed' && g.kind === 'fixed') form.fixed(block, g.placed);
    else if (block.kind === 'indicators' && g.kind === 'indicators') form.indicators(block, g.placed);
  });
  return {
    title: template.fields[template.sheetTitle].read(decl).text,
    heading: template.heading.map(
      (h): HeadingLine => ({
        text: h.text.replace(/\{([^}]+)\}/g, (_, id: string) => form.value(id as Id).text),
        size: h.size,
        weight: h.weight,
        path: h.field === undefined ? [] : form.value(h.field).path,
        gapAfter: h.gapAfter,
      }),
    ),
    grid: { columns: geometry.columns.widths(), rows: form.rows, cells: form.cells, repeats: form.repeats },
  };
}

class FormBuilder<Id extends string> {
  readonly cells: GridCell[] = [];
  readonly rows: GridRow[] = [];
  readonly repeats: RepeatRule[] = [];

  constructor(
    private readonly template: FormTemplate<Declaration, Id>,
    private readonly decl: Declaration,
    private readonly columns: ColumnSet,
  ) {}

  value(id: Id): FieldValue {
    const def = this.template.fields[id];
    if (!def) throw new Error(`internal: template ${this.template.id} refers to the unknown field ${id}`);
    return def.read(this.decl);
  }

  private style(name: string): CellStyle {
    const s = this.template.styles[name];
    if (!s) throw new Error(`internal: template ${this.template.id} has no style ${name}`);
    return { hAlign: s.hAlign, vAlign: s.vAlign, weight: s.weight, shade: s.shade };
  }

  private push(row: number, x0: number, x1: number, rowSpan: number, text: string, style: string, path: DocPath, extra: Partial<GridCell> = {}): void {
    const col = this.columns.index(x0);
    const colSpan = this.columns.index(x1) - col;
    this.cells.push({ row, col, rowSpan, colSpan, text, ...this.style(style), path, ...extra });
  }

  fixed(block: FixedBlock<Id>, placed: readonly (readonly Placed<TemplateCell<Id>>[])[]): void {
    const top = this.rows.length;
    for (const r of block.rows) this.rows.push({ ...(r.keepWithNext && { keepWithNext: true }), ...(r.splittable && { splittable: true }) });
    for (const row of placed) {
      for (const p of row) {
        const { text, path, amount } = this.content(p.cell.content);
        this.push(top + p.row, p.x0, p.x1, p.cell.rowSpan ?? 1, text, p.cell.style, path, amount === undefined ? {} : { amount });
      }
    }
  }

  private content(content: CellContent<Id>): FieldValue {
    switch (content.kind) {
      case 'label': {
        const suffix = content.suffix === undefined ? '' : (this.template.suffixes?.[content.suffix]?.(this.decl) ?? '');
        const path = content.for !== undefined ? this.value(content.for).path : (content.path ?? []);
        return { text: content.text + suffix, path };
      }
      case 'field':
        return this.value(content.field);
      case 'blank':
        return { text: '', path: this.value(content.for).path };
    }
  }

  indicators(block: IndicatorBlock, placed: readonly Placed<{ part: string }>[]): void {
    const at = (part: string) => placed.find((p) => p.cell.part === part)!;
    const [label, level1, level2, name, value] = ['label', 'level1', 'level2', 'name', 'value'].map(at) as [Placed<unknown>, Placed<unknown>, Placed<unknown>, Placed<unknown>, Placed<unknown>];
    const groups = this.decl.indicators.groups
      .map((l1) => ({ ...l1, groups: l1.groups.filter((l2) => l2.items.length > 0) }))
      .filter((l1) => l1.groups.length > 0);
    const count = groups.reduce((a, l1) => a + l1.groups.reduce((b, l2) => b + l2.items.length, 0), 0);
    const header = this.rows.length;
    this.rows.push({ keepWithNext: true });
    this.push(header, label.x0, label.x1, count + 1, block.label.text, block.label.style, block.label.path);
    [level1, level2, name, value].forEach((p, i) => this.push(header, p.x0, p.x1, 1, block.header[i]!, block.headerStyle, block.label.path));
    for (const l1 of groups) {
      const l1Rows = l1.groups.reduce((a, l2) => a + l2.items.length, 0);
      l1.groups.forEach((l2, j) => {
        l2.items.forEach((ind, k) => {
          const r = this.rows.length;
          this.rows.push({});
          if (j === 0 && k === 0) this.push(r, level1.x0, level1.x1, l1Rows, l1.name, block.level1.style, l1.path);
          if (k === 0) this.push(r, level2.x0, level2.x1, l2.items.length, l2.name, block.level2.style, l2.path);
          this.push(r, name.x0, name.x1, 1, ind.name, block.name.style, ind.path);
          this.push(r, value.x0, value.x1, 1, formatIndicatorValue(ind.value), block.value.style, ind.path);
        });
      });
    }
    if (count > 0) this.repeats.push({ header: [header, header + 1], body: [header + 1, this.rows.length] });
  }
}
