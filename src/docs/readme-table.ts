import { RULES } from '../check/rules/index.js';

export const README_RULES_START = '<!-- rules:start -->';
export const README_RULES_END = '<!-- rules:end -->';

/** The rule table in README.md, generated from the rule modules so it cannot go stale unnoticed. */
export function readmeRulesTable(): string {
  const rows = RULES.map(({ meta: r }) => `| [\`${r.id}\`](docs/rules/${r.id}.md) | ${r.severity === 'error' ? '错误' : '警告'} | ${r.docs.title.zh} |`);
  return ['| 规则 | 默认级别 | 检查什么 |', '| --- | --- | --- |', ...rows].join('\n');
}

export function withReadmeRulesTable(readme: string): string {
  const start = readme.indexOf(README_RULES_START);
  const end = readme.indexOf(README_RULES_END);
  if (start < 0 || end < start) throw new Error('README.md lacks the rules markers');
  return readme.slice(0, start + README_RULES_START.length) + '\n' + readmeRulesTable() + '\n' + readme.slice(end);
}
