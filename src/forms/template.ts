import type { DocPath } from '../diagnostics/types.js';
import type { CellStyle } from '../layout/grid.js';
import type { Weight } from '../layout/measure.js';
import type { PageGeometry, Typography } from '../layout/page-setup.js';
import type { Fen } from '../model/money.js';

/**
 * Official forms as data. A template says what the printed form looks like —
 * its rows of cells with their labels, widths and spans, which field of the
 * declaration fills which cell, its type size and spacing — and nothing
 * about pagination or file formats: `fillForm` turns a template and a
 * declaration into a Sheet, which layout paginates and the writers draw. A
 * new form (another province, the central government's form) is a new file
 * in `templates/`; the layout engine and the writers do not change. The same
 * data read backwards (`formFieldMap`) tells an importer which label marks
 * which field.
 *
 * Rows are written as on paper, left to right, each cell with the room its
 * text gets (in ideographs of the body size; padding is added), like an HTML
 * table: a cell spanning rows below it takes its place in them, and the
 * columns of the grid are wherever some row has a cell edge.
 */
export interface FormTemplate<Data, FieldId extends string = string> {
  /** Stable identifier, e.g. `shanghai-declaration`. */
  readonly id: string;
  /** The form's printed title (also the PDF subject). */
  readonly title: string;
  /** The field that names one filled form (its sheet, its bookmark): the 项目名称. */
  readonly sheetTitle: FieldId;
  /** Where each field's value comes from in the data. */
  readonly fields: FieldCatalogue<Data, FieldId>;
  /** Named cell styles the cells refer to. */
  readonly styles: Readonly<Record<string, CellStyle>>;
  /** The paper, and the table's type size, line pitch and cell padding. */
  readonly page: PageGeometry;
  readonly typography: Typography;
  /**
   * The table's width in ideographs of the body size; `rest` cells take what
   * their row leaves of it. The table is centred on the page.
   */
  readonly width: number;
  /** Lines centred above the table (the title, the year). */
  readonly heading: readonly HeadingTemplate<FieldId>[];
  /** The table, top to bottom. */
  readonly blocks: readonly Block<FieldId>[];
  /** Text some labels add for some data (see LabelContent.suffix), by name. */
  readonly suffixes?: Readonly<Record<string, (data: Data) => string>>;
}

/** A heading line; `{field}` placeholders in `text` are replaced by the field's text. */
export interface HeadingTemplate<FieldId extends string = string> {
  readonly text: string;
  readonly size: number;
  readonly weight: Weight;
  /** Space below, in pt. */
  readonly gapAfter: number;
  /** The field a problem in this line is reported at (the one its placeholder shows). */
  readonly field?: FieldId;
}

export type Block<FieldId extends string = string> = FixedBlock<FieldId> | IndicatorBlock;

/** A fixed run of rows: every declaration shows the same cells here. */
export interface FixedBlock<FieldId extends string = string> {
  readonly kind: 'fixed';
  readonly rows: readonly TemplateRow<FieldId>[];
}

export interface TemplateRow<FieldId extends string = string> {
  /** Never end a page after this row (a heading row stays with what it heads). */
  readonly keepWithNext?: boolean;
  /** Long prose that may continue on the next page between lines (see GridRow.splittable). */
  readonly splittable?: boolean;
  /** Left to right, skipping places taken by cells of rows above that span into this one. */
  readonly cells: readonly TemplateCell<FieldId>[];
}

export interface TemplateCell<FieldId extends string = string> {
  /** Room for the text in ideographs of the body size, or what the row leaves. */
  readonly width: number | 'rest';
  readonly rowSpan?: number;
  /** A key of the template's styles. */
  readonly style: string;
  readonly content: CellContent<FieldId>;
}

export type CellContent<FieldId extends string = string> = LabelContent<FieldId> | FieldContent<FieldId> | BlankContent<FieldId>;

/** Text printed on the form itself. */
export interface LabelContent<FieldId extends string = string> {
  readonly kind: 'label';
  /** As printed; `\n` where the form breaks the label. */
  readonly text: string;
  /** The field this label names: a problem with the label (a missing glyph) is reported there. */
  readonly for?: FieldId;
  /** Otherwise the label's own path, e.g. a section (`项目资金`). */
  readonly path?: DocPath;
  /** A key of the template's suffixes: text appended for some data, e.g. the project's years. */
  readonly suffix?: string;
}

/** A cell the declaration fills. */
export interface FieldContent<FieldId extends string = string> {
  readonly kind: 'field';
  readonly field: FieldId;
  /** Where the label naming this field sits: the cell to the left, or the cell above. */
  readonly label: 'left' | 'above';
}

/** A cell left empty on the form, belonging to a field or section (for reporting). */
export interface BlankContent<FieldId extends string = string> {
  readonly kind: 'blank';
  readonly for: FieldId;
}

/**
 * The indicator table: a section label spanning the whole block, a header
 * row, then one row per 三级指标 with its 一级 and 二级 labels merged over
 * their rows. The header is repeated on every page the table continues on.
 * Widths as for TemplateCell, left to right: label, 一级, 二级, 三级, 指标值.
 */
export interface IndicatorBlock {
  readonly kind: 'indicators';
  /** The section label in the first column, spanning the header and every indicator row. */
  readonly label: { readonly text: string; readonly width: number; readonly style: string; readonly path: DocPath };
  /** The header cells, one per column below: 一级, 二级, 三级, 指标值. */
  readonly header: readonly [string, string, string, string];
  readonly headerStyle: string;
  readonly level1: ColumnPlace;
  readonly level2: ColumnPlace;
  readonly name: ColumnPlace;
  readonly value: ColumnPlace;
}

export interface ColumnPlace {
  readonly width: number | 'rest';
  readonly style: string;
}

/** How each field of the data is read, and where it lives in the declaration file. */
export type FieldCatalogue<Data, FieldId extends string = string> = Readonly<Record<FieldId, FieldDef<Data>>>;

export interface FieldDef<Data> {
  /** The key path in the declaration file: what an importer fills from this cell. */
  readonly path: DocPath;
  /** What the cell holds: an importer parses it accordingly. `group` is a section, not a value. */
  readonly kind: FieldKind;
  /** The value as this form prints it, and where this declaration has it. */
  readonly read: (data: Data) => FieldValue;
}

export type FieldKind = 'text' | 'date' | 'amount' | 'prose' | 'year' | 'group';

export interface FieldValue {
  /** As printed; empty for an absent optional field. */
  readonly text: string;
  /** Money: spreadsheets store the number. */
  readonly amount?: Fen;
  /** Where a problem with this value is reported (the field's own path when it is written). */
  readonly path: DocPath;
}
