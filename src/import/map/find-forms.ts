import type { ReadCell, ReadTable, Where } from '../table.js';
import { isLabel, type FormSpec } from './form-spec.js';
import { rightOf } from './geometry.js';
import { matchLabel, normalLabel } from './labels.js';
import type { FormRegion } from './read-form.js';

/**
 * The forms in a table (a sheet, or a PDF's pages stacked): each starts at
 * its first field's label (项目名称) with a value beside it — a table that
 * merely has a 项目名称 column, such as a summary's overview, has another
 * label there and starts no form. A form runs until the next one starts;
 * the title and year lines above its first label belong to it.
 */
export function findForms(table: ReadTable, spec: FormSpec): FormRegion[] {
  const tol = table.tolerance;
  const anchors = table.cells.filter((c) => {
    const hit = matchLabel(c.text, spec.anchor.label, spec.anchor.labelIsPrefix);
    if (!hit) return false;
    if (hit.inline !== undefined) return true;
    const value = rightOf(table.cells, c, tol);
    return value !== undefined && !isLabel(spec, value.text);
  });
  anchors.sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
  // Lines that head a form: its title, or a line naming a year.
  const title = normalLabel(spec.title).text;
  const isHeading = (s: string) => {
    const t = normalLabel(s).text;
    if (t.length > 60) return false; // a goal text that mentions a year is no heading
    return t.includes(title) || /\d{4}年度/.test(t) || /^\(?\d{4}年度\)?$/.test(t);
  };
  const texts: { text: string; y: number; where: Where; cell?: ReadCell }[] = [
    ...table.free.map((f) => ({ text: f.text, y: f.y, where: f.where })),
    ...table.cells.map((c) => ({ text: c.text, y: c.y0, where: c.where, cell: c })),
  ];

  return anchors.map((a, i) => {
    const from = a.y0 - tol;
    const to = i + 1 < anchors.length ? anchors[i + 1]!.y0 - tol : Infinity;
    const prev = i > 0 ? anchors[i - 1]!.y0 : -Infinity;
    // The heading: title and year lines between the previous form's first label and this one's.
    const heading = texts.filter((t) => t.y > prev && t.y < from + tol && isHeading(t.text)).map((t) => ({ text: t.text, where: t.where }));
    const cells = table.cells.filter((c) => c.y0 >= from && c.y0 < to);
    // Notes such as 单位：万元: lines outside the table, or short cells above the first label.
    const notes = texts.filter((t) => t.y > prev && t.y < to && (!t.cell || (t.y < from + tol && t.text.length <= 40))).map((t) => t.text);
    return { cells, heading, notes, tolerance: tol, where: a.where };
  });
}
