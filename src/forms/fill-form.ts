import type { DocPath } from '../diagnostics/types.js';
import type { CellStyle, GridCell, GridRow, HeadingLine, RepeatRule, Sheet } from '../layout/grid.js';
import type { Declaration } from '../model/declaration.js';
import { formatIndicatorValue } from '../model/indicator-value.js';
import type { Block, CellContent, FieldValue, FixedBlock, FormTemplate, IndicatorBlock } from './template.js';

/**
 * A template filled with one declaration: the Sheet layout paginates, `width`
 * pt wide. The template decides every cell; this only reads the values and
 * places the repeating part (one row per indicator).
 */
export function fillForm<Id extends string>(template: FormTemplate<Declaration, Id>, decl: Declaration, width: number): Sheet {
  const form = new FormBuilder(template, decl);
  for (const block of template.blocks) form.add(block);
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
    grid: { columns: columnWidths(template, width), rows: form.rows, cells: form.cells, repeats: form.repeats },
  };
}

/** The template's widths with its `'rest'` column given what `width` leaves. */
export function columnWidths(template: Pick<FormTemplate<unknown>, 'columns' | 'restMin'>, width: number): number[] {
  const fixed = template.columns.filter((c): c is number => c !== 'rest');
  const rest = width - fixed.reduce((a, b) => a + b, 0);
  if (rest < template.restMin) throw new Error(`internal: the form needs at least ${fixed.reduce((a, b) => a + b, template.restMin)} pt of width`);
  return template.columns.map((c) => (c === 'rest' ? rest : c));
}

class FormBuilder<Id extends string> {
  readonly cells: GridCell[] = [];
  readonly rows: GridRow[] = [];
  readonly repeats: RepeatRule[] = [];

  constructor(
    private readonly template: FormTemplate<Declaration, Id>,
    private readonly decl: Declaration,
  ) {}

  value(id: Id): FieldValue {
    const def = this.template.fields[id];
    if (!def) throw new Error(`internal: template ${this.template.id} refers to the unknown field ${id}`);
    return def.read(this.decl);
  }

  add(block: Block<Id>): void {
    if (block.kind === 'fixed') this.fixed(block);
    else this.indicators(block);
  }

  private style(name: string): CellStyle {
    const s = this.template.styles[name];
    if (!s) throw new Error(`internal: template ${this.template.id} has no style ${name}`);
    return { hAlign: s.hAlign, vAlign: s.vAlign, weight: s.weight, shade: s.shade };
  }

  private push(row: number, col: number, rowSpan: number, colSpan: number, text: string, style: string, path: DocPath, extra: Partial<GridCell> = {}): void {
    this.cells.push({ row, col, rowSpan, colSpan, text, ...this.style(style), path, ...extra });
  }

  private fixed(block: FixedBlock<Id>): void {
    const top = this.rows.length;
    for (const r of block.rows) this.rows.push(r.keepWithNext ? { keepWithNext: true } : {});
    for (const c of block.cells) {
      const { text, path, amount } = this.content(c.content);
      this.push(top + c.row, c.col, c.rowSpan ?? 1, c.colSpan ?? 1, text, c.style, path, amount === undefined ? {} : { amount });
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

  private indicators(block: IndicatorBlock): void {
    const groups = this.decl.indicators.groups
      .map((l1) => ({ ...l1, groups: l1.groups.filter((l2) => l2.items.length > 0) }))
      .filter((l1) => l1.groups.length > 0);
    const count = groups.reduce((a, l1) => a + l1.groups.reduce((b, l2) => b + l2.items.length, 0), 0);
    const header = this.rows.length;
    this.rows.push({ keepWithNext: true });
    this.push(header, block.label.col, count + 1, 1, block.label.text, block.label.style, block.label.path);
    for (const h of block.header) this.push(header, h.col, 1, h.colSpan ?? 1, h.text, block.headerStyle, block.label.path);
    const { level1, level2, name, value } = block;
    for (const l1 of groups) {
      const l1Rows = l1.groups.reduce((a, l2) => a + l2.items.length, 0);
      l1.groups.forEach((l2, j) => {
        l2.items.forEach((ind, k) => {
          const r = this.rows.length;
          this.rows.push({});
          if (j === 0 && k === 0) this.push(r, level1.col, l1Rows, level1.colSpan ?? 1, l1.name, level1.style, l1.path);
          if (k === 0) this.push(r, level2.col, l2.items.length, level2.colSpan ?? 1, l2.name, level2.style, l2.path);
          this.push(r, name.col, 1, name.colSpan ?? 1, ind.name, name.style, ind.path);
          this.push(r, value.col, 1, value.colSpan ?? 1, formatIndicatorValue(ind.value), value.style, ind.path);
        });
      });
    }
    if (count > 0) this.repeats.push({ header: [header, header + 1], body: [header + 1, this.rows.length] });
  }
}
