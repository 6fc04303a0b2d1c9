import type { Rule } from '../rule.js';
import { amountFormat } from './amount-format.js';
import { costExceedsBudget } from './cost-exceeds-budget.js';
import { costPlanExceedsBudget } from './cost-plan-exceeds-budget.js';
import { countInNameMismatch } from './count-in-name-mismatch.js';
import { goalIndicatorMismatch } from './goal-indicator-mismatch.js';
import { overallGoalEqualsAnnual } from './overall-goal-equals-annual.js';
import { timeValueInvalid } from './time-value-invalid.js';
import { timeValueOutsidePlan } from './time-value-outside-plan.js';
import { unmeasurableValue } from './unmeasurable-value.js';
import { summaryCopiedProject } from './summary-copied-project.js';
import { indicatorSystem } from './indicator-system.js';
import { dateFormat } from './date-format.js';
import { dateOrder } from './date-order.js';
import { duplicateIndicator } from './duplicate-indicator.js';
import { emptyGroup } from './empty-group.js';
import { fileEmpty } from './file-empty.js';
import { fileEncoding } from './file-encoding.js';
import { fileLimits } from './file-limits.js';
import { fontMissingGlyph } from './font-missing-glyph.js';
import { unprintableAmount } from './unprintable-amount.js';
import { fundAnnualExceedsTotal } from './fund-annual-exceeds-total.js';
import { fundAnnualSum } from './fund-annual-sum.js';
import { fundWholeLifeSum } from './fund-whole-life-sum.js';
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
import { summaryDuplicateName } from './summary-duplicate-name.js';
import { summaryMixedUnit } from './summary-mixed-unit.js';
import { summaryMixedYear } from './summary-mixed-year.js';
import { unitMismatch } from './unit-mismatch.js';
import { unknownKey } from './unknown-key.js';
import { wholeLifeEqualsAnnual } from './whole-life-equals-annual.js';
import { wrongType } from './wrong-type.js';
import { yamlDuplicateKey } from './yaml-duplicate-key.js';
import { yamlSyntax } from './yaml-syntax.js';
import { yearInRange } from './year-in-range.js';
import { controlCharacter } from './control-character.js';
import { invisibleCharacter } from './invisible-character.js';

/**
 * Every declaration rule, in the order `declare rules` lists them: by phase
 * (each rule's module says which), errors before warnings. A new rule is a
 * module in this folder, a section in src/messages/, a line here and a table
 * in test/rules/<id>.test.ts.
 */
export const RULES: readonly Rule[] = [
  // load
  fileEncoding,
  fileEmpty,
  fileLimits,
  yamlSyntax,
  yamlDuplicateKey,
  controlCharacter,
  invisibleCharacter,
  // schema
  unknownKey,
  requiredField,
  wrongType,
  // model: errors
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
  timeValueInvalid,
  costExceedsBudget,
  // model: warnings
  indicatorSystem,
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
  // model: warnings a reviewer (评审) would give: goals against indicators, costs against the budget, assessable values
  goalIndicatorMismatch,
  costPlanExceedsBudget,
  unmeasurableValue,
  countInNameMismatch,
  overallGoalEqualsAnnual,
  timeValueOutsidePlan,
  // render
  unprintableAmount,
  fontMissingGlyph,
  // cross-file
  summaryMixedUnit,
  summaryMixedYear,
  summaryDuplicateName,
  summaryCopiedProject,
];

const BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));

/** The rule with this id, or undefined. */
export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
