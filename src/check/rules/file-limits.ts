import { text } from '../../diagnostics/types.js';
import { defineLoadRule } from '../rule.js';

/** Reported by the loader (src/load/) while reading the file. */
export const fileLimits = defineLoadRule({
  id: 'file-limits',
  severity: 'error',
  docs: {
    title: text('文件过大或嵌套过深', 'File too large or nested too deeply'),
    description: text(
      '一份申报只有几 KB、最多五层结构。超过 5 MB 或嵌套超过 32 层的文件几乎可以肯定是选错了文件（或是恶意构造的输入），直接拒绝，而不是让校验长时间卡住。',
      'A declaration is a few KB with at most five levels of nesting. Files over 5 MB or nested over 32 levels are refused rather than allowed to hang the check.',
    ),
    examples: { bad: '（一个 20 MB 的导出文件）', good: '（一个项目一个文件，几 KB）' },
  },
});
