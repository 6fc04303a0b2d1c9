import { describe, expect, it } from 'vitest';
import { checkText } from '../helpers/examples.js';
import { declaration, posOf, replaceLine, VALID } from '../helpers/fixture.js';
import { ruleTester, type Case } from '../helpers/rule-tester.js';

const ZWSP = '\u200b';

/** VALID with one line replaced; the finding is expected where `at` starts on that line. */
function hidden(name: string, needle: string, replacement: string, at: string, message: string | string[], otherRules: string[] = []): Case {
  const code = replaceLine(VALID, needle, replacement);
  // The path is the field's: the key for a value, the key itself for a key.
  const path = needle === '项目名称' ? { path: ['项目名称'] } : {};
  return { name, code, errors: [{ ...posOf(code, replacement, at), ...path, message }], otherRules };
}

ruleTester('invisible-character', {
  valid: [
    { name: 'the fixture', code: VALID, otherRules: [] },
    // Tab is visible whitespace in a block of text, and a full-width space is a visible space.
    { name: 'a tab and a U+3000 inside goal text', code: declaration({ goals: '绩效目标:\n  年度总体目标: |\n    第一段\t说明。\n    　第二段。' }), otherRules: [] },
    { name: 'invisible characters in a comment are not read', code: VALID.replace('年度: 2025', `年度: 2025  # 注${ZWSP}释`), otherRules: [] },
  ],
  invalid: [
    hidden('a zero-width space in the project name', '项目名称', `项目名称: 网络${ZWSP}安全宣传培训`, ZWSP, ['「项目名称」', 'U+200B（零宽空格）', '删除后为“网络安全宣传培训”'], []),
    hidden('a BOM in the middle of a text', '主管部门', `主管部门: 中国共产党上海市委员会\ufeff宣传部`, '\ufeff', ['U+FEFF', 'BOM']),
    hidden('a soft hyphen in an indicator name (a key)', '培训次数', `      - 培训${'\u00ad'}次数: ≥4 次`, '\u00ad', ['键“培训次数”', 'U+00AD（软连字符）']),
    // The number reads as 1000, as the author sees it; the character is still reported where it is.
    hidden('a zero-width space inside a number: read as 1000, reported here', '培训次数', `      - 培训次数: ≥1${ZWSP}000 次`, ZWSP, ['零宽空格', '删除后为“≥1000 次”']),
    hidden('inside an amount', '当年财政拨款', `    当年财政拨款: 1,000,${ZWSP}000.00`, ZWSP, '零宽空格'),
    hidden('several in one value: one finding that counts them', '项目名称', `项目名称: 网${ZWSP}络${ZWSP}安全${ZWSP}宣传培训`, ZWSP, '等 3 个不可见字符'),
    {
      name: 'written as an escape in double quotes: at the value',
      code: replaceLine(VALID, '项目名称', '项目名称: "网络\\u200b安全宣传培训"'),
      errors: [{ ...posOf(replaceLine(VALID, '项目名称', '项目名称: "网络\\u200b安全宣传培训"'), '项目名称', '"'), message: 'U+200B' }],
      otherRules: [],
    },
  ],
});

describe('what the checker reads', () => {
  it('a zero-width space inside a number does not change it: the model holds 1000', () => {
    const r = checkText(replaceLine(VALID, '培训次数', `      - 培训次数: ≥1${ZWSP}000 次`));
    const v = r.declaration!.indicators.groups[1]!.groups[0]!.items[0]!.value;
    expect(v).toEqual({ kind: 'quantity', op: '≥', number: '1000', unit: '次' });
  });
});
