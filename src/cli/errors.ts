import type { Text } from '../diagnostics/types.js';

/** The command could not run as asked (bad arguments, unreadable path, unwritable folder): exit 2. */
export class UsageError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}

export const EXIT_OK = 0;
/** The input has errors (or too many warnings). */
export const EXIT_FINDINGS = 1;
/** The command itself could not run. */
export const EXIT_USAGE = 2;
