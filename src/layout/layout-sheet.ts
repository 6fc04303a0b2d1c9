import type { Sheet } from './grid.js';
import { measureGrid, type MeasuredGrid } from './measure-grid.js';
import type { Measurer, Weight } from './measure.js';
import type { LaidPage } from './page.js';
import { paginate } from './paginate.js';
import type { PageGeometry, Typography } from './page-setup.js';

export interface SheetLayout {
  readonly sheet: Sheet;
  /** Lines and row heights: what the spreadsheet backend uses. */
  readonly measured: MeasuredGrid;
  /** Unnumbered pages: what the PDF backend draws (after numberPages). */
  readonly pages: readonly LaidPage[];
}

export interface SheetLayoutOptions {
  readonly page: PageGeometry;
  readonly typography: Typography;
  readonly fallbackFace: Readonly<Record<Weight, string>>;
}

/** Measure once, paginate once: both backends draw from this. */
export function layoutSheet(sheet: Sheet, m: Measurer, opts: SheetLayoutOptions): SheetLayout {
  const measured = measureGrid(sheet.grid, m, opts.typography);
  const pages = paginate(sheet, measured, m, { page: opts.page, fallbackFace: opts.fallbackFace });
  return { sheet, measured, pages };
}
