import { text } from '../../diagnostics/types.js';
import { defineLoadRule } from '../rule.js';

/** Reported while loading (src/load/to-value.ts), one finding per key or value; configurable, unlike the other load rules. */
export const invisibleCharacter = defineLoadRule({
  id: 'invisible-character',
  severity: 'warning',
  locked: false,
  docs: {
    title: text('文字中有不可见字符（零宽空格、BOM 等）', 'Invisible character in the text (zero-width space, BOM, …)'),
    description: text(
      '零宽空格（U+200B）、字节顺序标记（U+FEFF）、软连字符（U+00AD）等字符在编辑器里看不见，多半是从网页、Word 或聊天软件复制时带进来的。declare 读取和打印时都不算它们（数字 1​000 中间夹着零宽空格仍读作 1000，印出来也是 1000），比较名称时也先去掉它们；但它们会让看起来相同的名称在别的系统里不相同，所以逐处指出，请删除。',
      'Zero-width spaces (U+200B), byte order marks (U+FEFF), soft hyphens (U+00AD) and the like are invisible, usually pasted from web pages or documents. declare ignores them when reading, comparing and printing (1​000 with a zero-width space inside reads and prints as 1000), but other systems will not: each one is reported so it can be deleted.',
    ),
    examples: { bad: '项目名称: 网络\u200b宣传工作', good: '项目名称: 网络宣传工作' },
  },
});
