import { pathToFileURL } from 'node:url';
import type { Diagnostic as LspDiagnostic, Range } from 'vscode-languageserver';
import { ruleDocFileUrl } from '../docs/links.js';
import { diagnosticMessage, relatedMessage, type Diagnostic, type Lang, type Span } from '../diagnostics/types.js';

/**
 * declare counts lines and columns from 1 with an exclusive end; LSP counts
 * from 0. Both count columns in UTF-16 code units (yaml's LineCounter indexes
 * the JavaScript string), which is LSP's default position encoding.
 */
export function rangeOf(span: Span): Range {
  return {
    start: { line: span.line - 1, character: span.column - 1 },
    end: { line: span.endLine - 1, character: span.endColumn - 1 },
  };
}

/** One finding as an editor shows it: rule id as `code`, a link to the rule's page, the message in the user's language. */
export function toLspDiagnostic(d: Diagnostic, lang: Lang, uriOf: (file: string) => string = (f) => pathToFileURL(f).href): LspDiagnostic {
  return {
    range: rangeOf(d.span),
    // DiagnosticSeverity.Error and .Warning; a type-only import keeps the protocol library out of the checking thread.
    severity: d.severity === 'error' ? 1 : 2,
    code: d.rule,
    codeDescription: { href: ruleDocFileUrl(d.rule) },
    source: 'declare',
    message: diagnosticMessage(d, lang),
    ...(d.notes &&
      d.notes.length > 0 && {
        relatedInformation: d.notes.map((n) => ({ location: { uri: uriOf(d.file), range: rangeOf(n.span) }, message: relatedMessage(d, n, lang) })),
      }),
  };
}
