import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { pick, type Lang } from '../diagnostics/types.js';
import { formatMessage, type MessageData, type MessageId } from '../messages/index.js';
import { packageVersion } from '../util/package-root.js';
import { didYouMean } from '../util/suggest.js';
import { EXIT_USAGE, UsageError } from './errors.js';
import { commandName, formatHelp } from './help.js';
import { setColorChoice } from './io.js';
import { systemErrorText } from './system-error.js';

type CliId = MessageId<'cli'>;
/** A usage problem found while parsing, in catalogue terms. */
type UsageProblem = { [M in CliId]: MessageData<'cli', M> extends undefined ? { id: M; data?: undefined } : { id: M; data: MessageData<'cli', M> } }[CliId];

const FORMATS = ['pretty', 'json', 'github', 'sarif', 'gitlab'] as const;

/**
 * The command line: arguments, help and usage errors, all worded from the
 * catalogue (src/messages, section `cli`) in the user's language (--lang or
 * DECLARE_LANG; help cannot wait for a configuration file). Each command's
 * module is imported only when that command runs, so `declare --help` never
 * loads zod, yaml, pdfkit or fonts.
 */
export async function main(argv: readonly string[]): Promise<number> {
  const lang = langOf(argv);
  const say = (id: CliId, data?: Record<string, unknown>) => formatMessage(lang, 'cli', id, data);
  let exit = 0;
  /** Set by our argument parsers, so that a usage error is worded from what was wrong, never from commander's English. */
  let invalid: UsageProblem | undefined;
  let current: Command | undefined;

  const program = new Command('declare')
    .description(say('program'))
    .version(packageVersion(), '-v, --version', say('option-version'))
    .helpOption('-h, --help', say('option-help'))
    .helpCommand(`help [${say('argument-command')}]`, say('command-help'))
    .addOption(new Option('--color', say('option-color')))
    .addOption(new Option('--no-color', say('option-no-color')))
    .exitOverride()
    // Commander's own error text is English: print ours instead (see usageProblem).
    .configureOutput({ outputError: () => {} })
    .configureHelp({ formatHelp: (cmd, helper) => formatHelp(cmd, helper, lang) })
    .hook('preSubcommand', (_program, sub) => {
      current = sub;
    })
    .hook('preAction', (_cmd, action) => {
      setColorChoice(action.optsWithGlobals().color as boolean | undefined);
    });

  const choice = (option: string, choices: readonly string[]) => (v: string) => {
    if (choices.includes(v)) return v;
    invalid = { id: 'error-invalid-choice', data: { option, value: v, choices } };
    throw new InvalidArgumentError(v);
  };
  const integer = (option: string, id: 'error-not-non-negative-int' | 'error-not-positive-int') => (v: string) => {
    if (id === 'error-not-non-negative-int' ? /^\d+$/.test(v) : /^[1-9]\d*$/.test(v)) return Number(v);
    invalid = { id, data: { option, value: v } };
    throw new InvalidArgumentError(v);
  };
  const langOption = () => new Option(`--lang <${say('value-language')}>`, say('option-lang')).argParser(choice('--lang', ['zh', 'en']));
  const config = () => new Option(`-c, --config <${say('value-file')}>`, say('option-config'));
  const font = () => new Option(`--font <${say('value-font-file')}>`, say('option-font'));
  const profile = () => new Option(`--profile <${say('value-profile')}>`, say('option-profile')).argParser(choice('--profile', ['current', 'legacy']));
  const output = () => new Option(`-o, --output <${say('value-folder')}>`, say('option-output-folder')).makeOptionMandatory();
  const paths = (c: Command) => c.argument(`<${say('argument-paths')}...>`, say('argument-paths-description'));
  const commandOf = (name: string, description: CliId) => program.command(name).description(say(description)).helpOption('-h, --help', say('option-help'));

  // Paths are optional here only because --stdin takes none; without --stdin they are required (below).
  commandOf('validate', 'command-validate')
    .argument(`[${say('argument-paths')}...]`, say('argument-paths-description'))
    .addOption(new Option(`-f, --format <${say('value-format')}>`, say('option-format', { choices: FORMATS })).argParser(choice('--format', FORMATS)))
    .addOption(new Option(`-o, --output-file <${say('value-file')}>`, say('option-output-file')))
    .option('--stdin', say('option-stdin'))
    .addOption(new Option(`--stdin-filename <${say('value-file')}>`, say('option-stdin-filename')))
    .addOption(langOption())
    .addOption(config())
    .addOption(profile())
    .addOption(new Option(`--max-warnings <${say('value-count')}>`, say('option-max-warnings')).argParser(integer('--max-warnings', 'error-not-non-negative-int')))
    .option('-q, --quiet', say('option-quiet'))
    .action(async (paths: string[], o: Record<string, unknown>) => {
      const problem: UsageProblem | undefined =
        o.stdin && paths.length > 0
          ? { id: 'error-stdin-with-paths' }
          : o.stdinFilename !== undefined && !o.stdin
            ? { id: 'error-stdin-filename-without-stdin' }
            : !o.stdin && paths.length === 0
              ? { id: 'error-missing-argument', data: { argument: `${say('argument-paths')}...` } }
              : undefined;
      if (problem) {
        process.stderr.write(`${say(problem.id, problem.data)}\n${say('help-hint', { command: 'npx declare validate' })}\n`);
        exit = EXIT_USAGE;
        return;
      }
      exit = await (await import('./commands/validate.js')).validateCommand(paths, o);
    });

  paths(commandOf('render', 'command-render'))
    .addOption(output())
    .option('--pdf', say('option-pdf'))
    .option('--xlsx', say('option-xlsx'))
    .option('--page-numbers', say('option-page-numbers'))
    .addOption(font())
    .addOption(langOption())
    .addOption(config())
    .addOption(profile())
    .action(async (paths: string[], o: Record<string, unknown>) => {
      exit = await (await import('./commands/render.js')).renderCommand(paths, o);
    });

  paths(commandOf('summary', 'command-summary'))
    .addOption(output())
    .addOption(font())
    .addOption(langOption())
    .addOption(config())
    .addOption(profile())
    .option('--overview', say('option-overview'))
    .option('--page-numbers', say('option-page-numbers'))
    .option('--no-progress', say('option-no-progress'))
    .action(async (paths: string[], o: Record<string, unknown>) => {
      exit = await (await import('./commands/summary.js')).summaryCommand(paths, o);
    });

  commandOf('import', 'command-import')
    .argument(`<${say('argument-import-files')}...>`, say('argument-import-files-description'))
    .addOption(output())
    .option('--force', say('option-import-force'))
    .addOption(langOption())
    .addOption(config())
    .action(async (paths: string[], o: Record<string, unknown>) => {
      exit = await (await import('./commands/import.js')).importCommand(paths, o);
    });

  paths(commandOf('fmt', 'command-fmt'))
    .option('--check', say('option-check'))
    .option('--diff', say('option-diff'))
    .addOption(langOption())
    .addOption(config())
    .action(async (paths: string[], o: Record<string, unknown>) => {
      exit = await (await import('./commands/fmt.js')).fmtCommand(paths, o);
    });

  commandOf('rules', 'command-rules')
    .addOption(langOption())
    .action(async (o: Record<string, unknown>) => {
      exit = await (await import('./commands/rules.js')).rulesCommand(o);
    });

  commandOf('explain', 'command-explain')
    .argument(`<${say('argument-rule-id')}>`, say('argument-rule-id-description'))
    .addOption(langOption())
    .action(async (id: string, o: Record<string, unknown>) => {
      exit = await (await import('./commands/explain.js')).explainCommand(id, o);
    });

  commandOf('init', 'command-init')
    .argument(`<${say('argument-project-name')}>`, say('argument-project-name-description'))
    .option(`-o, --output <${say('value-file')}>`, say('option-init-output'))
    .addOption(new Option(`--year <${say('value-year')}>`, say('option-year')).argParser(integer('--year', 'error-not-positive-int')))
    .option('--force', say('option-force'))
    .action(async (name: string, o: Record<string, unknown>) => {
      exit = await (await import('./commands/init.js')).initCommand(name, o);
    });

  commandOf('lsp', 'command-lsp')
    .addOption(langOption())
    .option('--stdio', say('option-stdio'))
    .action(async (o: Record<string, unknown>) => {
      exit = await (await import('./commands/lsp.js')).lspCommand(o as { lang?: string });
    });

  commandOf('schema', 'command-schema').action(async () => {
    exit = await (await import('./commands/schema.js')).schemaCommand();
  });

  try {
    // `-V` is how older versions asked for the version; it still works.
    await program.parseAsync(argv.length === 1 && argv[0] === '-V' ? ['--version'] : argv, { from: 'user' });
    return exit;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here too, successfully.
      if (e.exitCode === 0) return 0;
      const cmd = current ?? program;
      const problem = invalid ?? usageProblem(e.code, cmd, argv);
      process.stderr.write(`${say(problem.id, problem.data)}\n${say('help-hint', { command: `npx ${commandName(cmd)}` })}\n`);
      return EXIT_USAGE;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`declare: ${pick(e.text, lang)}\n`);
      return EXIT_USAGE;
    }
    const system = systemErrorText(e);
    if (system) {
      process.stderr.write(`declare: ${pick(system, lang)}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
}

/** --lang, else DECLARE_LANG: help and usage errors cannot wait for a configuration file. */
function langOf(argv: readonly string[]): Lang {
  const i = argv.indexOf('--lang');
  const flag = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  return (flag ?? process.env.DECLARE_LANG) === 'en' ? 'en' : 'zh';
}

/**
 * What commander refused, from its error code and the command's own
 * definition (public API: options, registeredArguments, opts()), never from
 * the wording of its English message.
 */
function usageProblem(code: string, cmd: Command, argv: readonly string[]): UsageProblem {
  const options = [...cmd.options, ...(cmd.parent?.options ?? [])];
  const flagsOf = (o: Option) => [o.short, o.long].filter((f): f is string => f !== undefined);
  const known = new Set([...options.flatMap(flagsOf), '-h', '--help', '-v', '--version']);
  const tokens = argv.slice(argv.indexOf(cmd.name()) + 1);
  switch (code) {
    case 'commander.unknownOption': {
      const option = tokens.find((t) => t.startsWith('-') && t !== '-' && t !== '--' && !known.has(t.split('=')[0]!)) ?? tokens.find((t) => t.startsWith('-')) ?? '';
      const guess = didYouMean(option.split('=')[0]!, [...known].filter((k) => k.startsWith('--')));
      return { id: 'error-unknown-option', data: { option, ...(guess && { guess }) } };
    }
    case 'commander.unknownCommand':
      return { id: 'error-unknown-command', data: { command: argv.find((a) => !a.startsWith('-')) ?? '' } };
    case 'commander.missingArgument': {
      const given = operands(tokens, options).length;
      const missing = cmd.registeredArguments[given] ?? cmd.registeredArguments.at(-1);
      return { id: 'error-missing-argument', data: { argument: `${missing?.name() ?? ''}${missing?.variadic ? '...' : ''}` } };
    }
    case 'commander.optionMissingArgument': {
      const takesValue = new Set(options.filter((o) => o.required).flatMap(flagsOf));
      const option = tokens.find((t, i) => takesValue.has(t) && (tokens[i + 1] === undefined || tokens[i + 1]!.startsWith('-'))) ?? '';
      return { id: 'error-missing-value', data: { option } };
    }
    case 'commander.missingMandatoryOptionValue': {
      const values = cmd.opts();
      const option = cmd.options.find((o) => o.mandatory && values[o.attributeName()] === undefined);
      return { id: 'error-missing-option', data: { option: option?.long ?? option?.flags ?? '' } };
    }
    case 'commander.excessArguments':
      return { id: 'error-excess-arguments', data: { expected: cmd.registeredArguments.length, got: operands(tokens, options).length } };
    default:
      return { id: 'error-usage' };
  }
}

/** The operands among `tokens`: what is neither an option nor an option's value. */
function operands(tokens: readonly string[], options: readonly Option[]): string[] {
  const takesValue = new Set(options.filter((o) => o.required || o.optional).flatMap((o) => [o.short, o.long].filter((f): f is string => f !== undefined)));
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t === '--') return [...out, ...tokens.slice(i + 1)];
    if (t.startsWith('-') && t !== '-') {
      if (takesValue.has(t)) i++;
      continue;
    }
    out.push(t);
  }
  return out;
}
