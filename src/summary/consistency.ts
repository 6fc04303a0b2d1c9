/**
 * The summary's cross-file rules live in src/check/rules/summary-*.ts and run
 * through the engine (checkAcrossFiles); this module keeps the summary's
 * names for them.
 */
export type { ProjectIdentity } from '../check/rule.js';
export { checkAcrossFiles as summaryDiagnostics } from '../check/later-phases.js';
export { majority } from '../util/majority.js';
