import type { SystemId } from '../../analysis/indicator-system.js';
import { createConfigResolver } from '../../config/resolve.js';
import { prettyFindings, prettyReporter } from '../../report/pretty.js';
import { createProgress, progressWanted } from '../../summary/progress.js';
import { say } from '../check-inputs.js';
import { formatMessage } from '../../messages/index.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError } from '../errors.js';
import { printProblems, useColor } from '../io.js';
import { resolveLang } from '../../config/lang.js';
import { runDate } from './render.js';
import { reportConfigProblems } from './shared.js';

export interface SummaryCommandOptions {
  readonly output?: string;
  readonly font?: string;
  readonly lang?: string;
  readonly config?: string;
  /** `--profile`: the indicator system, over the configuration's. */
  readonly profile?: SystemId;
  /** false with --no-progress. */
  readonly progress?: boolean;
  /** --overview, --page-numbers */
  readonly overview?: boolean;
  readonly pageNumbers?: boolean;
}

/**
 * `declare summary`: src/api/summarize.ts does the work; this shows its
 * findings as they come (above a progress bar on a terminal), says what
 * happened and chooses the exit code.
 */
export async function summaryCommand(paths: readonly string[], o: SummaryCommandOptions): Promise<number> {
  const configs = createConfigResolver({ ...(o.config !== undefined && { explicit: o.config }), ...(o.profile !== undefined && { profile: o.profile }) });
  const lang = resolveLang(o.lang, configs.global.lang);
  const { summarize, FontConflictError, FontLoadError, OutputError, SourceChangedError, sourceChangedText } = await import('../../api/summarize.js');

  const date = runDate();
  const progress = createProgress(process.stderr, progressWanted(o.progress, process.stderr));
  const color = useColor(process.stderr);
  const label = { check: formatMessage(lang, 'cli', 'summary-progress-check'), write: formatMessage(lang, 'cli', 'summary-progress-write') };
  let result;
  try {
    result = await summarize(paths, {
      outDir: o.output!,
      configs,
      date,
      ...(o.font !== undefined && { font: o.font }),
      ...(o.overview !== undefined && { overview: o.overview }),
      ...(o.pageNumbers !== undefined && { pageNumbers: o.pageNumbers }),
      onFindings: (f) => progress.print(prettyFindings([f], { lang, color })),
      onChecked: (counts) => {
        progress.clear();
        if (counts.errors + counts.warnings > 0) process.stderr.write(prettyReporter([], counts, { lang, color }));
      },
      onProgress: (phase, done, total, detail) => progress.update(label[phase], done, total, detail),
    });
  } catch (e) {
    if (e instanceof SourceChangedError) throw new UsageError(sourceChangedText(e));
    if (e instanceof FontLoadError || e instanceof FontConflictError || e instanceof OutputError) throw new UsageError(e.text);
    throw e;
  } finally {
    progress.clear();
  }

  switch (result.kind) {
    case 'config-problems':
      return reportConfigProblems(result.problems, lang);
    case 'unreadable':
      printProblems(result.problems, lang);
      if (result.phase === 'find') say(lang, { messageId: 'summary-unreadable-inputs' });
      else say(lang, { messageId: 'summary-unreadable-declarations' });
      return EXIT_USAGE;
    case 'refused': {
      say(lang, { messageId: 'summary-refused', data: { refused: result.refused, apart: result.apart } });
      return EXIT_FINDINGS;
    }
    case 'written':
      process.stdout.write(`${result.pdf}\n${result.xlsx}\n`);
      return EXIT_OK;
  }
}
