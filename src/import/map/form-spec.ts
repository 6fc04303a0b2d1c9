import { formFieldMap, type FieldLocation, type FormFieldMap, type FormTemplate, type IndicatorTableMap } from '../../forms/index.js';
import { matchHeader, matchLabel, normalLabel } from './labels.js';

/**
 * What the importer needs to know about a form, all of it read from the
 * form's template (src/forms): the field map (each field's label, where the
 * label sits next to the value, the field's key path and kind), the heading
 * that carries the year, the indicator table's header, and every label the
 * form prints — so a cell can be told apart as a label, never mistaken for
 * a value.
 */
export interface FormSpec {
  readonly map: FormFieldMap;
  readonly title: string;
  readonly fields: readonly FieldLocation[];
  readonly indicators?: IndicatorTableMap;
  /** Every printed label, normalised (field labels, section labels, the indicator header). */
  readonly labels: readonly string[];
  /** The field that starts each form: its first field (项目名称). */
  readonly anchor: FieldLocation;
}

export function formSpec<Data, Id extends string>(template: FormTemplate<Data, Id>): FormSpec {
  const map = formFieldMap(template);
  const printed = map.labels;
  const anchor = map.fields[0];
  if (!anchor) throw new Error(`internal: template ${template.id} has no fields`);
  return {
    map,
    title: map.title,
    fields: map.fields,
    ...(map.indicators && { indicators: map.indicators }),
    labels: [...new Set(printed.map((l) => normalLabel(l).text).filter((l) => l !== ''))],
    anchor,
  };
}

/** Is this cell one of the form's own labels (not a value)? */
export function isLabel(spec: FormSpec, text: string): boolean {
  const t = normalLabel(text).text;
  if (t === '') return false;
  if (spec.labels.includes(t)) return true;
  if (spec.fields.some((f) => matchLabel(text, f.label, f.labelIsPrefix) && !matchLabel(text, f.label, f.labelIsPrefix)?.inline)) return true;
  return spec.indicators?.header.some((h) => matchHeader(text, h.text)) ?? false;
}
