import { text } from '../../diagnostics/types.js';
import { defineRenderRule } from '../rule.js';

/** `U+1F600` */
export function codePointLabel(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

export const fontMissingGlyph = defineRenderRule({
  id: 'font-missing-glyph',
  severity: 'error',
  // Configuration cannot silence it: a missing glyph prints as a blank box, unnoticed.
  locked: true,
  docs: {
    title: text('字体中没有某个字符（生成申报表时检查）', 'A character the fonts cannot draw (checked when rendering)'),
    description: text(
      '生成 PDF 时，每个字符都必须有字形：否则打印出来是空白方框，正式表格上会悄悄丢字。内置的思源宋体（Noto Serif SC）覆盖常用汉字、≥ ≤ 和全角标点；用 --font 指定的字体缺字时会自动用它补上。两者都没有的字符（生僻字、表情符号、私用区字符）会报告字符、编码和所在字段：请改写该字符，或用 --font 指定包含它的字体。',
      'Every character must have a glyph, or the PDF would show a blank box. The bundled Noto Serif SC fills in for a --font that lacks a character; a character neither has (rare ideographs, emoji, private-use) is reported with its code point and field.',
    ),
    examples: { bad: '项目名称: 网络宣传工作😀', good: '项目名称: 网络宣传工作' },
  },
  check({ missingGlyphs, report }) {
    for (const m of missingGlyphs) report({ path: m.path, messageId: 'missing', data: { char: m.char, codePoint: codePointLabel(m.codePoint), path: m.path } });
  },
});
