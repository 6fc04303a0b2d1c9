import { text } from '../diagnostics/types.js';

/**
 * What the language server itself says (hovers, the configuration notice).
 * Moves into src/messages/ with everything else once core's catalogue lands.
 */
export const t = {
  error: text('错误', 'error'),
  warning: text('警告', 'warning'),
  ruleDocs: text('规则说明', 'Rule documentation'),
  yuan: text('元', 'yuan'),
  line: text('项目', 'Line'),
  amount: text('金额', 'Amount'),
  missing: text('（未填写）', '(missing)'),
  unreadable: (w: string) => text(`无法读取：${w}`, `cannot be read: ${w}`),
  sumOfParts: text('各项之和', 'Sum of the lines'),
  statedTotal: text('合计（填写的）', '合计 (as written)'),
  differsBy: (d: string) => text(`相差 ${d}`, `differs by ${d}`),
  totalLeftOut: text('未填写合计：申报表上印的合计就是各项之和。', 'No 合计 given: the form prints the sum of the lines.'),
  configBroken: (file: string, line: number, message: string) =>
    text(
      `配置文件 ${file} 有误（第 ${line} 行：${message}）。npx declare validate 会拒绝运行；修正之前，编辑器按默认配置检查本文件。`,
      `The configuration file ${file} is invalid (line ${line}: ${message}). npx declare validate refuses to run; until it is fixed, the editor checks this file with the default configuration.`,
    ),
};
