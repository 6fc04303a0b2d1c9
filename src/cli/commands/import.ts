import { existsSync, readdirSync, statSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { Chalk } from 'chalk';
import { checkFile } from '../../check/check-file.js';
import { createConfigResolver } from '../../config/resolve.js';
import type { Diagnostic, Lang } from '../../diagnostics/types.js';
import { bothLanguages, formatMessage } from '../../messages/index.js';
import { display, ioProblem, type IoProblem } from '../../load/discover.js';
import type { ImportMessage } from '../../import/index.js';
import { MAX_DOCUMENT_BYTES } from '../../load/limits.js';
import { readInput } from '../../load/read.js';
import { temporaryPathFor, trackTemporary, untrackTemporary } from '../../util/temp-files.js';
import { printDiagnostics, say } from '../check-inputs.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError } from '../errors.js';
import { printProblems, useColor } from '../io.js';
import { resolveLang } from '../../config/lang.js';
import { prepareOutputDir } from '../output-dir.js';
import { reportConfigProblems } from './shared.js';

export interface ImportCommandOptions {
  readonly output?: string;
  readonly force?: boolean;
  readonly lang?: string;
  readonly config?: string;
}

/** Documents import looks at in a folder. */
const DOCUMENT = /\.(xlsx|xlsm|pdf|xls|et)$/i;

interface Planned {
  readonly source: string;
  readonly target: string;
  readonly text: string;
  readonly unreadable: readonly { readonly where: string; readonly message: ImportMessage }[];
}

/**
 * `declare import`: each form in the given XLSX and PDF files becomes a
 * declaration in the output folder, named after its 项目名称. Files are
 * written together (all of them, or none when one cannot be written),
 * never over an existing file without --force; then each is validated and
 * its findings printed. Exit 1 when anything could not be read or a
 * written file has errors, 2 when the command itself could not run.
 */
export async function importCommand(paths: readonly string[], o: ImportCommandOptions): Promise<number> {
  const configs = createConfigResolver({ ...(o.config !== undefined && { explicit: o.config }) });
  const lang = resolveLang(o.lang, configs.global.lang);
  if (configs.problems.length > 0) return reportConfigProblems(configs.problems, lang);
  const outDir = o.output!;

  const { files, problems } = documents(paths);
  const { importDocument, declarationYaml, safeFileName, describeWhere, unreadableText } = await import('../../import/index.js');
  const amounts = configs.global.fmt?.amounts;

  const planned: Planned[] = [];
  const refused: { file: string; message: ImportMessage }[] = [];
  const taken = new Set<string>();
  for (const file of files) {
    // A FIFO or /dev/zero named on the command line is refused, never read forever; so is a file over the limit.
    const read = readInput(file, MAX_DOCUMENT_BYTES);
    if ('problem' in read) {
      problems.push(read.problem);
      continue;
    }
    const bytes = read.bytes;
    const result = await importDocument(bytes);
    if (!result.ok) {
      refused.push({ file, message: result.message });
      continue;
    }
    result.forms.forEach((draft, i) => {
      const written = declarationYaml(draft, amounts !== undefined ? { amounts } : {});
      const stem = uniqueName(safeFileName(written.name ?? '', `${basename(file, extname(file))}-${i + 1}`), taken);
      planned.push({
        source: file,
        target: join(outDir, `${stem}.yaml`),
        text: written.text,
        unreadable: written.unreadable.map((u) => ({ where: u.where ? describeWhere(u.where, lang) : '', message: u.message })),
      });
    });
  }

  if (planned.length > 0) {
    prepareOutputDir(outDir);
    const existing = planned.filter((p) => existsSync(p.target)).map((p) => display(resolve(p.target)));
    if (existing.length > 0 && !o.force) {
      throw new UsageError(
        bothLanguages('cli', 'import-exists', { files: existing }),
      );
    }
    await writeAll(planned);
    for (const p of planned) process.stdout.write(`${p.target}\n`);
  }

  // What could not be read, then what validate says about the files written.
  const c = new Chalk({ level: useColor(process.stderr) ? 1 : 0 });
  for (const r of refused) process.stderr.write(`${c.bold(r.file)} ${c.red.bold(formatMessage(lang, 'report', 'error'))} ${c.cyan('import-unreadable')}\n  ${unreadableText(r.message, lang)}\n\n`);
  let unreadable = 0;
  for (const p of planned) {
    for (const u of p.unreadable) {
      unreadable++;
      const line = lineOf(p.text, unreadableText(u.message));
      const at = `${p.source}${u.where ? ` › ${u.where}` : ''}`;
      const note = formatMessage(lang, 'cli', 'import-marked', { target: p.target, ...(line !== undefined && { line }) });
      process.stderr.write(`${c.bold(at)} ${c.yellow.bold(formatMessage(lang, 'report', 'warning'))} ${c.cyan('import-unreadable')}\n  ${unreadableText(u.message, lang)}\n  ${c.dim(note)}\n\n`);
    }
  }
  const checked = planned.map((p) => {
    const r = checkFile(p.target, Buffer.from(p.text, 'utf8'), configs.forFile(p.target).check);
    return { file: p.target, text: p.text, diagnostics: r.diagnostics };
  });
  if (checked.length > 0) printDiagnostics(checked, lang);
  printProblems(problems, lang);

  const errors = checked.reduce((a, f) => a + f.diagnostics.filter((d: Diagnostic) => d.severity === 'error').length, 0);
  summary(lang, planned.length, files.length, refused.length, unreadable, errors);
  if (problems.length > 0) return EXIT_USAGE;
  return refused.length + unreadable + errors > 0 ? EXIT_FINDINGS : EXIT_OK;
}

function summary(lang: Lang, written: number, documents: number, refused: number, unreadable: number, errors: number): void {
  say(lang, { messageId: 'import-summary', data: { written, documents, refused, unreadable, errors } });
}

/** Files as given; folders searched (recursively, in name order) for workbooks and PDFs. */
function documents(paths: readonly string[]): { files: string[]; problems: IoProblem[] } {
  const files: string[] = [];
  const problems: IoProblem[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const p = join(dir, name);
      const st = statSync(p, { throwIfNoEntry: false });
      if (st?.isDirectory()) walk(p);
      else if (st?.isFile() && DOCUMENT.test(name) && !name.startsWith('~$')) files.push(p);
    }
  };
  for (const p of paths) {
    try {
      if (statSync(p).isDirectory()) {
        const before = files.length;
        walk(p);
        if (files.length === before) problems.push({ path: p, message: bothLanguages('cli', 'import-folder-empty', { folder: p }) });
      } else files.push(p);
    } catch (e) {
      problems.push(ioProblem(p, e));
    }
  }
  return { files, problems };
}

/** `名称`, then `名称(2)`, `名称(3)`… — compared as file systems that ignore case and width would. */
function uniqueName(stem: string, taken: Set<string>): string {
  const key = (s: string) => s.normalize('NFKC').toLowerCase();
  let name = stem;
  for (let i = 2; taken.has(key(name)); i++) name = `${stem}(${i})`;
  taken.add(key(name));
  return name;
}

/**
 * Every file is first written in full beside its target, then all are
 * renamed into place: a full disk or a permission problem leaves no file
 * half-written and none of the set written (temporary files are removed,
 * also on Ctrl-C).
 */
async function writeAll(planned: readonly Planned[]): Promise<void> {
  const staged: { tmp: string; target: string }[] = [];
  try {
    for (const p of planned) {
      const tmp = temporaryPathFor(p.target);
      trackTemporary(tmp);
      staged.push({ tmp, target: p.target });
      await writeFile(tmp, p.text, { flag: 'wx' });
    }
    for (const s of staged) await rename(s.tmp, s.target);
  } catch (e) {
    for (const s of staged) await rm(s.tmp, { force: true }).catch(() => undefined);
    throw new UsageError(
      bothLanguages('cli', 'import-write-failed', { code: (e as NodeJS.ErrnoException).code ?? String(e) }),
    );
  } finally {
    for (const s of staged) untrackTemporary(s.tmp);
  }
}

function lineOf(text: string, needle: string): number | undefined {
  const i = text.split('\n').findIndex((l) => l.includes(`未能识别：${needle}`));
  return i < 0 ? undefined : i + 1;
}
