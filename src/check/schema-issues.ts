import type { z } from 'zod';
import type { DocPath } from '../diagnostics/types.js';
import { describeValue, type ValueKind } from '../messages/helpers.js';
import { declarationSchema, isBlank } from '../schema/declaration.js';

/** One shape problem, classified once; the schema rules (unknown-key, required-field, wrong-type) each report their kinds. */
export type SchemaIssue =
  /** `path` ends with the unknown key. */
  | { readonly kind: 'unknown-key'; readonly path: DocPath }
  | { readonly kind: 'missing'; readonly path: DocPath }
  | { readonly kind: 'empty'; readonly path: DocPath }
  | { readonly kind: 'wrong-type'; readonly path: DocPath; readonly got: ValueKind; readonly fullWidthColon: boolean }
  /** A `- ` item of an indicator list holding no or several `name: value` pairs. */
  | { readonly kind: 'item-pairs'; readonly path: DocPath; readonly count: number }
  /** A `- ` item whose name is empty or only spaces; `path` ends with that name. */
  | { readonly kind: 'no-indicator-name'; readonly path: DocPath };

/**
 * Shape and types of a whole declaration via the zod schema, as a list of
 * issues. Never throws. An empty list means the value has exactly the
 * schema's shape (the schema only checks; it transforms nothing).
 */
export function schemaIssues(value: unknown): readonly SchemaIssue[] {
  // zod skips a `__proto__` key in records (it guards its own output); the shape is checked with that key renamed.
  const checked = hasProtoKey(value) ? renameKeys(value, PROTO, PROTO_STANDIN) : value;
  const r = declarationSchema.safeParse(checked, { reportInput: true });
  return r.success ? [] : r.error.issues.flatMap(classify).map(restoreProto);
}

const PROTO = '__proto__';
const PROTO_STANDIN = '\u0000__proto__';

function hasProtoKey(v: unknown): boolean {
  if (Array.isArray(v)) return v.some(hasProtoKey);
  if (v === null || typeof v !== 'object') return false;
  return Object.hasOwn(v, PROTO) || Object.values(v).some(hasProtoKey);
}

/** A copy with every key `from` named `to` (null-prototype objects, so neither name is special). */
function renameKeys(v: unknown, from: string, to: string): unknown {
  if (Array.isArray(v)) return v.map((x) => renameKeys(x, from, to));
  if (v === null || typeof v !== 'object') return v;
  const out: Record<string, unknown> = Object.create(null);
  for (const [k, x] of Object.entries(v)) out[k === from ? to : k] = renameKeys(x, from, to);
  return out;
}

function restoreProto(i: SchemaIssue): SchemaIssue {
  return i.path.includes(PROTO_STANDIN) ? { ...i, path: i.path.map((k) => (k === PROTO_STANDIN ? PROTO : k)) } : i;
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
      const kind = (issue as { params?: { kind?: string } }).params?.kind;
      if (kind === 'blank') return [{ kind: 'empty', path }];
      if (kind === 'indicator-name') return [{ kind: 'no-indicator-name', path: [...path, Object.keys(issue.input as object).find((k) => isBlank(k)) ?? ''] }];
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
