import { Chalk } from 'chalk';
import { RULES } from '../../check/rules/index.js';
import { createConfigResolver } from '../../config/resolve.js';
import { CONFIG_RULES } from '../../config/rules.js';
import type { Rule } from '../../check/rule.js';
import { pick, type Lang } from '../../diagnostics/types.js';
import { formatMessage } from '../../messages/index.js';
import { severityLabel } from '../../docs/rule-docs.js';
import { formatTable } from '../../docs/table.js';
import { useColor } from '../io.js';
import { resolveLang } from '../../config/lang.js';
import { reportConfigProblems } from './shared.js';

/** `declare rules`: every rule with its id, default severity and one-line title, in aligned columns. */
export async function rulesCommand(o: Record<string, unknown>): Promise<number> {
  const configs = createConfigResolver();
  const lang: Lang = resolveLang(o.lang as string | undefined, configs.global.lang);
  if (configs.problems.length > 0) return reportConfigProblems(configs.problems, lang);
  const c = new Chalk({ level: useColor(process.stdout) ? 1 : 0 });
  const sev = (r: Rule) => (r.meta.severity === 'error' ? c.red(severityLabel(r.meta.severity, lang)) : c.yellow(severityLabel(r.meta.severity, lang)));
  const say = (id: 'rules-id' | 'rules-default' | 'rules-checks' | 'rules-config-heading' | 'rules-footer') => formatMessage(lang, 'cli', id);
  const header = [c.bold(say('rules-id')), c.bold(say('rules-default')), c.bold(say('rules-checks'))];
  const row = (r: Rule) => [c.cyan(r.meta.id), sev(r), pick(r.meta.docs.title, lang)];
  // One table for both groups, so the columns line up across them.
  const lines = formatTable([header, ...RULES.map(row), ...CONFIG_RULES.map(row)]);
  const main = lines.slice(0, 1 + RULES.length);
  const config = lines.slice(1 + RULES.length);
  const out = [
    ...main,
    '',
    say('rules-config-heading'),
    ...config,
    '',
    say('rules-footer'),
  ];
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}
