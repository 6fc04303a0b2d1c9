import type { z } from 'zod';
import type { DocPath } from '../diagnostics/types.js';
import { describeValue, type ValueKind } from '../messages/helpers.js';
import { declarationSchema } from '../schema/declaration.js';

/** One shape problem, classified once; the schema rules (unknown-key, required-field, wrong-type) each report their kinds. */
export type SchemaIssue =
  /** `path` ends with the unknown key. */
  | { readonly kind: 'unknown-key'; readonly path: DocPath }
  | { readonly kind: 'missing'; readonly path: DocPath }
  | { readonly kind: 'empty'; readonly path: DocPath }
  | { readonly kind: 'wrong-type'; readonly path: DocPath; readonly got: ValueKind; readonly fullWidthColon: boolean }
  /** A `- ` item of an indicator list holding no or several `name: value` pairs. */
  | { readonly kind: 'item-pairs'; readonly path: DocPath; readonly count: number };

/**
 * Shape and types of a whole declaration via the zod schema, as a list of
 * issues. Never throws. An empty list means the value has exactly the
 * schema's shape (the schema only checks; it transforms nothing).
 */
export function schemaIssues(value: unknown): readonly SchemaIssue[] {
  const r = declarationSchema.safeParse(value, { reportInput: true });
  return r.success ? [] : r.error.issues.flatMap(classify);
}

function classify(issue: z.core.$ZodIssue): SchemaIssue[] {
  const path = issue.path as (string | number)[];
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ kind: 'unknown-key', path: [...path, key] }));
    case 'invalid_type':
    case 'invalid_union':
      if (issue.input === undefined) return [{ kind: 'missing', path }];
      if (issue.input === null) return [{ kind: 'empty', path }];
      return [wrongType(path, issue.input)];
    case 'too_small':
      return [{ kind: 'empty', path }];
    case 'custom': {
      const count = issue.input && typeof issue.input === 'object' ? Object.keys(issue.input).length : 0;
      return [{ kind: 'item-pairs', path, count }];
    }
    default:
      return [wrongType(path, issue.input)];
  }
}

function wrongType(path: DocPath, input: unknown): SchemaIssue {
  // `- 网民满意度：≥90%` is one string to YAML: the full-width colon is the usual cause.
  return { kind: 'wrong-type', path, got: describeValue(input), fullWidthColon: typeof input === 'string' && /^[^:：]+：/.test(input) };
}
