import { githubReporter } from './github.js';
import { gitlabReporter } from './gitlab.js';
import { jsonReporter } from './json.js';
import { prettyReporter } from './pretty.js';
import { sarifReporter } from './sarif.js';
import type { Reporter } from './types.js';

export type { CheckedFile, Counts, ReportContext, Reporter } from './types.js';

/** Every output format of `declare validate`; a new format is a module here and a line in this table. */
export const REPORTERS = {
  pretty: prettyReporter,
  json: jsonReporter,
  github: githubReporter,
  sarif: sarifReporter,
  gitlab: gitlabReporter,
} as const satisfies Record<string, Reporter>;

/** A `--format` name: pretty, json, github, sarif or gitlab. */
export type ReportFormat = keyof typeof REPORTERS;

/** Every `--format` name, in the order help lists them. */
export const REPORT_FORMATS = Object.keys(REPORTERS) as ReportFormat[];

/** Formats for machines (a whole document): a run that could not finish writes none of them (an incomplete SARIF would close every open alert). */
export const MACHINE_FORMATS: ReadonlySet<ReportFormat> = new Set(['json', 'sarif', 'gitlab']);
