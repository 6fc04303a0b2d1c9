import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { pick } from '../diagnostics/types.js';
import { EXIT_USAGE, UsageError } from './errors.js';
import { translateCommanderError } from './commander-zh.js';
import { packageVersion } from '../util/package-root.js';

/**
 * The command line. Each command's module is imported only when that command
 * runs, so `declare --help` never loads zod, yaml, pdfkit or fonts.
 */
export async function main(argv: readonly string[]): Promise<number> {
  let exit = 0;
  const program = new Command('declare')
    .description('财政项目支出绩效目标申报表编译器：校验申报文件，生成申报表（PDF/XLSX）和项目绩效目标汇总表。\n在 bash 中请用 npx declare 或 declare-cli（declare 是 bash 的内置命令）。')
    .version(packageVersion(), '-V, --version', '显示版本号')
    .helpOption('-h, --help', '显示帮助')
    .helpCommand('help [命令]', '显示某个命令的帮助')
    .showHelpAfterError('（用 --help 查看用法）')
    .exitOverride()
    .configureOutput({ outputError: (s, write) => write(translateCommanderError(s)) });

  const lang = () => new Option('--lang <语言>', '消息语言：zh（中文，默认）或 en').choices(['zh', 'en']);
  const config = () => new Option('-c, --config <文件>', '使用指定的配置文件（默认从每个申报文件所在目录向上查找 declare.config.yaml）');
  const font = () => new Option('--font <字体文件>', '使用指定的 TTF/OTF/TTC 字体（如 SimSun）；缺字时回退到内置的思源宋体');
  const commandOf = (name: string) =>
    program
      .command(name)
      .helpOption('-h, --help', '显示帮助')
      .exitOverride()
      .configureOutput({ outputError: (s, write) => write(translateCommanderError(s)) });

  commandOf('validate')
    .description('校验申报文件（可混合传入文件和文件夹，文件夹递归查找 *.yaml / *.yml）')
    .argument('<路径...>', '申报文件或文件夹')
    .addOption(new Option('-f, --format <格式>', '输出格式').choices(['pretty', 'json', 'github', 'sarif', 'gitlab']).default('pretty'))
    .addOption(lang())
    .addOption(config())
    .option('--max-warnings <数量>', '警告超过该数量时以退出码 1 结束（与 ESLint 相同）', nonNegativeInt)
    .option('-q, --quiet', '只报告错误，不显示警告')
    .action(async (paths: string[], o: Record<string, unknown>) => {
      exit = await (await import('./commands/validate.js')).validateCommand(paths, o);
    });

  commandOf('render')
    .description('把申报文件生成为官方格式的申报表：<文件名>.pdf 和 <文件名>.xlsx')
    .argument('<路径...>', '申报文件或文件夹')
    .requiredOption('-o, --output <文件夹>', '输出文件夹（不存在时自动创建）')
    .option('--pdf', '只生成 PDF')
    .option('--xlsx', '只生成 XLSX')
    .addOption(font())
    .addOption(lang())
    .addOption(config())
    .action(async (paths: string[], o: Record<string, unknown>) => {
      exit = await (await import('./commands/render.js')).renderCommand(paths, o);
    });

  commandOf('summary')
    .description('把一个单位的全部申报文件汇总为《项目绩效目标汇总表》（PDF 和 XLSX）')
    .argument('<路径...>', '申报文件或文件夹')
    .requiredOption('-o, --output <文件夹>', '输出文件夹（不存在时自动创建）')
    .addOption(font())
    .addOption(lang())
    .addOption(config())
    .option('--no-progress', '不显示进度条')
    .action(async (paths: string[], o: Record<string, unknown>) => {
      exit = await (await import('./commands/summary.js')).summaryCommand(paths, o);
    });

  commandOf('import')
    .description('把已有的申报表（XLSX 或带文字的 PDF，含汇总表）导入为 YAML 申报文件，每张表一个文件，并立即校验')
    .argument('<文件...>', 'XLSX 或 PDF 文件，或包含它们的文件夹')
    .requiredOption('-o, --output <文件夹>', '输出文件夹（不存在时自动创建）')
    .option('--force', '覆盖输出文件夹中已存在的同名文件')
    .addOption(lang())
    .addOption(config())
    .action(async (paths: string[], o: Record<string, unknown>) => {
      exit = await (await import('./commands/import.js')).importCommand(paths, o);
    });

  commandOf('fmt')
    .description('把申报文件改写为统一的格式（键的顺序、缩进、引号、≥/≤、金额写法），保留全部注释，不改变任何取值的含义')
    .argument('<路径...>', '申报文件或文件夹')
    .option('--check', '只检查不改写：列出需要格式化的文件，有则以退出码 1 结束（用于 CI 和 pre-commit）')
    .option('--diff', '只显示将要做的改动（统一 diff 格式），不改写文件')
    .addOption(lang())
    .addOption(config())
    .action(async (paths: string[], o: Record<string, unknown>) => {
      exit = await (await import('./commands/fmt.js')).fmtCommand(paths, o);
    });

  commandOf('rules')
    .description('列出全部校验规则：编号、默认级别和说明')
    .addOption(lang())
    .action(async (o: Record<string, unknown>) => {
      exit = await (await import('./commands/rules.js')).rulesCommand(o);
    });

  commandOf('explain')
    .description('显示一条规则的完整说明，以及错误和正确的示例')
    .argument('<规则编号>', '如 fund-annual-sum')
    .addOption(lang())
    .action(async (id: string, o: Record<string, unknown>) => {
      exit = await (await import('./commands/explain.js')).explainCommand(id, o);
    });

  commandOf('init')
    .description('生成一份带中文注释、可以直接通过校验的申报文件模板')
    .argument('<项目名称>', '新项目的名称，也用作文件名')
    .option('-o, --output <文件>', '输出文件（默认 <项目名称>.yaml）')
    .option('--year <年度>', '申报年度（默认为明年）', positiveInt)
    .option('--force', '覆盖已存在的文件')
    .action(async (name: string, o: Record<string, unknown>) => {
      exit = await (await import('./commands/init.js')).initCommand(name, o);
    });

  commandOf('lsp')
    .description('启动语言服务器（LSP，经标准输入输出通信）：编辑器中实时显示校验结果、一键修正和金额合计，见 docs/editors.md')
    .addOption(lang())
    .option('--stdio', '经标准输入输出通信（默认，也是唯一的方式；为兼容编辑器的启动参数而接受）')
    .action(async (o: Record<string, unknown>) => {
      exit = await (await import('./commands/lsp.js')).lspCommand(o as { lang?: string });
    });

  commandOf('schema')
    .description('输出申报文件的 JSON Schema（供编辑器补全和检查）')
    .action(async () => {
      exit = await (await import('./commands/schema.js')).schemaCommand();
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
      process.stderr.write(`declare: ${pick(e.text, process.env.DECLARE_LANG === 'en' ? 'en' : 'zh')}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
}


function nonNegativeInt(v: string): number {
  if (!/^\d+$/.test(v)) throw new InvalidArgumentError('应为非负整数。');
  return Number(v);
}

function positiveInt(v: string): number {
  if (!/^[1-9]\d*$/.test(v)) throw new InvalidArgumentError('应为正整数。');
  return Number(v);
}
