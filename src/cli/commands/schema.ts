import { declarationJsonSchemaText } from '../../schema/json-schema.js';

/** Prints the JSON Schema that the examples' `yaml-language-server` comment points at. */
export async function schemaCommand(): Promise<number> {
  process.stdout.write(declarationJsonSchemaText());
  return 0;
}
