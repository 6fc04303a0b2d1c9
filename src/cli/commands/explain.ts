import { Chalk } from 'chalk';
import { createConfigResolver } from '../../config/resolve.js';
import type { Lang } from '../../diagnostics/types.js';
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
    const zh = lang === 'zh';
    const hint = guess
      ? zh
        ? `您是不是想查 ${guess}？`
        : `Did you mean ${guess}?`
      : containing.length > 0
        ? zh
          ? `编号中含有“${id}”的规则：${containing.join('、')}。`
          : `Rules containing "${id}": ${containing.join(', ')}.`
        : '';
    process.stderr.write(
      zh
        ? `declare: 没有编号为“${arg}”的规则。${hint}用 npx declare rules 查看全部规则。\n`
        : `declare: there is no rule "${arg}". ${hint ? hint + ' ' : ''}Run \`npx declare rules\` for the list.\n`,
    );
    return EXIT_USAGE;
  }
  const c = new Chalk({ level: useColor(process.stdout) ? 1 : 0 });
  process.stdout.write(explainText(rule, lang, { heading: (s) => c.bold(s), bad: (s) => c.red(s), good: (s) => c.green(s) }));
  return 0;
}
