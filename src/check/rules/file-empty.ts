import { text } from '../../diagnostics/types.js';
import { defineLoadRule } from '../rule.js';

/** Reported by the loader (src/load/) while reading the file. */
export const fileEmpty = defineLoadRule({
  id: 'file-empty',
  severity: 'error',
  docs: {
    title: text('文件为空', 'Empty file'),
    description: text(
      '空文件（或只有注释）不是一份申报，按错误处理，而不是悄悄通过：否则一个误清空的文件会在 CI 中显示为“通过”。可以用 npx declare init <项目名称> 生成带注释的模板。',
      'An empty file (or one with only comments) is an error, not a silent pass: a file emptied by mistake must not look green in CI. Start from `npx declare init <name>`.',
    ),
    examples: { bad: '# 待填写', good: '年度: 2025\n项目名称: 网络宣传工作\n# ……' },
  },
});
