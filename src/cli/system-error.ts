import type { Text } from '../diagnostics/types.js';
import { bothLanguages } from '../messages/index.js';

/**
 * A failure the operating system reported (an errno code with the call that
 * failed) that no command turned into its own message: the environment's
 * doing, not ours, so it is said in plain words and exits 2 — never as an
 * internal error. The commands handle the failures they expect (unreadable
 * inputs, outputs that cannot be written); this is the net under them.
 */
export function systemErrorText(e: unknown): Text | undefined {
  const err = e as NodeJS.ErrnoException | undefined;
  if (!(err instanceof Error) || typeof err.code !== 'string' || !/^E[A-Z]+$/.test(err.code) || typeof err.syscall !== 'string') return undefined;
  return bothLanguages('system-error', 'failed', { path: err.path, code: err.code });
}
