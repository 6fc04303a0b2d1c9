import { readLimited } from '../../load/read.js';
import { join } from 'node:path';
import type { CheckOptions } from '../../check/check-file.js';
import { createConfigResolver, type ConfigResolver } from '../../config/resolve.js';
import { text, type Diagnostic } from '../../diagnostics/types.js';
import { FontLoadError } from '../../fonts/load-face.js';
import { loadFontSet } from '../../fonts/font-set.js';
import { summaryTitle } from '../../forms/index.js';
import { decode } from '../../load/decode.js';
import { discover } from '../../load/discover.js';
import { prettyFindings, prettyReporter } from '../../report/pretty.js';
import type { CheckedFile, Counts } from '../../report/types.js';
import { collectProjects } from '../../summary/collect.js';
import { majority, summaryDiagnostics } from '../../summary/consistency.js';
import { projectSheetNames, summaryFileStem } from '../../summary/naming.js';
import { createProgress, progressWanted } from '../../summary/progress.js';
import { SourceChangedError, writeSummary } from '../../summary/write.js';
import { say } from '../check-inputs.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError } from '../errors.js';
import { printProblems, useColor } from '../io.js';
import { resolveLang } from '../lang.js';
import { prepareOutputDir } from '../output-dir.js';
import { reportConfigProblems } from './shared.js';

export interface SummaryCommandOptions {
  readonly output?: string;
  readonly font?: string;
  readonly lang?: string;
  readonly config?: string;
  /** false with --no-progress. */
  readonly progress?: boolean;
}

/**
 * `declare summary`: all of one unit's declarations for one year as one
 * 项目绩效目标汇总表, <实施单位><年度>年度项目绩效目标汇总表.pdf and .xlsx.
 * Projects appear in the order the inputs are found (folders in code-point
 * order of names). Every file must be valid and the files must agree on
 * 实施单位 and 年度 and not repeat a 项目名称; otherwise nothing is written
 * (exit 1). Two passes keep memory flat however many projects there are:
 * the first checks and measures, the second draws one form at a time.
 */
export async function summaryCommand(paths: readonly string[], o: SummaryCommandOptions): Promise<number> {
  const configs = createConfigResolver({ ...(o.config !== undefined && { explicit: o.config }) });
  const lang = resolveLang(o.lang, configs.global.lang);
  if (configs.problems.length > 0) return reportConfigProblems(configs.problems, lang);
  const outDir = o.output!;

  const found = discover(paths);
  if (configs.loadAll(found.files).length > 0) return reportConfigProblems(configs.problems, lang);
  if (found.problems.length > 0) {
    // A summary without one of its files would be wrong without saying so.
    printProblems(found.problems, lang);
    say(lang, '有输入无法读取，未生成汇总表。', 'Some inputs could not be read; no summary was written.');
    return EXIT_USAGE;
  }

  const font = chooseFont(o.font, configs, found.files);
  try {
    // Load (and so check) the font before the long first pass.
    loadFontSet(font === undefined ? {} : { font });
  } catch (e) {
    if (e instanceof FontLoadError) throw new UsageError(e.text);
    throw e;
  }

  const progress = createProgress(process.stderr, progressWanted(o.progress, process.stderr));
  const color = useColor(process.stderr);
  const checkOptions = (file: string): CheckOptions => configs.forFile(file).check;
  const emit = (files: readonly CheckedFile[]) => progress.print(prettyFindings(files, { lang, color }));

  const collected = collectProjects(found.files, {
    checkOptions,
    ...(font !== undefined && { font }),
    onFindings: (f) => emit([f]),
    onProgress: (done, total, file) => progress.update(lang === 'en' ? 'checking' : '检查', done, total, file),
  });
  progress.clear();

  // The cross-file rules, at the lines of the files concerned, with configuration applied as for any rule.
  const cross = applySeverity(summaryDiagnostics(collected.identities), configs);
  if (cross.length > 0) emit(groupByFile(cross));
  const counts: Counts = {
    files: collected.files,
    errors: collected.errors + cross.filter((d) => d.severity === 'error').length,
    warnings: collected.warnings + cross.filter((d) => d.severity === 'warning').length,
  };
  if (counts.errors + counts.warnings > 0) process.stderr.write(prettyReporter([], counts, { lang, color }));
  if (collected.problems.length > 0) {
    printProblems(collected.problems, lang);
    say(lang, '有申报文件无法读取，未生成汇总表。', 'Some declarations could not be read; no summary was written.');
    return EXIT_USAGE;
  }
  if (counts.errors > 0) {
    const apart = new Set(cross.filter((d) => d.severity === 'error').map((d) => d.file)).size;
    const zh = [collected.refused > 0 && `${collected.refused} 个申报文件存在错误`, apart > 0 && `${apart} 个申报文件不能与其他文件汇总在一起`].filter(Boolean);
    const en = [collected.refused > 0 && `${collected.refused} declaration(s) have errors`, apart > 0 && `${apart} declaration(s) cannot be summarised with the others`].filter(Boolean);
    say(lang, `${zh.join('，')}，未生成汇总表。`, `${en.join('; ')}; no summary was written.`);
    return EXIT_FINDINGS;
  }

  const projects = collected.projects;
  const unit = majority(projects.map((p) => p.unit))!.value;
  const year = majority(projects.map((p) => p.year))!.value;
  const title = summaryTitle(unit, year);
  const sheets = projectSheetNames(projects.map((p) => p.name));
  const stem = join(outDir, summaryFileStem(unit, year));
  const pdfPath = `${stem}.pdf`;
  const xlsxPath = `${stem}.xlsx`;
  prepareOutputDir(outDir);

  try {
    await writeSummary({
      title,
      projects: projects.map((p, i) => ({ ...p, sheet: sheets[i]! })),
      pdfPath,
      xlsxPath,
      ...(font !== undefined && { font }),
      checkOptions,
      onProgress: (done, total, name) => progress.update(lang === 'en' ? 'summary' : '汇总', done, total, name),
    });
  } catch (e) {
    throw writeFailure(e);
  } finally {
    progress.clear();
  }
  process.stdout.write(`${pdfPath}\n${xlsxPath}\n`);
  return EXIT_OK;
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
  const list = fonts.map((f) => f ?? '（内置字体）').join('、');
  throw new UsageError(
    text(
      `这些申报文件的配置文件指定了不同的字体（${list}），一份汇总表只能用一种字体：请用 --font 指定。`,
      `The configuration files of these declarations name different fonts (${fonts.map((f) => f ?? '(bundled)').join(', ')}); a summary uses one font: choose it with --font.`,
    ),
  );
}

function applySeverity(ds: readonly Diagnostic[], configs: ConfigResolver): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of ds) {
    const level = configs.forFile(d.file).check.severity?.[d.rule] ?? d.severity;
    if (level !== 'off') out.push(level === d.severity ? d : { ...d, severity: level });
  }
  return out;
}

/** Diagnostics per file, in input order, with the file's text for code frames. */
function groupByFile(ds: readonly Diagnostic[]): CheckedFile[] {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of ds) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  return [...byFile].map(([file, diagnostics]) => {
    const t = readText(file);
    return { file, diagnostics: diagnostics.sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column), ...(t !== undefined && { text: t }) };
  });
}

function readText(file: string): string | undefined {
  const read = readLimited(file);
  if (read.ok !== true) return undefined;
  const d = decode(read.bytes);
  return d.ok ? d.text : undefined;
}

/** The findings of some files as the pretty reporter shows them, without its closing count (printed once at the end). */
function writeFailure(e: unknown): unknown {
  if (e instanceof SourceChangedError) {
    return new UsageError(
      text(
        `申报文件“${e.file}”在生成汇总表的过程中被修改了，已停止，没有写出任何文件。请重新运行。`,
        `"${e.file}" changed while the summary was being written; stopped without writing anything. Run it again.`,
      ),
    );
  }
  if (e instanceof FontLoadError) return new UsageError(e.text);
  const code = (e as NodeJS.ErrnoException)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
    return new UsageError(
      text(`无法写出汇总表（${code}：${(e as Error).message}），没有写出任何文件。`, `Cannot write the summary (${code}: ${(e as Error).message}); nothing was written.`),
    );
  }
  return e;
}
