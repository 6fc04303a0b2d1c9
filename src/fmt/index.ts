/**
 * `declare fmt`: declarations in one canonical shape, comments kept, meaning
 * checked unchanged. format.ts is the entry; emit.ts writes the shape;
 * meaning.ts says when two files mean the same; values.ts spells amounts and
 * operators.
 */
export { formatDeclaration, type FormatOptions, type FormatResult } from './format.js';
export { AMOUNT_STYLES, amountKey, formatAmount, normalizeOperator, type AmountStyle } from './values.js';
export { unifiedDiff } from './diff.js';
