import { Chalk } from 'chalk';
import { createConfigResolver } from '../../config/resolve.js';
import type { Lang } from '../../diagnostics/types.js';
import { formatMessage } from '../../messages/index.js';
import { DOCUMENTED_RULES, explainText, findRule } from '../../docs/rule-docs.js';
import { didYouMean } from '../../util/suggest.js';
import { EXIT_USAGE } from '../errors.js';
import { useColor } from '../io.js';
import { resolveLang } from '../../config/lang.js';
import { reportConfigProblems } from './shared.js';

/** `declare explain <rule-id>`: the rule's full explanation with a wrong and a right example. */
export async function explainCommand(arg: string, o: Record<string, unknown>): Promise<number> {
  const configs = createConfigResolver();
  const lang: Lang = resolveLang(o.lang as string | undefined, configs.global.lang);
  if (configs.problems.length > 0) return reportConfigProblems(configs.problems, lang);
  const id = arg.trim().toLowerCase();
  const rule = findRule(id);
  if (!rule) {
    const ids = DOCUMENTED_RULES.map((r) => r.meta.id);
    const guess = didYouMean(id, ids);
    const containing = guess ? [] : ids.filter((r) => id.length >= 3 && r.includes(id)).slice(0, 5);
    const say = (m: 'explain-did-you-mean' | 'explain-containing' | 'explain-no-rule', data: Record<string, unknown>) => formatMessage(lang, 'cli', m, data);
    const hint = guess ? say('explain-did-you-mean', { id: guess }) : containing.length > 0 ? say('explain-containing', { id, rules: containing }) : '';
    process.stderr.write(say('explain-no-rule', { id: arg, hint }) + '\n');
    return EXIT_USAGE;
  }
  const c = new Chalk({ level: useColor(process.stdout) ? 1 : 0 });
  process.stdout.write(explainText(rule, lang, { heading: (s) => c.bold(s), bad: (s) => c.red(s), good: (s) => c.green(s) }));
  return 0;
}
