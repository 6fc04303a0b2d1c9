import { chmodSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { Chalk } from 'chalk';
import { createConfigResolver } from '../../config/resolve.js';
import { formatDeclaration, unifiedDiff } from '../../fmt/index.js';
import { discover, ioProblem, type IoProblem } from '../../load/discover.js';
import { writeFileAtomic } from '../../util/atomic-write.js';
import { printDiagnostics, say } from '../check-inputs.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from '../errors.js';
import { printProblems, useColor } from '../io.js';
import { resolveLang } from '../../config/lang.js';
import { pick } from '../../diagnostics/types.js';
import { reportConfigProblems } from './shared.js';

export interface FmtCommandOptions {
  /** List the files that would change and exit 1 if any; write nothing. */
  readonly check?: boolean;
  /** Print the changes as a unified diff; write nothing. */
  readonly diff?: boolean;
  readonly lang?: string;
  readonly config?: string;
}

/**
 * `declare fmt`: rewrite declarations in the canonical shape. Changed files
 * are replaced atomically and listed on stdout; with --check or --diff
 * nothing is written and the exit code says whether anything would change
 * (1) — for CI and pre-commit. A file that cannot be formatted safely (YAML
 * errors, or a result that would not mean the same) is left alone and
 * reported: exit 1. Unreadable paths: exit 2.
 */
export async function fmtCommand(paths: readonly string[], o: FmtCommandOptions): Promise<number> {
  const configs = createConfigResolver({ ...(o.config !== undefined && { explicit: o.config }) });
  const lang = resolveLang(o.lang, configs.global.lang);
  if (configs.problems.length > 0) return reportConfigProblems(configs.problems, lang);
  const found = discover(paths);
  if (configs.loadAll(found.files).length > 0) return reportConfigProblems(configs.problems, lang);
  const dryRun = Boolean(o.check || o.diff);
  const color = new Chalk({ level: useColor(process.stdout) ? 1 : 0 });

  const problems: IoProblem[] = [...found.problems];
  const writeFailures: IoProblem[] = [];
  const refused: { file: string; text?: string; diagnostics: Parameters<typeof printDiagnostics>[0][number]['diagnostics'] }[] = [];
  let changed = 0;
  let unchanged = 0;
  for (const file of found.files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      problems.push(ioProblem(file, e));
      continue;
    }
    const amounts = configs.forFile(file).fmt?.amounts;
    const r = formatDeclaration(file, bytes, amounts === undefined ? {} : { amounts });
    if (!r.ok) {
      refused.push({ file, ...(r.text !== undefined && { text: r.text }), diagnostics: r.diagnostics });
      continue;
    }
    if (!r.changed) {
      unchanged++;
      continue;
    }
    changed++;
    if (o.diff) process.stdout.write(colorDiff(unifiedDiff(file, bytes.toString('utf8'), r.text), color));
    else if (o.check) process.stdout.write(`${file}\n`);
    if (dryRun) continue;
    try {
      await replaceFile(file, r.text);
    } catch (e) {
      writeFailures.push(writeProblem(file, e));
      continue;
    }
    process.stdout.write(`${file}\n`);
  }

  if (refused.length > 0) printDiagnostics(refused, lang);
  printProblems(problems, lang);
  for (const p of writeFailures) process.stderr.write(`declare: ${pick(p.message, lang)}\n`);
  const total = changed + unchanged + refused.length;
  if (dryRun) {
    if (changed > 0) {
      say(lang, { messageId: 'fmt-check-changed', data: { changed, total, paths: paths.join(' ') } });
    } else if (total > 0 && refused.length === 0) say(lang, { messageId: 'fmt-check-clean', data: { total } });
  } else if (total > 0) {
    say(lang, { messageId: 'fmt-done', data: { changed, unchanged } });
  }
  if (refused.length > 0) say(lang, { messageId: 'fmt-refused-count', data: { count: refused.length } });
  if (problems.length + writeFailures.length > 0) return EXIT_USAGE;
  return refused.length > 0 || (dryRun && changed > 0) ? EXIT_FINDINGS : EXIT_OK;
}

/** Atomically, through a symbolic link to the file it points at, keeping the file's permissions. */
async function replaceFile(file: string, content: string): Promise<void> {
  const target = realpathSync(file);
  const mode = statSync(target).mode & 0o7777;
  await writeFileAtomic(target, content);
  chmodSync(target, mode);
}

function writeProblem(file: string, e: unknown): IoProblem {
  const p = ioProblem(file, e);
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return { path: p.path, message: { zh: `无法写入“${file}”（${code}）：没有写权限。`, en: `Cannot write "${file}" (${code}): permission denied.` } };
  }
  if (code === 'ENOSPC') return { path: p.path, message: { zh: `无法写入“${file}”：磁盘已满，原文件未改动。`, en: `Cannot write "${file}": the disk is full; the file is unchanged.` } };
  return p;
}

function colorDiff(diff: string, c: InstanceType<typeof Chalk>): string {
  return diff
    .split('\n')
    .map((l) => (l.startsWith('+++') || l.startsWith('---') ? c.bold(l) : l.startsWith('+') ? c.green(l) : l.startsWith('-') ? c.red(l) : l.startsWith('@@') ? c.cyan(l) : l))
    .join('\n');
}
