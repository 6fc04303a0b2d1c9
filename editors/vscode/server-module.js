'use strict';
// Where the workspace's declare is: the client starts `declare lsp` from the
// version the repository installed (the one CI and `npx declare` use), never a
// copy bundled with the extension. Plain CommonJS without `vscode`, so that it
// can be tested outside the editor.
const fs = require('node:fs');
const path = require('node:path');

/** Package names declare has been published under, newest first. */
const PACKAGES = ['declare-cli', 'declare'];

/**
 * The CLI entry point (bin/declare.js) for a workspace folder: `configured`
 * (absolute or relative to the folder) when set, else the nearest
 * node_modules/<package>/bin/declare.js from the folder upwards.
 * Returns undefined when there is none.
 */
function findServerModule(folder, configured, exists = fs.existsSync) {
  if (configured) {
    const p = path.resolve(folder, configured);
    return exists(p) ? p : undefined;
  }
  for (let dir = path.resolve(folder); ; dir = path.dirname(dir)) {
    for (const pkg of PACKAGES) {
      const p = path.join(dir, 'node_modules', pkg, 'bin', 'declare.js');
      if (exists(p)) return p;
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

module.exports = { findServerModule, PACKAGES };
