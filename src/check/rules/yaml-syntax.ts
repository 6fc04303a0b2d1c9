import { text } from '../../diagnostics/types.js';
import { defineLoadRule } from '../rule.js';

/** Reported by the loader (src/load/) while reading the file. */
export const yamlSyntax = defineLoadRule({
  id: 'yaml-syntax',
  severity: 'error',
  docs: {
    title: text('YAML 语法错误', 'YAML syntax error'),
    description: text(
      '文件必须是合法的 YAML：缩进用空格、每个键后有冒号和空格、引号成对。YAML 会把以 > 或 < 开头的值当作块标记，所以 >=90% 这样的写法会出错或被悄悄读成空值：请写成 ≥90%，或加引号（\'>=90%\'）。申报文件也不允许使用锚点和别名（&、*）。',
      'The file must be valid YAML: indent with spaces, a colon and a space after each key, matching quotes. YAML reads a value starting with > or < as a block-scalar header, so >=90% fails or silently becomes empty: write ≥90% or quote it. Anchors and aliases (&, *) are not allowed.',
    ),
    examples: { bad: '  - 网民满意度: >=90%', good: '  - 网民满意度: ≥90%' },
  },
});
