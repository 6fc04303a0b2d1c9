/** What scripts/generate.mjs writes: every committed file derived from the code. */
export { declarationJsonSchemaText } from '../schema/json-schema.js';
export { ruleDocFiles } from './rule-docs.js';
export { withReadmeRulesTable } from './readme-table.js';
