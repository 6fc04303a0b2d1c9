import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { pick } from '../diagnostics/types.js';
import { EXIT_USAGE, UsageError } from './errors.js';
import { resolveLang } from './lang.js';

/**
 * The command line. Each command's module is imported only when that command
 * runs, so `declare --help` never loads zod, yaml, pdfkit or fonts.
 */
export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command('declare')
    .description('财政项目支出绩效目标申报表编译器：校验申报文件，生成申报表（PDF/XLSX）和项目绩效目标汇总表。')
    .version(VERSION, '-V, --version', '显示版本号')
    .helpOption('-h, --help', '显示帮助')
    .helpCommand('help [命令]', '显示某个命令的帮助')
    .showHelpAfterError('（用 --help 查看用法）')
    .exitOverride()
    .configureOutput({ outputError: (s, write) => write(translateCommanderError(s)) });

  let exit = 0;
  const langOption = () => new Option('--lang <语言>', '消息语言：zh（中文，默认）或 en').choices(['zh', 'en']);

  program
    .command('validate')
    .description('校验申报文件（可混合传入文件和文件夹，文件夹递归查找 *.yaml / *.yml）')
    .argument('<路径...>', '申报文件或文件夹')
    .addOption(new Option('-f, --format <格式>', '输出格式').choices(['pretty', 'json']).default('pretty'))
    .addOption(langOption())
    .option('--max-warnings <数量>', '警告超过该数量时以退出码 1 结束（与 ESLint 相同）', nonNegativeInt)
    .option('-q, --quiet', '只报告错误，不显示警告')
    .action(async (paths: string[], o: { format: string; lang?: string; maxWarnings?: number; quiet?: boolean }) => {
      const { validate } = await import('./commands/validate.js');
      exit = await validate(paths, { format: o.format, lang: resolveLang(o.lang), ...(o.maxWarnings !== undefined && { maxWarnings: o.maxWarnings }), ...(o.quiet && { quiet: true }) });
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exit;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here too, successfully.
      return e.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`declare: ${pick(e.text, resolveLang(undefined))}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
}

const VERSION = '0.1.0';

function nonNegativeInt(v: string): number {
  if (!/^\d+$/.test(v)) throw new InvalidArgumentError('应为非负整数。');
  return Number(v);
}

/** Commander speaks English; our users read Chinese first. */
function translateCommanderError(s: string): string {
  const rules: [RegExp, (...m: string[]) => string][] = [
    [/^error: unknown option '(.*)'/, (o) => `用法错误：未知选项 ${o}`],
    [/^error: unknown command '(.*)'/, (c) => `用法错误：未知命令 ${c}（可用命令见 npx declare --help）`],
    [/^error: missing required argument '(.*)'/, (a) => `用法错误：缺少参数 <${a}>`],
    [/^error: option '(.*)' argument missing/, (o) => `用法错误：选项 ${o} 缺少取值`],
    [/^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\./, (o, v, c) => `用法错误：选项 ${o} 的取值“${v}”无效，可选：${c}`],
    [/^error: option '(.*)' argument '(.*)' is invalid\. (.*)/, (o, v, why) => `用法错误：选项 ${o} 的取值“${v}”无效：${why}`],
    [/^error: too many arguments/, () => '用法错误：参数过多'],
  ];
  for (const [re, f] of rules) {
    const m = re.exec(s);
    if (m) return `${f(...m.slice(1))}\n（${s.trim().replace(/^error: /, '')}）\n`;
  }
  return s;
}
