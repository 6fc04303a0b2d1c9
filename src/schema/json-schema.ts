import { z } from 'zod';
import { declarationSchema, indicatorListSchema } from './declaration.js';

/** The JSON Schema editors use (yaml-language-server), generated from the zod schema. */
export function declarationJsonSchema(): Record<string, unknown> {
  const root = z.toJSONSchema(declarationSchema, { target: 'draft-07' }) as Record<string, unknown>;
  const list = z.toJSONSchema(indicatorListSchema, { target: 'draft-07' }) as Record<string, unknown>;
  delete list.$schema;
  return { ...root, definitions: { indicatorList: list } };
}

export function declarationJsonSchemaText(): string {
  return JSON.stringify(declarationJsonSchema(), null, 2) + '\n';
}
