import { VALID } from '../helpers/fixture.js';
import { ruleTester, type Case } from '../helpers/rule-tester.js';

const empty = (name: string, code: string | Uint8Array): Case => ({
  name,
  code,
  errors: [{ line: 1, column: 1, path: [], message: ['文件为空', 'npx declare init'], en: 'empty' }],
  otherRules: [],
});

ruleTester('file-empty', {
  valid: [
    { name: 'a declaration', code: VALID, otherRules: [] },
    // Not empty, just wrong: other rules say what is missing.
    { name: 'one line of content', code: '年度: 2025\n', otherRules: Array(10).fill('required-field') },
    { name: 'a document that is only null is a required-field finding', code: '~\n', otherRules: ['required-field'] },
  ],
  invalid: [
    empty('zero bytes', ''),
    empty('whitespace only', '   \n\n\t\n  '),
    empty('newlines only (CRLF)', '\r\n\r\n'),
    empty('comments only', '# 待填写\n  # 项目名称：\n'),
    empty('comments and document markers', '---\n# 待填写\n...\n'),
    empty('a BOM and nothing else', new Uint8Array([0xef, 0xbb, 0xbf])),
    empty('a BOM and a comment', new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('# x\n')])),
  ],
});
