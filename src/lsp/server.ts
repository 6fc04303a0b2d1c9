import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { packageVersion } from '../util/package-root.js';
import { AnalyzerHost } from './analyzer-host.js';
import type { Analysis } from './analyze.js';

/** Quiet time after the last keystroke before a document is checked again. */
export const DEBOUNCE_MS = 200;
/** How long a hover or code action request waits for the analysis of a just-edited document. */
const REQUEST_WAIT_MS = 10_000;

export interface ServerOptions {
  /** `declare lsp --lang`: wins over configuration, as on the command line. */
  readonly lang?: string;
}

/**
 * `declare lsp`: the diagnostics of `declare validate` for every open
 * declaration as it is edited, the folder's cross-file findings, quick fixes,
 * and hovers (a finding's rule page, a money column's sum). The main thread
 * only speaks the protocol; checking happens on a worker thread (see
 * AnalyzerHost), and every request is answered from the latest analysis.
 */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const analyses = new Map<string, Analysis>();
  const identities = new Map<string, string | undefined>();
  const timers = new Map<string, NodeJS.Timeout>();
  const inFlight = new Set<string>();
  const again = new Set<string>();
  /** Configuration files we published problems for, so that fixing them clears the editor. */
  const configUris = new Set<string>();
  const host = new AnalyzerHost((m) => connection.console.error(m));
  let lang = options.lang;
  let versionedEdits = false;
  let canWatch = false;

  /** Requests waiting for the analysis of the document's current version. */
  const waiting = new Map<string, (() => void)[]>();

  const fileOf = (uri: string): string | undefined => (uri.startsWith('file:') ? fileURLToPath(uri) : undefined);

  /**
   * The analysis of the document as it is now. Right after an edit the last
   * one describes an older text (its ranges are off), so a hover or code
   * action request waits for the new one — never on the main thread's time.
   */
  const current = async (uri: string): Promise<Analysis | undefined> => {
    const fresh = () => {
      const a = analyses.get(uri);
      return a && a.version === documents.get(uri)?.version ? a : undefined;
    };
    if (fresh() || !documents.get(uri)) return fresh();
    await new Promise<void>((resolve) => {
      waiting.set(uri, [...(waiting.get(uri) ?? []), resolve]);
      setTimeout(resolve, REQUEST_WAIT_MS);
    });
    return fresh();
  };
  const wake = (uri: string) => {
    for (const resolve of waiting.get(uri) ?? []) resolve();
    waiting.delete(uri);
  };

  const schedule = (uri: string, delay = DEBOUNCE_MS) => {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        void run(uri);
      }, delay),
    );
  };

  const run = async (uri: string): Promise<void> => {
    const doc = documents.get(uri);
    const file = fileOf(uri);
    if (!doc || !file) return;
    if (inFlight.has(uri)) {
      again.add(uri);
      return;
    }
    inFlight.add(uri);
    let analysis: Analysis | undefined;
    try {
      analysis = await host.analyze({ uri, file, version: doc.version, text: doc.getText(), ...(lang !== undefined && { lang }) });
    } catch (e) {
      connection.console.error(`declare lsp: checking ${file} failed (a bug in declare, please report it): ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      inFlight.delete(uri);
    }
    const current = documents.get(uri);
    if (analysis && current && current.version === analysis.version) {
      analyses.set(uri, analysis);
      void connection.sendDiagnostics({ uri, version: analysis.version, diagnostics: [...analysis.diagnostics] });
      if (analysis.config) {
        configUris.add(analysis.config.uri);
        void connection.sendDiagnostics({ uri: analysis.config.uri, diagnostics: [...analysis.config.diagnostics] });
      }
      // A new or changed 项目名称, 实施单位 or 年度 changes the cross-file findings of the folder's other open documents.
      if (identities.get(uri) !== analysis.identity) {
        identities.set(uri, analysis.identity);
        for (const other of documents.keys()) if (other !== uri && dirname(fileOf(other) ?? '') === dirname(file)) schedule(other);
      }
    }
    if (again.delete(uri) || (current && analysis?.version !== current.version)) schedule(uri, 0);
    else wake(uri);
  };

  const recheckAll = () => {
    for (const uri of documents.keys()) schedule(uri);
  };
  const recheckFolder = (file: string) => {
    for (const uri of documents.keys()) if (dirname(fileOf(uri) ?? '') === dirname(file)) schedule(uri);
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const init = params.initializationOptions as { lang?: unknown } | undefined;
    if (lang === undefined && (init?.lang === 'zh' || init?.lang === 'en')) lang = init.lang;
    versionedEdits = params.capabilities.workspace?.workspaceEdit?.documentChanges === true;
    canWatch = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        hoverProvider: true,
      },
      serverInfo: { name: 'declare', version: packageVersion() },
    };
  });

  connection.onInitialized(() => {
    // Configuration and the folder's other declarations change on disk too: check open documents again.
    if (canWatch) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{yaml,yml}' }] });
  });
  connection.onDidChangeWatchedFiles(recheckAll);

  documents.onDidOpen((e) => schedule(e.document.uri, 0));
  documents.onDidChangeContent((e) => schedule(e.document.uri));
  documents.onDidSave((e) => {
    // A saved declare.config.yaml applies to every open declaration below it.
    if (/declare\.config\.ya?ml$/.test(e.document.uri)) recheckAll();
  });
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    analyses.delete(uri);
    identities.delete(uri);
    wake(uri);
    const file = fileOf(uri);
    // The folder's other open declarations no longer count this one's editor text (only the file on disk).
    if (file) void host.close(file).then(() => recheckFolder(file));
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.onCodeAction(async (params): Promise<CodeAction[]> => {
    const a = await current(params.textDocument.uri);
    if (!a) return [];
    if (params.context.only && !params.context.only.some((k) => CodeActionKind.QuickFix.startsWith(k))) return [];
    const { start, end } = params.range;
    const before = (p: { line: number; character: number }, q: { line: number; character: number }) => p.line < q.line || (p.line === q.line && p.character <= q.character);
    return a.fixes
      .filter((f) => before(f.range.start, end) && before(start, f.range.end))
      .map((f) => {
        const edit: WorkspaceEdit = versionedEdits
          ? { documentChanges: [{ textDocument: { uri: a.uri, version: a.version }, edits: [...f.edits] }] }
          : { changes: { [a.uri]: [...f.edits] } };
        return {
          title: f.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: f.diagnostics.map((i) => a.diagnostics[i]!),
          ...(f.preferred && { isPreferred: true }),
          edit,
        };
      });
  });

  connection.onHover(async (params) => {
    const a = await current(params.textDocument.uri);
    if (!a) return null;
    const p = params.position;
    const within = (r: { start: typeof p; end: typeof p }) =>
      (r.start.line < p.line || (r.start.line === p.line && r.start.character <= p.character)) && (p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character));
    const hits = a.hovers.filter((h) => within(h.range));
    if (hits.length === 0) return null;
    return { contents: { kind: 'markdown', value: hits.map((h) => h.markdown).join('\n\n---\n\n') }, range: hits[0]!.range };
  });

  connection.onShutdown(async () => {
    for (const t of timers.values()) clearTimeout(t);
    timers.clear();
    await host.dispose();
  });

  documents.listen(connection);
  connection.listen();
}
