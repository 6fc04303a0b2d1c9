import { fullWidthDigits } from './full-width.js';
import { missingTotal } from './fund-total.js';
import { operatorSpelling } from './operator.js';
import type { Fix, FixContext, Fixer } from './types.js';

/**
 * The fixes the editor offers beyond the rules' own suggestions (a misspelt
 * key, a wrong 合计, an operator, `>=` that YAML cannot read come with their
 * findings): changes that have no finding of their own or whose rule has no
 * suggestion yet. One module each.
 */
export const FIXERS: readonly Fixer[] = [operatorSpelling, fullWidthDigits, missingTotal];

export function allFixes(ctx: FixContext): Fix[] {
  return FIXERS.flatMap((f) => f(ctx));
}

export type { Edit, Fix, FixContext } from './types.js';
