import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { pathInside } from '../../util/inside.js';
import { createConfigResolver } from '../../config/resolve.js';
import type { Lang } from '../../diagnostics/types.js';
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
  const zh = lang === 'zh';
  const fail = (zhText: string, enText: string) => {
    process.stderr.write(`declare: ${zh ? zhText : enText}\n`);
    return EXIT_USAGE;
  };

  const projectName = name.trim();
  if (projectName === '' || /[\u0000-\u001f\u007f]/u.test(projectName)) {
    return fail('项目名称不能为空，也不能含有控制字符。', 'The project name must not be empty or contain control characters.');
  }
  const output = o.output as string | undefined;
  if (output === undefined && /[\\/:*?"<>|]/u.test(projectName)) {
    return fail(
      `项目名称“${projectName}”含有不能用在文件名中的字符（\\ / : * ? " < > |）。请用 -o 指定文件名，如 -o 项目.yaml。`,
      `The project name "${projectName}" contains characters that cannot be used in a file name (\\ / : * ? " < > |). Name the file with -o, e.g. -o project.yaml.`,
    );
  }
  const target = resolve(output ?? `${projectName}.yaml`);
  // The unit's 实施单位, 主管部门 and 年度 from the declare.config.yaml that will apply to the new file, so it joins the unit's summary.
  const configs = createConfigResolver();
  const config = configs.forFile(target);
  if (configs.problems.length > 0) return reportConfigProblems(configs.problems, lang);
  // Named relative to the new file, as its comment reads from there.
  const unit = config.init && config.file ? { ...config.init, source: relative(dirname(target), resolve(config.file)).split(sep).join('/') } : undefined;
  const year = (o.year as number | undefined) ?? unit?.年度 ?? new Date().getFullYear() + 1;
  if (year < 1000 || year > 9999) return fail(`年度应为四位数字，这里是 ${year}。`, `The year must have four digits, not ${year}.`);

  const shown = displayPath(target);
  if (existsSync(target)) {
    if (statSync(target).isDirectory()) return fail(`“${shown}”是文件夹。请用 -o 指定一个文件名。`, `"${shown}" is a folder. Give a file name with -o.`);
    if (!o.force) return fail(`“${shown}”已存在，没有覆盖。要覆盖请加 --force，或用 -o 指定另一个文件名。`, `"${shown}" already exists and was not overwritten. Add --force to overwrite it, or choose another name with -o.`);
  }

  const text = declarationTemplate({ name: projectName, year, fileName: shown, ...(unit && { unit }) });
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text, { flag: o.force ? 'w' : 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    return fail(`无法写入“${shown}”（${code}）。`, `Cannot write "${shown}" (${code}).`);
  }
  process.stdout.write(
    zh
      ? `已生成 ${shown}（${year}年度${unit ? `；${Object.keys(config.init!).join('、')}取自 ${config.file}` : ''}）。请按注释把示例内容改成本项目的实际情况，然后运行：npx declare validate ${shown}\n`
      : `Wrote ${shown} (year ${year}${unit ? `; ${Object.keys(config.init!).join(', ')} from ${config.file}` : ''}). Replace the sample values as the comments say, then run: npx declare validate ${shown}\n`,
  );
  return EXIT_OK;
}

function displayPath(abs: string): string {
  return pathInside(process.cwd(), abs) || abs || basename(abs);
}
