import { posOf, replaceLine, VALID } from '../helpers/fixture.js';
import { ruleTester, type Case } from '../helpers/rule-tester.js';

function control(name: string, needle: string, replacement: string, at: string, message: string | string[], otherRules: string[] = []): Case {
  const code = replaceLine(VALID, needle, replacement);
  // The path is the field's: the key for a value, the key itself for a key.
  const path = needle === '项目名称' ? { path: ['项目名称'] } : {};
  return { name, code, errors: [{ ...posOf(code, replacement, at), ...path, message }], otherRules };
}

ruleTester('control-character', {
  valid: [{ name: 'the fixture', code: VALID, otherRules: [] }],
  invalid: [
    // Trojan-source style: the text displays in another order than it is read.
    control('a right-to-left override in the project name', '项目名称', '项目名称: 网络安全\u202e宣传培训', '\u202e', ['「项目名称」', 'U+202E（从右到左覆盖）', '删除后为“网络安全宣传培训”']),
    control('a bell character (C0) in the unit name', '实施单位', '实施单位: 中共上海市委\u0007网络安全和信息化委员会办公室', '\u0007', ['U+0007（控制字符）']),
    control('a C1 control in an indicator value', '网络安全意识', '      - 网络安全意识: 提\u0085升', '\u0085', 'U+0085'),
    control('an escaped escape character in double quotes', '项目名称', '项目名称: "网络安全\\e宣传培训"', '"', 'U+001B'),
    // One finding per value: a control character outranks invisible ones beside it.
    control('a control beside a zero-width space: one finding, the control', '项目名称', '项目名称: 网络\u200b安全\u202e宣传培训', '\u200b', 'U+202E'),
  ],
});
