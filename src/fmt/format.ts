import { isDeepStrictEqual } from 'node:util';
import { isAlias, isNode, visit } from 'yaml';
import { diagnostic } from '../diagnostics/create.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { MessageOf } from '../messages/index.js';
import { loadDeclaration } from '../load/parse.js';
import { emitDeclaration, UnsupportedYaml } from './emit.js';
import { meaningOf } from './meaning.js';
import { sourceLines } from './source-lines.js';
import type { AmountStyle } from './values.js';

export interface FormatOptions {
  /** How amounts are written; default `grouped` (2,810,000.00), as the form prints them. */
  readonly amounts?: AmountStyle;
}

export type FormatResult =
  | {
      readonly ok: true;
      /** The file in canonical shape (same line endings and BOM as the input). */
      readonly text: string;
      readonly changed: boolean;
    }
  | {
      readonly ok: false;
      /** Why the file was left as it is: YAML errors, or YAML the formatter does not rewrite. */
      readonly diagnostics: readonly Diagnostic[];
      /** The decoded text, for code frames. */
      readonly text?: string;
    };

const START = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/**
 * One declaration file in the canonical shape (see emitDeclaration). The
 * result is checked before it is returned: parsed again, it must mean
 * exactly what the input meant (amounts to the 分, 指标值 as parsed, every
 * other value character for character); otherwise the file is refused with
 * a finding and left alone. A file YAML cannot read is refused too, with the
 * same findings validate gives.
 */
export function formatDeclaration(file: string, bytes: Uint8Array, options: FormatOptions = {}): FormatResult {
  const loaded = loadDeclaration(file, bytes);
  if (!loaded.ok) return { ok: false, diagnostics: loaded.diagnostics, ...(loaded.text !== undefined && { text: loaded.text }) };
  const src = loaded.source.text;
  // Formatting works on LF text (positions and line splitting agree); CRLF is restored at the end.
  const lf = src.replace(/\r\n/g, '\n');
  const lfLoaded = lf === src ? loaded : loadDeclaration(file, Buffer.from(lf, 'utf8'));
  if (!lfLoaded.ok) return { ok: false, diagnostics: lfLoaded.diagnostics, text: src };
  const doc = lfLoaded.source.doc;
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? '\ufeff' : '';
  const crlf = /\r\n/.test(src) && (src.match(/\r\n/g)?.length ?? 0) >= (src.match(/(?<!\r)\n/g)?.length ?? 0);
  const original = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');

  const refuse = (message: MessageOf<'fmt-refused'>): FormatResult => ({
    ok: false,
    diagnostics: [diagnostic({ file, span: START }, 'fmt-refused', message)],
    text: src,
  });

  let unsupported = false;
  visit(doc, {
    Node(_, node) {
      if (isAlias(node) || (isNode(node) && (node.anchor || node.tag))) unsupported = true;
    },
  });
  if (unsupported || doc.directives?.docStart) {
    return refuse(
      { messageId: 'anchors-tags-markers' },
    );
  }

  let formatted: string;
  try {
    formatted = emitDeclaration(doc, lf, sourceLines(lf), { amounts: options.amounts ?? 'grouped' });
  } catch (e) {
    if (!(e instanceof UnsupportedYaml)) throw e;
    return refuse(
      { messageId: 'unsupported', data: { detail: e.message } },
    );
  }

  // The check that makes formatting safe: the new text must mean what the old one did.
  const again = loadDeclaration(file, Buffer.from(formatted, 'utf8'));
  if (!again.ok || !isDeepStrictEqual(meaningOf(again.source.doc, again.source.text), meaningOf(doc, lf))) {
    return refuse(
      { messageId: 'meaning-changed' },
    );
  }
  const out = bom + (crlf ? formatted.replace(/\n/g, '\r\n') : formatted);
  return { ok: true, text: out, changed: out !== original };
}
