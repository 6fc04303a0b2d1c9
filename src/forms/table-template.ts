import type { CellStyle } from '../layout/grid.js';
import type { Weight } from '../layout/measure.js';
import type { Fen } from '../model/money.js';

/**
 * A list table as data: a header row, one row per item, an optional total
 * row, and how wide each column is. The summary's overview is one. Filled by
 * fillTable; widths that depend on the content (amounts never wrap) are
 * measured then.
 */
export interface TableTemplate<Row> {
  readonly id: string;
  /** The table's entry in the PDF outline. */
  readonly title: string;
  readonly styles: Readonly<Record<string, CellStyle>>;
  /** Lines above the table; `{title}` is replaced by the title the caller gives. */
  readonly heading: readonly { readonly text: string; readonly size: number; readonly weight: Weight; readonly gapAfter: number; readonly align?: 'center' | 'right' }[];
  readonly headerStyle: string;
  readonly columns: readonly TableColumn<Row>[];
  /** A last row adding up every column marked `total`, its label spanning the columns before the first of them. */
  readonly total?: { readonly label: string; readonly style: string; readonly amountStyle: string };
}

/** A total as printed: `numeric` when the spreadsheet may hold it as a number in 元 (with its SUM formula), else a text cell. */
export interface TotalText {
  readonly text: string;
  readonly numeric: boolean;
}

export interface TableColumn<Row> {
  /** As printed; `\n` where the header breaks. */
  readonly header: string;
  readonly style: string;
  readonly cell: (row: Row, index: number) => TableCellValue;
  readonly width: WidthPolicy;
  /** Added up in the total row (exactly, in 分). */
  readonly total?: boolean;
  /** How the total row prints this column's sum; default in 元 (2,810,000.00), the spreadsheet holding the number and its SUM formula. */
  readonly formatTotal?: (sum: Fen) => TotalText;
}

export interface TableCellValue {
  readonly text: string;
  readonly amount?: Fen;
  /** What the total row adds up when the cell prints an amount as text (amounts in 万元, as written); else `amount`. */
  readonly sum?: Fen;
  /** A count such as a 序号: spreadsheets store the number. */
  readonly number?: number;
  /** The sheet this cell leads to. */
  readonly link?: string;
}

/**
 * - `fit`: as wide as the widest entry (the total too, and the header when
 *   `measureHeader`), at least `minEm`; columns of one `group` share a width.
 * - `wrap`: like fit up to `capEm`; longer entries wrap into lines of even
 *   length. When the `rest` column would fall below its minimum, shrinks to
 *   `yieldEm`.
 * - `rest`: what the page width leaves, at least `minEm`.
 * Every width adds the cell padding.
 */
export type WidthPolicy =
  | { readonly kind: 'fit'; readonly minEm?: number; readonly measureHeader?: boolean; readonly group?: string }
  | { readonly kind: 'wrap'; readonly capEm: number; readonly minEm: number; readonly yieldEm: number }
  | { readonly kind: 'rest'; readonly minEm: number; readonly hardMinEm: number };
