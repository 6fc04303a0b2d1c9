import type { SystemId } from '../../analysis/indicator-system.js';
import { basename, extname, join } from 'node:path';
import { createConfigResolver } from '../../config/resolve.js';
import { pick } from '../../diagnostics/types.js';
import { bothLanguages } from '../../messages/index.js';
import { visibleName } from '../../summary/naming.js';
import { DocumentDateError, documentDate } from '../../writers/document-date.js';
import { checkInputs, printDiagnostics, say } from '../check-inputs.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError } from '../errors.js';
import { resolveLang } from '../../config/lang.js';
import { reportConfigProblems } from './shared.js';

export interface RenderCommandOptions {
  readonly output?: string;
  readonly pdf?: boolean;
  readonly xlsx?: boolean;
  readonly font?: string;
  readonly lang?: string;
  readonly config?: string;
  /** --page-numbers */
  readonly pageNumbers?: boolean;
  /** `--profile`: the indicator system, over the configuration's. */
  readonly profile?: SystemId;
}

/**
 * `declare render`: each valid declaration becomes <name>.pdf and <name>.xlsx
 * (src/api/render.ts does the work). A declaration with errors is refused
 * (exit 1) with the same diagnostics as validate; the others are still
 * rendered. A pair that cannot be written is reported (exit 2) and the
 * others are still written.
 */
export async function renderCommand(paths: readonly string[], o: RenderCommandOptions): Promise<number> {
  const configs = createConfigResolver({ ...(o.config !== undefined && { explicit: o.config }), ...(o.profile !== undefined && { profile: o.profile }) });
  const lang = resolveLang(o.lang, configs.global.lang);
  if (configs.problems.length > 0) return reportConfigProblems(configs.problems, lang);
  const outDir = o.output!;
  const both = !o.pdf && !o.xlsx;
  const date = runDate();

  const { checked, ioFailed } = checkInputs(paths, configs, lang);
  if (ioFailed && checked.length === 0) return EXIT_USAGE;
  const valid = checked.filter((c) => c.declaration);
  assertDistinctNames(valid.map((c) => c.file));
  const { renderToFiles, FontLoadError, OutputError } = await import('../../api/render.js');
  const { prepareOutputDir } = await import('../../writers/output-dir.js');
  try {
    await prepareOutputDir(outDir);
  } catch (e) {
    if (e instanceof OutputError) throw new UsageError(e.text);
    throw e;
  }
  const { missingGlyphDiagnostics } = await import('../../documents/glyph-diagnostics.js');
  let failed = checked.length - valid.length;
  let unwritten = 0;
  for (const c of valid) {
    const font = o.font ?? configs.forFile(c.file).font;
    const stem = join(outDir, outputStem(c.file));
    const targets = { ...((o.pdf || both) && { pdf: `${stem}.pdf` }), ...((o.xlsx || both) && { xlsx: `${stem}.xlsx` }) };
    let result;
    try {
      const pageNumbers = o.pageNumbers ?? configs.forFile(c.file).pageNumbers ?? false;
      result = await renderToFiles(c.declaration!, targets, { ...(font !== undefined && { font }), pageNumbers, date });
    } catch (e) {
      if (e instanceof FontLoadError) throw new UsageError(e.text);
      if (!(e instanceof OutputError)) throw e;
      process.stderr.write(`declare: ${pick(e.text, lang)}\n`);
      unwritten++;
      continue;
    }
    if (result.missingGlyphs.length > 0) {
      printDiagnostics([{ file: c.file, ...(c.text !== undefined && { text: c.text }), diagnostics: missingGlyphDiagnostics(c.file, c.source, result.missingGlyphs) }], lang);
      failed++;
      continue;
    }
    for (const path of result.written) process.stdout.write(`${path}\n`);
  }
  if (failed > 0) say(lang, { messageId: 'render-failed', data: { count: failed } });
  if (ioFailed || unwritten > 0) return EXIT_USAGE;
  return failed > 0 ? EXIT_FINDINGS : EXIT_OK;
}

/** An output's name from its input's: never hidden (a leading dot would hide it on Linux and macOS). */
export function outputStem(file: string): string {
  return visibleName(basename(file, extname(file)));
}

/** The documents' date (SOURCE_DATE_EPOCH), checked before any work: a bad one is a usage error. */
export function runDate(): Date {
  try {
    return documentDate();
  } catch (e) {
    if (e instanceof DocumentDateError) throw new UsageError(e.text);
    throw e;
  }
}

/** Two inputs named alike in different folders would overwrite each other's output: refuse before writing. */
function assertDistinctNames(files: readonly string[]): void {
  const byStem = new Map<string, string[]>();
  for (const f of files) byStem.set(outputStem(f), [...(byStem.get(outputStem(f)) ?? []), f]);
  const clashes = [...byStem.values()].filter((fs) => fs.length > 1);
  if (clashes.length === 0) return;
  const list = clashes.map((fs) => fs.join('、')).join('；');
  throw new UsageError(bothLanguages('cli', 'render-same-output', { list }));
}
