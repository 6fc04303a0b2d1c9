import { diagnosticMessage } from '../diagnostics/types.js';
import type { Reporter } from './types.js';

/** Exactly the object FORMAT.md documents; the summary counts are always present. */
export const jsonReporter: Reporter = (files, counts, ctx) =>
  JSON.stringify(
    {
      files: counts.files,
      errors: counts.errors,
      warnings: counts.warnings,
      diagnostics: files.flatMap((f) =>
        f.diagnostics.map((d) => ({
          file: d.file,
          line: d.span.line,
          column: d.span.column,
          severity: d.severity,
          rule: d.rule,
          path: d.path,
          message: diagnosticMessage(d, ctx.lang),
        })),
      ),
    },
    null,
    2,
  ) + '\n';
