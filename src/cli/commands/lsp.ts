import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { startServer } from '../../lsp/server.js';

/**
 * `declare lsp`: the language server, spoken over stdin/stdout. Editors start
 * it from the workspace's node_modules (docs/editors.md). Resolves when the
 * editor ends the session; nothing but protocol messages goes to stdout.
 */
export async function lspCommand(o: { lang?: string }): Promise<number> {
  // A stray console.log would corrupt the protocol stream: send it to stderr, which editors show as the server's log.
  console.log = console.info = (...args: unknown[]) => process.stderr.write(`${args.map(String).join(' ')}\n`);
  const connection = createConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
  startServer(connection, o.lang !== undefined ? { lang: o.lang } : {});
  // vscode-languageserver exits the process on the protocol's `exit` notification (code 0 after shutdown, 1 without).
  await new Promise<never>(() => undefined);
  return 0;
}
