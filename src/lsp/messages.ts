import type { Lang } from '../diagnostics/types.js';
import { formatMessage, type MessageOf } from '../messages/index.js';

/** A text of the language server's own (hovers, fix titles): the `lsp` section of the message catalogue. */
export type LspMessage = MessageOf<'lsp'>;

export function say(lang: Lang, m: LspMessage): string {
  return formatMessage(lang, 'lsp', m.messageId, m.data);
}
