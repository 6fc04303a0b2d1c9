import type { Diagnostic, DocPath, Part, Span } from '../diagnostics/types.js';
import type { AnyReport, EditReport, Rule, Within } from './rule.js';

/** Where positions come from: the loaded file answers "where is this key path?". */
export type Locator = { readonly file: string; locate(path: DocPath, part?: Part, within?: Within): Span };

/**
 * A rule's report as a diagnostic: key paths become spans here, once, when the
 * finding is reported; rules never see positions or YAML nodes.
 */
export function resolveReport(rule: Rule, r: AnyReport, at: Locator): Diagnostic {
  const span = (p: { path: readonly (string | number)[]; part?: 'key' | 'value' }): Span => at.locate(p.path, p.part ?? 'value');
  const edit = (e: EditReport) => ('span' in e ? { span: e.span, text: e.text } : { span: span(e), text: e.text });
  return {
    file: at.file,
    span: at.locate(r.path, r.part ?? 'value', r.within),
    severity: rule.meta.severity,
    rule: rule.meta.id,
    path: r.path,
    messageId: r.messageId,
    ...(r.data !== undefined && { data: r.data }),
    ...(r.notes && { notes: r.notes.map((n) => ({ span: span(n), messageId: n.messageId, ...(n.data !== undefined && { data: n.data }) })) }),
    ...(r.suggestions && {
      suggestions: r.suggestions.map((s) => ({ messageId: s.messageId, ...(s.data !== undefined && { data: s.data }), edits: s.edits.map(edit) })),
    }),
  };
}
