import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMap, isScalar } from 'yaml';
import type { Diagnostic as LspDiagnostic, TextEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { resolveLang } from '../config/lang.js';
import { loadConfig } from '../api/config.js';
import { diagnosticMessage, relatedMessage, type Diagnostic } from '../diagnostics/types.js';
import { NOT_DECLARATIONS } from '../load/discover.js';
import { checkDocument, documentConfigs } from './adapter.js';
import { rangeOf, toLspDiagnostic } from './convert.js';
import { allFixes } from './fixes/index.js';
import type { FolderIndex } from './folder.js';
import { amountHovers, findingHover } from './hover.js';
import { say } from './messages.js';
import { DECLARATION_KEYS, isDeclarationPath } from './scope.js';

export interface AnalyzeRequest {
  readonly uri: string;
  /** Absolute path of the document (file: URIs only). */
  readonly file: string;
  readonly version: number;
  readonly text: string;
  /** `declare lsp --lang`, if given. */
  readonly lang?: string;
}

/** A fix ready for the editor: LSP ranges, and the findings (by index) it resolves. */
export interface AnalyzedFix {
  readonly title: string;
  readonly range: LspDiagnostic['range'];
  readonly edits: readonly TextEdit[];
  readonly diagnostics: readonly number[];
  readonly preferred: boolean;
}

export interface AnalyzedHover {
  readonly range: LspDiagnostic['range'];
  readonly markdown: string;
}

/**
 * Everything the editor can ask about one version of a document, computed
 * once after each (debounced) change, off the main thread: hover and code
 * action requests are then answered from it at once, however long the file.
 */
export interface Analysis {
  readonly uri: string;
  readonly version: number;
  readonly diagnostics: readonly LspDiagnostic[];
  readonly fixes: readonly AnalyzedFix[];
  readonly hovers: readonly AnalyzedHover[];
  /** 实施单位/年度/项目名称 as the document says them: when they change, the folder's other open documents are checked again. */
  readonly identity?: string;
  /** Problems of the configuration that applies, to show on the configuration file itself. */
  readonly config?: { readonly uri: string; readonly diagnostics: readonly LspDiagnostic[] };
}

/**
 * Rule suggestions that cannot change what the author meant, offered as the
 * preferred fix (VS Code applies those with "auto fix"): `>=` → `≥`. A sum,
 * a spelling guess or an operator is the author's choice.
 */
const PREFERRED_SUGGESTIONS = new Set(['yaml-syntax/suggest-replace']);

export function analyze(req: AnalyzeRequest, folders: FolderIndex): Analysis {
  const empty: Analysis = { uri: req.uri, version: req.version, diagnostics: [], fixes: [], hovers: [] };
  if (NOT_DECLARATIONS.has(basename(req.file))) {
    // declare.config.yaml: its problems as validate would print them (read from disk: the saved version counts).
    return { ...empty, diagnostics: loadConfig({ config: req.file, cwd: '/' }).problems.map((d) => toLspDiagnostic(d, resolveLang(req.lang))) };
  }
  const configs = documentConfigs();
  if (!isDeclarationPath(req.file, configs)) {
    folders.setOpen(req.file, undefined);
    return empty;
  }
  const check = checkDocument(req.file, req.text, { lang: req.lang, configs });
  const lang = check.lang;
  if (check.source && !looksLikeDeclaration(check.source.doc.contents)) {
    folders.setOpen(req.file, undefined);
    return empty;
  }

  const identity = folders.setOpen(req.file, check.source);
  const cross = folders
    .findingsFor(req.file)
    .map((d) => ({ ...d, file: req.file, severity: check.severityOf(d.rule) }))
    .filter((d): d is Diagnostic => d.severity !== 'off');
  const findings: Diagnostic[] = [...check.diagnostics, ...cross];

  const doc = TextDocument.create(req.uri, 'yaml', req.version, req.text);
  const range = (start: number, end: number) => ({ start: doc.positionAt(start), end: doc.positionAt(end) });
  const diagnostics = findings.map((d) => toLspDiagnostic(d, lang));

  const configUri = check.configFile && pathToFileURL(check.configFile).href;
  const configProblems = check.configProblems.map((d) => toLspDiagnostic(d, lang));
  if (check.configProblems.length > 0) {
    // Last, so that findings and diagnostics share indexes.
    const first = check.configProblems[0]!;
    diagnostics.push({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: 1,
      code: first.rule,
      source: 'declare',
      message: say(lang, { messageId: 'config-broken', data: { file: check.configFile ?? first.file, line: first.span.line, message: diagnosticMessage(first, lang) } }),
    });
  }

  // The rules' own suggestions first (ESLint style: the finding says what to change, the suggestion does it),
  // then the fixes only the editor offers (src/lsp/fixes), unless they make the very same edits.
  const suggested: AnalyzedFix[] = findings.flatMap((d, i) =>
    (d.suggestions ?? []).map((sg) => ({
      title: relatedMessage(d, sg, lang),
      range: rangeOf(d.span),
      edits: sg.edits.map((e) => ({ range: rangeOf(e.span), newText: e.text })),
      diagnostics: [i],
      preferred: PREFERRED_SUGGESTIONS.has(`${d.rule}/${sg.messageId}`),
    })),
  );
  const signature = (f: AnalyzedFix) => JSON.stringify(f.edits);
  const taken = new Set(suggested.map(signature));
  const local: AnalyzedFix[] = allFixes({ text: req.text, ...(check.source && { source: check.source }), diagnostics: findings }).map((f) => {
    const overlapping = findings.flatMap((d, i) => {
      const start = doc.offsetAt(rangeOf(d.span).start);
      const end = doc.offsetAt(rangeOf(d.span).end);
      const overlaps = start <= f.at[1] && f.at[0] <= end;
      return overlaps && (!f.rules || f.rules.includes(d.rule)) ? [i] : [];
    });
    return {
      title: say(lang, f.title),
      range: range(f.at[0], f.at[1]),
      edits: f.edits.map((e) => ({ range: range(e.start, e.end), newText: e.newText })),
      diagnostics: overlapping,
      preferred: f.preferred ?? false,
    };
  });
  const fixes = [...suggested, ...local.filter((f) => !taken.has(signature(f)))];

  const hovers: AnalyzedHover[] = [
    ...findings.map((d) => ({ range: rangeOf(d.span), markdown: findingHover(d, lang) })),
    ...(check.source ? amountHovers(check.source, lang).map((h) => ({ range: range(h.start, h.end), markdown: h.markdown })) : []),
  ];

  return {
    uri: req.uri,
    version: req.version,
    diagnostics,
    fixes,
    hovers,
    ...(identity && { identity: `${identity.unit}\u0000${identity.year}\u0000${identity.name}` }),
    ...(configUri && { config: { uri: configUri, diagnostics: configProblems } }),
  };
}

/** A mapping with none of the declaration's keys is some other YAML file: declare has nothing to say about it. */
function looksLikeDeclaration(contents: unknown): boolean {
  if (!isMap(contents) || contents.items.length === 0) return true;
  return contents.items.some((p) => isScalar(p.key) && DECLARATION_KEYS.has(String(p.key.value)));
}
