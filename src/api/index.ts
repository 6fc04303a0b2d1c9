/**
 * declare as a library: what another program imports (`import { validate } from 'declare-cli'`).
 * Nothing here prints or exits; every function returns data.
 *
 * - validate: the findings of declarations (paths or texts); validateTexts, the same for
 *   texts without a promise (editors); isSelected: whether validate would pick a file from its folder;
 * - loadConfig: the configuration of a run (declare.config.yaml);
 * - render / renderToFiles: a declaration as the official 申报表, PDF and XLSX;
 * - summarize: a unit's declarations as one 项目绩效目标汇总表;
 * - importFile / importBytes: finished forms (XLSX, PDF) back into declarations (`declare import`);
 * - formatDeclaration: a declaration in the canonical shape (`declare fmt`);
 * - formatReport and diagnosticMessage: findings as text, in Chinese or English.
 */
export { validate, validateTexts, type DeclarationText, type FileReport, type ValidateOptions, type ValidateResult } from './validate.js';
export { isSelected, fileSelector, type SelectionOptions } from './selection.js';
export { loadConfig, configProblemFiles, type ConfigResolver, type LoadConfigOptions, type ResolvedConfig } from './config.js';
export { render, renderToFiles, layoutDeclaration, type RenderOptions, type RenderedForm, type RenderTargets, type DeclarationLayout, type MissingGlyph } from './render.js';
export { summarize, FontConflictError, SourceChangedError, type SummarizeOptions, type SummarizeResult } from './summarize.js';
export { FontLoadError } from '../fonts/load-face.js';
export { OutputError } from '../writers/output-files.js';
export { importFile, importBytes, ImportReadError, safeFileName, type ImportOptions, type ImportedFile, type ImportedDeclaration, type ImportProblem, type ImportMessage, type Where } from './import.js';
export { formatDeclaration, unifiedDiff, AMOUNT_STYLES, type FormatOptions, type FormatResult, type AmountStyle } from './format.js';

// Findings and their words.
export { diagnosticMessage, relatedMessage, type Diagnostic, type DocPath, type Lang, type Note, type Part, type Severity, type Span, type Suggestion, type TextEdit } from '../diagnostics/types.js';
export { formatMessage, type MessageId, type Section } from '../messages/index.js';
export { REPORTERS, REPORT_FORMATS, type CheckedFile, type Counts, type ReportContext, type ReportFormat, type Reporter } from '../report/index.js';
export type { IoProblem } from '../load/discover.js';
export type { SourceFile } from '../load/source-file.js';

// The rules.
export { RULES, ruleById } from '../check/rules/index.js';
export { CONFIG_RULES } from '../config/rules.js';
export type { Phase, Rule, RuleDocs, RuleMeta } from '../check/rule.js';

// The model.
export type { Amount, DateField, Declaration, DeclarationDraft, Field, Funds, Goals, Indicator, Indicators, Level1Group, Level2Group } from '../model/declaration.js';
export type { IndicatorValue, Operator } from '../model/indicator-value.js';
export { formatYuan, type Fen } from '../model/money.js';

import type { ReportFormat } from '../report/index.js';
import { REPORTERS } from '../report/index.js';
import type { CheckedFile, Counts } from '../report/types.js';
import type { Lang } from '../diagnostics/types.js';

/** Findings as `declare validate --format <format>` prints them. */
export function formatReport(format: ReportFormat, files: readonly CheckedFile[], counts: Counts, options: { lang?: Lang; color?: boolean; maxWarnings?: number } = {}): string {
  return REPORTERS[format](files, counts, { lang: options.lang ?? 'zh', color: options.color ?? false, ...(options.maxWarnings !== undefined && { maxWarnings: options.maxWarnings }) });
}
