import { readLimited } from '../load/read.js';
import { join } from 'node:path';
import { applySeverity, type CheckOptions } from '../check/check-file.js';
import { createConfigResolver, type ConfigResolver, type ResolvedConfig } from '../config/resolve.js';
import type { Diagnostic, Text } from '../diagnostics/types.js';
import { bothLanguages } from '../messages/index.js';
import { loadFontSet } from '../fonts/font-set.js';
import { summaryTitle } from '../forms/index.js';
import { decode } from '../load/decode.js';
import { discover, type IoProblem } from '../load/discover.js';
import { configIgnoreOf } from '../load/exclusions.js';
import type { CheckedFile, Counts } from '../report/types.js';
import { collectProjects } from '../summary/collect.js';
import { majority, summaryDiagnostics } from '../summary/consistency.js';
import { projectSheetNames, summaryFileStem } from '../summary/naming.js';
import { SourceChangedError, writeSummary } from '../summary/write.js';
import { prepareOutputDir } from '../writers/output-dir.js';

export { FontLoadError } from '../fonts/load-face.js';
export { OutputError } from '../writers/output-files.js';
export { DocumentDateError } from '../writers/document-date.js';
export { SourceChangedError } from '../summary/write.js';

/** Where summarize writes, with which configuration and font, and whether to add the overview and page numbers. */
export interface SummarizeOptions {
  /** The folder the two files go to; created if needed. */
  readonly outDir: string;
  /** `--font`: wins over any configuration. */
  readonly font?: string;
  /** The configuration to apply (severities, rule options, font); by default found from the working directory and beside each file. */
  readonly configs?: ConfigResolver;
  /** Each file's findings as soon as it is checked; the cross-file rules' findings after all are checked. */
  readonly onFindings?: (file: CheckedFile) => void;
  /** Once every file is checked and compared, with the counts of findings, before anything is written. */
  readonly onChecked?: (counts: Counts) => void;
  /** `check` while checking (pass one), `write` while drawing (pass two). */
  readonly onProgress?: (phase: 'check' | 'write', done: number, total: number, detail: string) => void;
  /** The documents' date; SOURCE_DATE_EPOCH or a fixed date by default. */
  readonly date?: Date;
  /**
   * The overview table before the forms (`--overview`), and 第 N 页 共 M 页
   * on every page (`--page-numbers`). Not given: as the configuration says
   * (`overview:` / `page-numbers:`), else off, as the published 汇总表.
   */
  readonly overview?: boolean;
  readonly pageNumbers?: boolean;
}

/** What summarize did: stopped on configuration or unreadable input, refused on errors, or wrote the PDF and XLSX. */
export type SummarizeResult =
  /** A configuration file is broken: nothing was checked. */
  | { readonly kind: 'config-problems'; readonly problems: readonly Diagnostic[] }
  /**
   * Some input could not be read — a path given (`find`), or a declaration
   * while checking (`check`): a summary without one of its files would be
   * wrong without saying so.
   */
  | { readonly kind: 'unreadable'; readonly phase: 'find' | 'check'; readonly problems: readonly IoProblem[]; readonly counts: Counts }
  /** Errors (in files, or across them): nothing was written. */
  | { readonly kind: 'refused'; readonly counts: Counts; readonly refused: number; readonly apart: number }
  | { readonly kind: 'written'; readonly counts: Counts; readonly title: string; readonly pdf: string; readonly xlsx: string; readonly projects: number };

/** The declarations' configuration files name different fonts, and no --font chooses one. */
export class FontConflictError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
  }
}

/**
 * `declare summary` as a library call: all of one unit's declarations for
 * one year as one 项目绩效目标汇总表, <实施单位><年度>年度项目绩效目标汇总表.pdf
 * and .xlsx in `outDir`. Projects appear in the order the inputs are found
 * (folders in code-point order of names). Every file must be valid and the
 * files must agree on 实施单位 and 年度 and not repeat a 项目名称; otherwise
 * nothing is written. Two passes keep memory flat however many projects
 * there are: the first checks and measures, the second draws one form at a
 * time into both files, which are replaced together or not at all.
 *
 * Throws FontLoadError (a bad font), FontConflictError, SourceChangedError
 * (a file changed between the passes) and OutputError (a file could not be
 * written): problems of the environment, never of the declarations.
 */
export async function summarize(paths: readonly string[], o: SummarizeOptions): Promise<SummarizeResult> {
  const configs = o.configs ?? createConfigResolver();
  if (configs.problems.length > 0) return { kind: 'config-problems', problems: configs.problems };
  const found = discover(paths, { configIgnore: configIgnoreOf(configs) });
  if (configs.loadAll(found.files).length > 0) return { kind: 'config-problems', problems: configs.problems };
  if (found.problems.length > 0) return { kind: 'unreadable', phase: 'find', problems: found.problems, counts: { files: 0, errors: 0, warnings: 0 } };

  const font = chooseFont(o.font, configs, found.files);
  // Load (and so check) the font before the long first pass.
  loadFontSet(font === undefined ? {} : { font });

  const checkOptions = (file: string): CheckOptions => configs.forFile(file).check;
  const collected = collectProjects(found.files, {
    checkOptions,
    ...(font !== undefined && { font }),
    onFindings: (f) => o.onFindings?.(f),
    onProgress: (done, total, file) => o.onProgress?.('check', done, total, file),
  });

  // The cross-file rules, at the lines of the files concerned, with configuration applied as for any rule.
  const cross = applySeverity(summaryDiagnostics(collected.identities), (file) => configs.forFile(file).check);
  for (const f of groupByFile(cross)) o.onFindings?.(f);
  const counts: Counts = {
    files: collected.files,
    errors: collected.errors + cross.filter((d) => d.severity === 'error').length,
    warnings: collected.warnings + cross.filter((d) => d.severity === 'warning').length,
  };
  o.onChecked?.(counts);
  if (collected.problems.length > 0) return { kind: 'unreadable', phase: 'check', problems: collected.problems, counts };
  if (counts.errors > 0) {
    const apart = new Set(cross.filter((d) => d.severity === 'error').map((d) => d.file)).size;
    return { kind: 'refused', counts, refused: collected.refused, apart };
  }

  const projects = collected.projects;
  const unit = majority(projects.map((p) => p.unit))!.value;
  const year = majority(projects.map((p) => p.year))!.value;
  const title = summaryTitle(unit, year);
  const sheets = projectSheetNames(projects.map((p) => p.name));
  const stem = join(o.outDir, summaryFileStem(unit, year));
  const pdf = `${stem}.pdf`;
  const xlsx = `${stem}.xlsx`;
  await prepareOutputDir(o.outDir);
  await writeSummary({
    title,
    projects: projects.map((p, i) => ({ ...p, sheet: sheets[i]! })),
    pdfPath: pdf,
    xlsxPath: xlsx,
    ...(font !== undefined && { font }),
    ...(o.date !== undefined && { date: o.date }),
    checkOptions,
    overview: o.overview ?? setting(configs, found.files, (c) => c.overview),
    pageNumbers: o.pageNumbers ?? setting(configs, found.files, (c) => c.pageNumbers),
    onProgress: (done, total, name) => o.onProgress?.('write', done, total, name),
  });
  return { kind: 'written', counts, title, pdf, xlsx, projects: projects.length };
}

/** The message for a file that changed between the passes. */
export function sourceChangedText(e: SourceChangedError): Text {
  return bothLanguages('output', 'summary-source-changed', { file: e.file });
}

/**
 * One font for the whole document: --font, else the one configuration
 * (--config, or the one found from the working directory) names, else the
 * one the declarations' own configuration files agree on.
 */
function chooseFont(flag: string | undefined, configs: ConfigResolver, files: readonly string[]): string | undefined {
  if (flag !== undefined) return flag;
  if (configs.global.font !== undefined) return configs.global.font;
  const fonts = [...new Set(files.map((f) => configs.forFile(f).font))];
  if (fonts.length <= 1) return fonts[0];
  throw new FontConflictError(bothLanguages('output', 'summary-font-conflict', { fonts }));
}

/**
 * A document-wide setting: the run's own configuration (--config, or found
 * from the working directory) when it sets it, else what the declarations'
 * configurations agree on, else off.
 */
function setting(configs: ConfigResolver, files: readonly string[], get: (c: ResolvedConfig) => boolean | undefined): boolean {
  const own = get(configs.global);
  if (own !== undefined) return own;
  const values = new Set(files.map((f) => get(configs.forFile(f)) ?? false));
  return values.size === 1 && values.has(true);
}

/**
 * Diagnostics per file, in input order, with the file's text for code frames.
 * One file at a time: with thousands of copied projects every file has a
 * finding, and reading all their texts before printing the first held them
 * all in memory at once (the summary of 10,000 bench projects ran out of a
 * 64 MB heap here).
 */
function* groupByFile(ds: readonly Diagnostic[]): Generator<CheckedFile> {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of ds) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  for (const [file, diagnostics] of byFile) {
    const t = readText(file);
    yield { file, diagnostics: diagnostics.sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column), ...(t !== undefined && { text: t }) };
  }
}

function readText(file: string): string | undefined {
  const read = readLimited(file);
  if (read.ok !== true) return undefined;
  const d = decode(read.bytes);
  return d.ok ? d.text : undefined;
}
