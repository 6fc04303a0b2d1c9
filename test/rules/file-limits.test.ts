import { declaration, VALID } from '../helpers/fixture.js';
import { ruleTester, type Case } from '../helpers/rule-tester.js';

const MB5 = 5 * 1024 * 1024;
/** VALID padded with a comment line to exactly `size` bytes. */
const padded = (size: number) => VALID + '#' + 'x'.repeat(size - Buffer.byteLength(VALID) - 2) + '\n';

const TOO_DEEP = ['嵌套层级过深', '超过 32 层'];
const deep = (name: string, code: string, line: number, column: number): Case => ({ name, code, errors: [{ line, column, path: [], message: TOO_DEEP, en: '32' }], otherRules: [] });

/** `k0:` … `k39:`, each indented four more spaces than the last. */
const INDENTED = Array.from({ length: 40 }, (_, i) => `${' '.repeat(i * 4)}k${i}:`).join('\n') + ' v\n';
const HEAD = '项目名称: ';

ruleTester('file-limits', {
  valid: [
    { name: 'exactly 5 MB', code: padded(MB5), otherRules: [] },
    { name: '32 nested brackets (the limit)', code: declaration({ head: { 项目名称: '['.repeat(32) + ']'.repeat(32) } }), otherRules: ['wrong-type'] },
    { name: 'brackets inside quotes are text', code: declaration({ head: { 项目名称: `'${'['.repeat(40)}'` } }), otherRules: [] },
    { name: 'brackets inside a comment', code: VALID + '# ' + '['.repeat(40) + '\n', otherRules: [] },
    { name: '32 levels of four-space indentation', code: Array.from({ length: 33 }, (_, i) => `${' '.repeat(i * 4)}k${i}:`).join('\n') + ' v\n' },
    { name: 'deep but legal: 60 nested `? ` keys (under the character limit)', code: '? '.repeat(60) + 'x\n' },
  ],
  invalid: [
    { name: 'one byte over 5 MB', code: padded(MB5 + 1), errors: [{ line: 1, column: 1, path: [], message: ['文件过大', '5.0 MB', '不应超过 5 MB'] }], otherRules: [] },
    { name: 'a 20 MB export', code: new Uint8Array(20 * 1024 * 1024).fill(0x61), errors: [{ line: 1, column: 1, message: '20.0 MB' }], otherRules: [] },
    // The 33rd bracket is the first one too many.
    deep('40 levels of nested flow brackets', `${HEAD}${'['.repeat(40)}${']'.repeat(40)}\n`, 1, HEAD.length + 33),
    deep('40 nested flow mappings on line 3', `年度: 2025\n\n${HEAD}${'{a: '.repeat(40)}\n`, 3, HEAD.length + 1 + 32 * 4),
    deep('100 000 unclosed brackets', `a: ${'['.repeat(100_000)}`, 1, 4 + 32),
    deep('40 levels of indentation: the first line indented over 128 columns', INDENTED, 34, 1),
    deep('5000 nested `- ` on the first line', '- '.repeat(5000) + 'x', 1, 1),
    deep('5000 nested `- ` after a key', 'a:\n' + '- '.repeat(5000) + 'x', 2, 1),
    // yaml takes minutes to turn 800 nested complex keys into an object: refuse them before parsing.
    deep('800 nested `? ` complex keys', '? '.repeat(800) + 'x', 1, 1),
    deep('an explicit value nesting `- ` 5000 times', '? a\n: ' + '- '.repeat(5000) + 'x', 2, 1),
  ],
});
