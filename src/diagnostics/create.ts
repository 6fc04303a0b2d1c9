import type { AnyData, MessageOf, Section } from '../messages/index.js';
import type { Diagnostic, DocPath, Note, Severity, Span, Suggestion } from './types.js';

/**
 * A diagnostic made outside a rule's check (by the loader, the configuration
 * loader, the summary): typed against the rule's section of the catalogue,
 * so a wrong message id or missing parameter does not compile.
 */
export function diagnostic<S extends Section>(
  at: { readonly file: string; readonly span: Span; readonly path?: DocPath; readonly severity?: Severity },
  rule: S,
  message: MessageOf<S>,
  extra: { readonly notes?: readonly Note[]; readonly suggestions?: readonly Suggestion[] } = {},
): Diagnostic {
  return {
    file: at.file,
    span: at.span,
    severity: at.severity ?? 'error',
    rule,
    path: at.path ?? [],
    messageId: message.messageId,
    ...(message.data !== undefined && { data: message.data as AnyData }),
    ...(extra.notes && extra.notes.length > 0 && { notes: extra.notes }),
    ...(extra.suggestions && extra.suggestions.length > 0 && { suggestions: extra.suggestions }),
  };
}
