import type { Command, Help } from 'commander';
import stringWidth from 'string-width';
import type { Lang } from '../diagnostics/types.js';
import { formatMessage } from '../messages/index.js';

/**
 * Help in the user's language, every word from the catalogue, columns
 * aligned by display width (a Chinese character is two columns). Built from
 * commander's public Help methods, which list what is visible.
 */
export function formatHelp(cmd: Command, helper: Help, lang: Lang): string {
  const say = (id: string) => formatMessage(lang, 'cli', id);
  const out: string[] = [say('usage') + usage(cmd, say), ''];
  const description = helper.commandDescription(cmd);
  if (description) out.push(description, '');
  const section = (heading: string, rows: [string, string][]) => {
    if (rows.length === 0) return;
    const width = Math.max(...rows.map(([term]) => stringWidth(term)));
    out.push(heading, ...rows.map(([term, text]) => `  ${term}${' '.repeat(width - stringWidth(term) + 2)}${text}`.trimEnd()), '');
  };
  section(
    say('arguments'),
    helper.visibleArguments(cmd).map((a) => [a.name() + (a.variadic ? '...' : ''), a.description]),
  );
  section(
    say('options'),
    helper.visibleOptions(cmd).map((o) => [o.flags, o.description]),
  );
  section(
    say('commands'),
    helper.visibleCommands(cmd).map((c) => [`${c.name()} ${argumentTerms(c)}`.trimEnd(), c.description()]),
  );
  return out.join('\n');
}

/** `declare validate [选项] <路径...>` */
export function usage(cmd: Command, say: (id: string) => string): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  const commands = cmd.commands.length > 0 ? `[${say('argument-command')}]` : '';
  return [names.join(' '), say('value-options'), commands, argumentTerms(cmd)].filter((s) => s !== '').join(' ');
}

/** `declare validate`: the command's full name. */
export function commandName(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

function argumentTerms(cmd: Command): string {
  return cmd.registeredArguments.map((a) => (a.required ? `<${a.name()}${a.variadic ? '...' : ''}>` : `[${a.name()}${a.variadic ? '...' : ''}]`)).join(' ');
}
