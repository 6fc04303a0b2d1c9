import { text } from '../../diagnostics/types.js';
import { defineLoadRule } from '../rule.js';

/** Reported while loading (src/load/to-value.ts), one finding per key or value; configurable, unlike the other load rules. */
export const controlCharacter = defineLoadRule({
  id: 'control-character',
  severity: 'error',
  locked: false,
  docs: {
    title: text('文字中有控制字符或双向文字覆盖符', 'Control or bidirectional override character in the text'),
    description: text(
      '控制字符（U+0000–U+001F 中除制表符和换行以外的字符、U+007F–U+009F）和双向文字控制符（如 U+202E 从右到左覆盖）看不见，却会打乱文字的显示顺序：文件里看到的内容和实际读到的内容不一致，终端和表格也可能显示错乱。它们在申报表中没有任何正当用途，因此是错误。',
      'Control characters (U+0000–U+001F other than tab and line breaks, U+007F–U+009F) and bidirectional overrides (e.g. U+202E) are invisible yet reorder or garble what is displayed, so what a reviewer sees is not what is read. They have no use in a declaration.',
    ),
    examples: { bad: '项目名称: "网络宣传工作\\u202e"', good: '项目名称: 网络宣传工作' },
  },
});
