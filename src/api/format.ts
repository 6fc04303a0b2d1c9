/**
 * `declare fmt` as a library call: `formatDeclaration(file, bytes, options)`
 * returns the file in the canonical shape (comments kept, meaning checked
 * unchanged) or the findings that explain why it was left alone;
 * `unifiedDiff(file, before, after)` is the change as `declare fmt --diff` prints it.
 */
export { formatDeclaration, unifiedDiff, AMOUNT_STYLES, type FormatOptions, type FormatResult, type AmountStyle } from '../fmt/index.js';
