import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { pathInside } from '../../util/inside.js';
import { createConfigResolver } from '../../config/resolve.js';
import type { Lang } from '../../diagnostics/types.js';
import { formatMessage, type MessageData, type MessageId } from '../../messages/index.js';
import { declarationTemplate } from '../../templates/declaration.js';
import { EXIT_OK, EXIT_USAGE } from '../errors.js';
import { resolveLang } from '../../config/lang.js';
import { reportConfigProblems } from './shared.js';

/**
 * `declare init <项目名称>`: write a commented declaration that passes
 * validation, to <项目名称>.yaml or -o FILE. Never overwrites without --force.
 */
export async function initCommand(name: string, o: Record<string, unknown>): Promise<number> {
  const lang: Lang = resolveLang(undefined, createConfigResolver().global.lang);
  const say = <M extends MessageId<'cli'>>(id: M, data?: MessageData<'cli', M>) => formatMessage(lang, 'cli', id, data as Record<string, unknown> | undefined);
  const fail = <M extends MessageId<'cli'>>(id: M, data?: MessageData<'cli', M>) => {
    process.stderr.write(`declare: ${say(id, data)}\n`);
    return EXIT_USAGE;
  };

  const projectName = name.trim();
  if (projectName === '' || /[\u0000-\u001f\u007f]/u.test(projectName)) {
    return fail('init-bad-name');
  }
  const output = o.output as string | undefined;
  if (output === undefined && /[\\/:*?"<>|]/u.test(projectName)) {
    return fail('init-bad-file-name', { name: projectName });
  }
  const target = resolve(output ?? `${projectName}.yaml`);
  // The unit's 实施单位, 主管部门 and 年度 from the declare.config.yaml that will apply to the new file, so it joins the unit's summary.
  const configs = createConfigResolver();
  const config = configs.forFile(target);
  if (configs.problems.length > 0) return reportConfigProblems(configs.problems, lang);
  // Named relative to the new file, as its comment reads from there.
  const unit = config.init && config.file ? { ...config.init, source: relative(dirname(target), resolve(config.file)).split(sep).join('/') } : undefined;
  const year = (o.year as number | undefined) ?? unit?.年度 ?? new Date().getFullYear() + 1;
  if (year < 1000 || year > 9999) return fail('init-bad-year', { year });

  const shown = displayPath(target);
  if (existsSync(target)) {
    if (statSync(target).isDirectory()) return fail('init-folder', { file: shown });
    if (!o.force) return fail('init-exists', { file: shown });
  }

  const text = declarationTemplate({ name: projectName, year, fileName: shown, ...(unit && { unit }) });
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text, { flag: o.force ? 'w' : 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    return fail('init-cannot-write', { file: shown, code });
  }
  process.stdout.write(say('init-done', { file: shown, year, ...(unit && { fields: Object.keys(config.init!), config: config.file! }) }) + '\n');
  return EXIT_OK;
}

function displayPath(abs: string): string {
  return pathInside(process.cwd(), abs) || abs || basename(abs);
}
