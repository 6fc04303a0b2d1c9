import { expect } from 'vitest';
import { diagnosticMessage } from '../../src/diagnostics/types.js';
import { declarationYaml, importDocument, unreadableText } from '../../src/import/index.js';
import type { Declaration } from '../../src/model/declaration.js';
import { checkText } from '../helpers/examples.js';

/** Import a document and check what comes out: every form must validate, and nothing may be left unread. */
export async function importForms(bytes: Uint8Array): Promise<Declaration[]> {
  const r = await importDocument(bytes);
  if (!r.ok) throw new Error(`import failed: ${unreadableText(r.message, 'en')}`);
  return r.forms.map((draft) => {
    const written = declarationYaml(draft);
    expect(written.unreadable, written.text).toEqual([]);
    const checked = checkText(written.text);
    if (!checked.declaration) throw new Error(`imported YAML does not validate:\n${written.text}\n${checked.diagnostics.map((d) => `${d.span.line}: ${d.rule} ${diagnosticMessage(d, 'zh')}`).join('\n')}`);
    return checked.declaration;
  });
}

