import { fullWidthDigits } from './full-width.js';
import { fundTotal } from './fund-total.js';
import { missingOperator } from './missing-operator.js';
import { operatorAsBlockScalar, operatorSpelling } from './operator.js';
import { renameKey } from './rename-key.js';
import type { Fix, FixContext, Fixer } from './types.js';

/** Every mechanical fix the language server offers; one module each. */
export const FIXERS: readonly Fixer[] = [operatorSpelling, operatorAsBlockScalar, fullWidthDigits, fundTotal, renameKey, missingOperator];

export function allFixes(ctx: FixContext): Fix[] {
  return FIXERS.flatMap((f) => f(ctx));
}

export type { Edit, Fix, FixContext } from './types.js';
