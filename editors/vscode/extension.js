'use strict';
// The VS Code client of `declare lsp`: one language server per workspace
// folder that has declare installed, started with VS Code's own Node.js from
// that folder's node_modules, for the YAML files of that folder.
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');
const { findServerModule } = require('./server-module');

/** @type {Map<string, LanguageClient>} */
const clients = new Map();

function start(folder) {
  const key = folder.uri.toString();
  if (clients.has(key) || folder.uri.scheme !== 'file') return;
  const config = vscode.workspace.getConfiguration('declare', folder.uri);
  const module = findServerModule(folder.uri.fsPath, config.get('serverPath'));
  if (!module) {
    void vscode.window.showWarningMessage(
      `declare：在“${folder.name}”中没有找到 node_modules/declare-cli。请在该文件夹运行 npm install --save-dev declare-cli，然后重新加载窗口。`,
    );
    return;
  }
  const lang = config.get('lang');
  const client = new LanguageClient(
    'declare',
    'declare',
    // --stdio is appended by the client; `declare lsp` accepts it.
    { module, args: ['lsp'], transport: TransportKind.stdio, options: { cwd: folder.uri.fsPath } },
    {
      documentSelector: [{ scheme: 'file', language: 'yaml', pattern: new vscode.RelativePattern(folder, '**/*.{yaml,yml}') }],
      workspaceFolder: folder,
      initializationOptions: lang ? { lang } : {},
    },
  );
  clients.set(key, client);
  void client.start();
}

async function stop(folder) {
  const key = folder.uri.toString();
  const client = clients.get(key);
  clients.delete(key);
  await client?.stop();
}

function activate(context) {
  for (const folder of vscode.workspace.workspaceFolders ?? []) start(folder);
  context.subscriptions.push(
    vscode.workspace.onDidChangeWorkspaceFolders((e) => {
      for (const f of e.removed) void stop(f);
      for (const f of e.added) start(f);
    }),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration('declare')) return;
      for (const folder of vscode.workspace.workspaceFolders ?? []) {
        await stop(folder);
        start(folder);
      }
    }),
  );
}

async function deactivate() {
  await Promise.all([...clients.values()].map((c) => c.stop()));
  clients.clear();
}

module.exports = { activate, deactivate };
