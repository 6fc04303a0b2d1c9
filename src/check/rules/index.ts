import type { Rule } from '../rule.js';
import { amountFormat } from './amount-format.js';
import { dateFormat } from './date-format.js';
import { dateOrder } from './date-order.js';
import { duplicateIndicator } from './duplicate-indicator.js';
import { emptyGroup } from './empty-group.js';
import { fileEmpty } from './file-empty.js';
import { fileEncoding } from './file-encoding.js';
import { fileLimits } from './file-limits.js';
import { fontMissingGlyph } from './font-missing-glyph.js';
import { fundAnnualExceedsTotal } from './fund-annual-exceeds-total.js';
import { fundAnnualSum, fundWholeLifeSum } from './fund-sums.js';
import { indicatorLevel1 } from './indicator-level1.js';
import { indicatorLevel2Placement } from './indicator-level2-placement.js';
import { indicatorValue } from './indicator-value.js';
import { legacyCostPlacement } from './legacy-cost-placement.js';
import { missingOperator } from './missing-operator.js';
import { multiYearFields } from './multi-year-fields.js';
import { nonstandardLevel2 } from './nonstandard-level2.js';
import { operatorDirection } from './operator-direction.js';
import { percentOver100 } from './percent-over-100.js';
import { projectCategory } from './project-category.js';
import { projectNature } from './project-nature.js';
import { recommendedLevel1 } from './recommended-level1.js';
import { requiredField } from './required-field.js';
import { requiredLevel1 } from './required-level1.js';
import { unitMismatch } from './unit-mismatch.js';
import { unknownKey } from './unknown-key.js';
import { unprintableAmount } from './unprintable-amount.js';
import { wholeLifeEqualsAnnual } from './whole-life-equals-annual.js';
import { wrongType } from './wrong-type.js';
import { yearInRange } from './year-in-range.js';
import { yamlDuplicateKey } from './yaml-duplicate-key.js';
import { yamlSyntax } from './yaml-syntax.js';
import { controlCharacter } from './control-character.js';
import { invisibleCharacter } from './invisible-character.js';
import { summaryMixedUnit } from './summary-mixed-unit.js';
import { summaryMixedYear } from './summary-mixed-year.js';
import { summaryDuplicateName } from './summary-duplicate-name.js';

/** Every rule, in the order `declare rules` lists them: reading the file, then its shape, then meaning. */
export const RULES: readonly Rule[] = [
  // reported while loading
  fileEncoding,
  fileEmpty,
  fileLimits,
  yamlSyntax,
  yamlDuplicateKey,
  controlCharacter,
  invisibleCharacter,
  // reported by the schema
  unknownKey,
  requiredField,
  wrongType,
  // errors
  projectCategory,
  dateFormat,
  dateOrder,
  yearInRange,
  amountFormat,
  fundAnnualSum,
  fundWholeLifeSum,
  fundAnnualExceedsTotal,
  multiYearFields,
  indicatorLevel1,
  indicatorLevel2Placement,
  requiredLevel1,
  emptyGroup,
  indicatorValue,
  // warnings
  projectNature,
  wholeLifeEqualsAnnual,
  recommendedLevel1,
  nonstandardLevel2,
  legacyCostPlacement,
  duplicateIndicator,
  unitMismatch,
  percentOver100,
  missingOperator,
  operatorDirection,
  // reported when rendering
  unprintableAmount,
  fontMissingGlyph,
  // reported by summary, across its files
  summaryMixedUnit,
  summaryMixedYear,
  summaryDuplicateName,
];
