import { Chalk } from 'chalk';
import { RULES } from '../../check/rules/index.js';
import { createConfigResolver } from '../../config/resolve.js';
import { CONFIG_RULES } from '../../config/rules.js';
import type { Rule } from '../../check/rule.js';
import { pick, type Lang } from '../../diagnostics/types.js';
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
  const zh = lang === 'zh';
  const sev = (r: Rule) => (r.meta.severity === 'error' ? c.red(severityLabel(r.meta.severity, lang)) : c.yellow(severityLabel(r.meta.severity, lang)));
  const header = [c.bold(zh ? '编号' : 'Rule'), c.bold(zh ? '默认级别' : 'Default'), c.bold(zh ? '说明' : 'Checks')];
  const row = (r: Rule) => [c.cyan(r.meta.id), sev(r), pick(r.meta.docs.title, lang)];
  // One table for both groups, so the columns line up across them.
  const lines = formatTable([header, ...RULES.map(row), ...CONFIG_RULES.map(row)]);
  const main = lines.slice(0, 1 + RULES.length);
  const config = lines.slice(1 + RULES.length);
  const out = [
    ...main,
    '',
    zh ? '配置文件（declare.config.yaml）本身的规则：' : 'Rules about the configuration file (declare.config.yaml) itself:',
    ...config,
    '',
    zh
      ? '用 npx declare explain <编号> 查看完整说明和正反示例；在 declare.config.yaml 的 rules 中可以调整级别（off / warning / error）。'
      : 'Run `npx declare explain <rule>` for the full explanation and examples; change levels (off / warning / error) under rules in declare.config.yaml.',
  ];
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}
