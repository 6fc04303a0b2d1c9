import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { pathInside } from '../../util/inside.js';
import { createConfigResolver } from '../../config/resolve.js';
import type { Lang } from '../../diagnostics/types.js';
import { formatMessage, type MessageData, type MessageId } from '../../messages/index.js';
import { declarationTemplate } from '../../templates/declaration.js';
import { EXIT_OK, EXIT_USAGE } from '../errors.js';
import { resolveLang } from '../../config/lang.js';

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
  const year = (o.year as number | undefined) ?? new Date().getFullYear() + 1;
  if (year < 1000 || year > 9999) return fail('init-bad-year', { year });

  const target = resolve(output ?? `${projectName}.yaml`);
  const shown = displayPath(target);
  if (existsSync(target)) {
    if (statSync(target).isDirectory()) return fail('init-folder', { file: shown });
    if (!o.force) return fail('init-exists', { file: shown });
  }

  const text = declarationTemplate({ name: projectName, year, fileName: shown });
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text, { flag: o.force ? 'w' : 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    return fail('init-cannot-write', { file: shown, code });
  }
  process.stdout.write(say('init-done', { file: shown, year }) + '\n');
  return EXIT_OK;
}

function displayPath(abs: string): string {
  return pathInside(process.cwd(), abs) || abs || basename(abs);
}
