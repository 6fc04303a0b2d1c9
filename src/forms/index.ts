import type { Sheet } from '../layout/grid.js';
import type { Measurer } from '../layout/measure.js';
import type { Typography } from '../layout/page-setup.js';
import type { Declaration } from '../model/declaration.js';
import { fillForm } from './fill-form.js';
import { fillTable } from './fill-table.js';
import { SHANGHAI_DECLARATION } from './templates/shanghai-declaration.js';
import { summaryOverview, type OverviewRow } from './templates/summary-overview.js';

// Forms as data: templates/ holds one file per official form; fill-form and
// fill-table turn a template and its data into a Sheet for layout;
// field-map reads a template backwards for importers: `formFieldMap(DEFAULT_FORM)`
// lists each field's printed label, where the label sits next to the value
// (left or above), the cells, and the field's key path in the declaration file.

export type { FormTemplate, FieldDef, FieldKind, FieldCatalogue, TemplateRow, TemplateCell, CellContent, Block, FixedBlock, IndicatorBlock } from './template.js';
export type { TableTemplate, TableColumn, WidthPolicy } from './table-template.js';
export { formFieldMap, type FormFieldMap, type FieldLocation, type CellPlace, type HeadingField, type IndicatorTableMap } from './field-map.js';
export { fillForm, tableWidth, templateGeometry } from './fill-form.js';
export { fillTable } from './fill-table.js';
export { DECLARATION_FIELDS, type DeclarationFieldId } from './declaration-fields.js';
export { SHANGHAI_DECLARATION, SHANGHAI_DIMENSIONS, shanghaiDeclaration, FORM_TITLE, INDICATOR_HEADER, type ShanghaiDimensions } from './templates/shanghai-declaration.js';
export { SUMMARY_OVERVIEW, summaryOverview, overviewUnit, OVERVIEW_HEADER, OVERVIEW_TITLE, SUMMARY_TITLE_SUFFIX, TOTAL_LABEL, overviewTotals, summaryTitle, type OverviewRow, type OverviewTotals } from './templates/summary-overview.js';

/** The form every declaration is drawn on today. */
export const DEFAULT_FORM = SHANGHAI_DECLARATION;

/** The official 申报表 for one declaration. */
export function declarationSheet(decl: Declaration): Sheet {
  return fillForm(DEFAULT_FORM, decl);
}

/** The summary's overview table (see summaryOverview: in 万元 when every project is), `width` pt wide. */
export function overviewSheet(title: string, rows: readonly OverviewRow[], width: number, m: Measurer, t: Typography): Sheet {
  return fillTable(summaryOverview(rows), title, rows, width, m, t);
}
