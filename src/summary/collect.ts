import { createHash } from 'node:crypto';
import { applySeverity, checkFile, type CheckOptions, type FileResult } from '../check/check-file.js';
import { checkBeforeDrawing, startOfFile } from '../check/later-phases.js';
import { annualColumn, totalOf, wholeLifeColumn } from '../check/fund-columns.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { DECLARATION_FIELDS, type DeclarationFieldId, type OverviewRow } from '../forms/index.js';
import type { IoProblem } from '../load/discover.js';
import { readDeclaration } from '../load/read.js';
import type { SourceFile } from '../load/source-file.js';
import { copyKeys } from '../analysis/copies.js';
import { allIndicators, fenOf, type Declaration, type DeclarationDraft, type Field, type Goals, type Indicators } from '../model/declaration.js';
import { layoutDeclaration } from '../documents/declaration-layout.js';
import { missingGlyphDiagnostics } from '../documents/glyph-diagnostics.js';
import type { CheckedFile } from '../report/types.js';
import type { ProjectIdentity } from './consistency.js';
import { detached } from '../util/detached.js';

/**
 * All the summary keeps of one project between its two passes: the overview
 * row, the number of pages its form takes (for 共 M 页), and enough to find
 * and recognise the file again. A few hundred bytes, whatever the form's size.
 */
export interface ProjectSummary extends ProjectIdentity {
  /** SHA-256 of the file's bytes: the second pass draws exactly what the first one checked. */
  readonly digest: string;
  readonly row: OverviewRow;
  /** Pages of the project's form. */
  readonly pages: number;
}

export interface CollectOptions {
  readonly checkOptions: (file: string) => CheckOptions;
  /** `--font`; undefined for the bundled font. */
  readonly font?: string;
  /** A file's findings (warnings, or the errors that refuse it), as soon as it is checked. */
  readonly onFindings: (file: CheckedFile) => void;
  readonly onProgress?: (done: number, total: number, file: string) => void;
}

export interface Collected {
  /** Valid declarations every character of which the fonts can draw, in input order. */
  readonly projects: ProjectSummary[];
  /** Every declaration that names its 实施单位, 年度 and 项目名称 (also one with errors): what the cross-file rules compare. */
  readonly identities: ProjectIdentity[];
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  /** Files refused for errors. */
  readonly refused: number;
  /** Files that could not be read. */
  readonly problems: IoProblem[];
}

/**
 * Pass one: check every file, one at a time, and lay out each valid form
 * once to count its pages and find characters no font has. Nothing but the
 * small ProjectSummary of each file is kept.
 */
export function collectProjects(files: readonly string[], options: CollectOptions): Collected {
  const projects: ProjectSummary[] = [];
  const identities: ProjectIdentity[] = [];
  const problems: IoProblem[] = [];
  let checked = 0;
  let errors = 0;
  let warnings = 0;
  let refused = 0;
  files.forEach((file, i) => {
    options.onProgress?.(i, files.length, file);
    const read = readDeclaration(file);
    if ('problem' in read) {
      problems.push(read.problem);
      return;
    }
    checked++;
    // A file over the size limit was not read: its finding (file-limits) is all there is.
    const bytes = 'bytes' in read ? read.bytes : undefined;
    const r: FileResult = bytes ? checkFile(file, bytes, options.checkOptions(file)) : { file, diagnostics: 'diagnostics' in read ? read.diagnostics : [] };
    let diagnostics: readonly Diagnostic[] = r.diagnostics;
    // Also a declaration with other errors takes part in the cross-file rules, so one run shows every problem.
    const identity = r.source && r.draft && identify(file, r.draft, r.source);
    if (identity) identities.push(identity);
    // About to be drawn: what configuration let through but no form can print stops the file (unprintable-amount).
    const before = r.declaration ? applySeverity(checkBeforeDrawing(r.source ?? startOfFile(file), r.declaration), options.checkOptions) : [];
    if (before.length > 0) diagnostics = [...diagnostics, ...before];
    if (r.declaration && identity && bytes && !before.some((d) => d.severity === 'error')) {
      const { layout, missingGlyphs } = layoutDeclaration(r.declaration, options.font === undefined ? {} : { font: options.font });
      if (missingGlyphs.length > 0) {
        diagnostics = [...diagnostics, ...missingGlyphDiagnostics(file, r.source, missingGlyphs)];
      } else {
        projects.push({ ...identity, digest: digestOf(bytes), row: overviewRow(r.declaration), pages: layout.pages.length });
      }
    }
    for (const d of diagnostics) d.severity === 'error' ? errors++ : warnings++;
    if (diagnostics.some((d) => d.severity === 'error')) refused++;
    if (diagnostics.length > 0) options.onFindings({ file, ...(r.text !== undefined && { text: r.text }), diagnostics });
  });
  options.onProgress?.(files.length, files.length, '');
  return { projects, identities, files: checked, errors, warnings, refused, problems };
}

/** 实施单位, 年度 and 项目名称 as written, when the file has them with the right types. */
export function identify(file: string, d: DeclarationDraft, source: SourceFile): ProjectIdentity | undefined {
  const { unit, year, name } = d;
  if (!unit || !year || !name) return undefined;
  return {
    file,
    // Detached: kept until the cross-file rules run, they must not hold the file's text.
    unit: detached(unit.value),
    year: year.value,
    name: detached(name.value),
    spans: { unit: source.locate(unit.path), year: source.locate(year.path), name: source.locate(name.path) },
    ...(d.goals && d.indicators && { content: copyContent(d.goals, d.indicators, source) }),
  };
}

/** Digests of the goal texts and the indicator names, for the cross-file copy rule. */
function copyContent(goals: Goals, indicators: Indicators, source: SourceFile): NonNullable<ProjectIdentity['content']> {
  const texts: [string, Field<string>][] = [...(goals.overall ? [['项目总目标', goals.overall] as [string, Field<string>]] : []), ['年度总体目标', goals.annual]];
  return {
    keys: copyKeys(
      texts.map(([, f]) => f.value),
      allIndicators({ indicators }).map((i) => i.name),
    ),
    goals: texts.map(([label, f]) => ({ label, path: f.path, span: source.locate(f.path, 'key') })),
    indicators: { path: indicators.path, span: source.locate(indicators.path, 'key') },
  };
}

export function digestOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The overview row of a valid declaration: amounts exactly as its form prints them. */
export function overviewRow(d: Declaration): OverviewRow {
  const annual = annualColumn(d);
  const wholeLife = wholeLifeColumn(d);
  const a = d.funds.annual;
  if (!annual || (d.funds.wholeLife && !wholeLife)) throw new Error(`internal: unvalidated amounts in ${d.name.value}`);
  return {
    // Detached: the row is kept until the second pass, it must not hold the file's text.
    name: detached(d.name.value),
    nature: detached(d.nature.value),
    category: detached(d.category.value),
    start: detached(d.start.written),
    end: detached(d.end.written),
    // A one-year project may leave 项目资金总额 out: its whole-life money is this year's.
    total: wholeLife ? totalOf(wholeLife) : totalOf(annual),
    annual: totalOf(annual),
    current: fenOf(a.current)!,
    carryover: fenOf(a.carryover)!,
    other: fenOf(a.other)!,
    unit: d.funds.unit,
    // The texts the project's own form prints (in 万元: as written), for an overview in 万元.
    written: {
      total: printed(d, d.funds.wholeLife ? 'wholeLife.total' : 'annual.total'),
      annual: printed(d, 'annual.total'),
      current: printed(d, 'annual.current'),
      carryover: printed(d, 'annual.carryover'),
      other: printed(d, 'annual.other'),
    },
  };
}

function printed(d: Declaration, field: DeclarationFieldId): string {
  return detached(DECLARATION_FIELDS[field].read(d).text);
}
