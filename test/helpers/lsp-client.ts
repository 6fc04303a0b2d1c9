import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type CompletionItem,
  type CompletionList,
  type Diagnostic,
  type Hover,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';

/**
 * A language client as an editor is one: a server process spoken to over
 * stdio with JSON-RPC, the documents it has open, and the diagnostics it has
 * been sent. Tests start one server per test file and reuse it.
 */
export class LspClient {
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  private readonly waiters: { uri: string; test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  private readonly versions = new Map<string, number>();
  readonly stderr: string[] = [];
  /** Replies to workspace/configuration, by section. */
  settings: Record<string, unknown> = {};

  private constructor(
    readonly process: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
  ) {}

  static start(command: string, args: readonly string[], opts: { cwd?: string; env?: Record<string, string | undefined> } = {}): LspClient {
    const child = spawn(command, args, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: 'pipe' });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new LspClient(child, connection);
    child.stderr.setEncoding('utf8').on('data', (s: string) => client.stderr.push(s));
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      client.diagnostics.set(p.uri, p);
      for (const w of [...client.waiters]) {
        if (w.uri === p.uri && w.test(p)) {
          client.waiters.splice(client.waiters.indexOf(w), 1);
          w.resolve(p);
        }
      }
    });
    connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
      p.items.map((i) => (i.section ? client.settings[i.section] ?? null : client.settings)),
    );
    // Requests a server may send that an editor answers; a test has nothing to register or show.
    for (const m of ['client/registerCapability', 'client/unregisterCapability', 'window/workDoneProgress/create', 'workspace/codeLens/refresh', 'workspace/diagnostic/refresh']) {
      connection.onRequest(m, () => null);
    }
    connection.listen();
    return client;
  }

  async initialize(rootPath: string, opts: { initializationOptions?: unknown; settings?: Record<string, unknown>; locale?: string } = {}): Promise<InitializeResult> {
    if (opts.settings) this.settings = opts.settings;
    const rootUri = fileUri(rootPath);
    const result = await this.connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'unit' }],
      ...(opts.locale && { locale: opts.locale }),
      initializationOptions: opts.initializationOptions ?? {},
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          synchronization: { dynamicRegistration: false, didSave: true },
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } }, isPreferredSupport: true },
        },
      },
    });
    await this.connection.sendNotification('initialized', {});
    if (opts.settings) await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: opts.settings });
    return result;
  }

  /** Opens a document and resolves with the first diagnostics published for this version. */
  open(uri: string, text: string): Promise<PublishDiagnosticsParams> {
    this.versions.set(uri, 1);
    const next = this.nextDiagnostics(uri, 1);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    return next;
  }

  /** Replaces the whole text (or applies ranged changes) and resolves with the diagnostics of the new version. */
  change(uri: string, change: string | { range: { start: Pos; end: Pos }; text: string }[]): Promise<PublishDiagnosticsParams> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    const next = this.nextDiagnostics(uri, version);
    const contentChanges = typeof change === 'string' ? [{ text: change }] : change;
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
    return next;
  }

  close(uri: string): Promise<void> {
    this.versions.delete(uri);
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** The next publication for `uri` (of `version`, when the server sends versions; else any newer one). */
  nextDiagnostics(uri: string, version?: number): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) => this.waiters.push({ uri, test: (p) => version === undefined || p.version === undefined || p.version >= version, resolve }));
  }

  /** Waits until the diagnostics of `uri` satisfy `test` (e.g. after a schema finished loading). */
  diagnosticsWhere(uri: string, test: (ds: Diagnostic[]) => boolean): Promise<PublishDiagnosticsParams> {
    const now = this.diagnostics.get(uri);
    if (now && test(now.diagnostics)) return Promise.resolve(now);
    return new Promise((resolve) => this.waiters.push({ uri, test: (p) => test(p.diagnostics), resolve }));
  }

  lastDiagnostics(uri: string): Diagnostic[] | undefined {
    return this.diagnostics.get(uri)?.diagnostics;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  async completion(uri: string, position: Pos): Promise<CompletionItem[]> {
    const r = await this.request<CompletionList | CompletionItem[] | null>('textDocument/completion', { textDocument: { uri }, position });
    return r === null ? [] : Array.isArray(r) ? r : r.items;
  }

  hover(uri: string, position: Pos): Promise<Hover | null> {
    return this.request('textDocument/hover', { textDocument: { uri }, position });
  }

  codeActions(uri: string, range: { start: Pos; end: Pos }, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
    return this.request<CodeAction[] | null>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics } }).then((r) => r ?? []);
  }

  async stop(): Promise<void> {
    try {
      await withTimeout(this.connection.sendRequest('shutdown'), 5000);
      await this.connection.sendNotification('exit');
    } catch {
      // A server that does not answer is killed below.
    }
    const exited = new Promise<void>((resolve) => (this.process.exitCode !== null ? resolve() : this.process.once('exit', () => resolve())));
    await withTimeout(exited, 5000).catch(() => this.process.kill('SIGKILL'));
    this.connection.dispose();
  }
}

export interface Pos {
  readonly line: number;
  readonly character: number;
}

/** file:// URI as editors send it: every non-ASCII character percent-encoded. */
export function fileUri(path: string): string {
  return pathToFileURL(path).href;
}

/** Applies LSP text edits (in any order) to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const offsets = lineOffsets(text);
  const at = (p: Pos) => (offsets[p.line] ?? text.length) + p.character;
  const sorted = [...edits].sort((a, b) => at(b.range.start) - at(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, at(e.range.start)) + e.newText + out.slice(at(e.range.end));
  return out;
}

/** Position (0-based line and UTF-16 column) of the first occurrence of `needle`, plus `delta` characters. */
export function positionOf(text: string, needle: string, delta = 0): Pos {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`"${needle}" not in text`);
  const offsets = lineOffsets(text);
  let line = 0;
  while (line + 1 < offsets.length && offsets[line + 1]! <= i + delta) line++;
  return { line, character: i + delta - offsets[line]! };
}

function lineOffsets(text: string): number[] {
  const out = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') out.push(i + 1);
  return out;
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    p.then(
      (v) => (clearTimeout(t), resolve(v)),
      (e) => (clearTimeout(t), reject(e)),
    );
  });
}
