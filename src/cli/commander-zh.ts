/** Commander speaks English; our users read Chinese first. The original follows in brackets. */
export function translateCommanderError(s: string): string {
  const rules: [RegExp, (...m: string[]) => string][] = [
    [/^error: unknown option '(.*)'/, (o) => `用法错误：未知选项 ${o}`],
    [/^error: unknown command '(.*)'/, (c) => `用法错误：未知命令 ${c}（可用命令见 npx declare --help）`],
    [/^error: missing required argument '(.*)'/, (a) => `用法错误：缺少参数 <${a}>`],
    [/^error: required option '(.*)' not specified/, (o) => `用法错误：必须指定选项 ${o}`],
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
