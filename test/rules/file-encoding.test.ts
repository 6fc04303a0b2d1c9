import { describe, expect, it } from 'vitest';
import { gbk, VALID } from '../helpers/fixture.js';
import { ruleTester, type Case } from '../helpers/rule-tester.js';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const concat = (...parts: (Uint8Array | number[])[]) => new Uint8Array(Buffer.concat(parts.map((p) => Buffer.from(p))));
const BOM = [0xef, 0xbb, 0xbf];
const utf32le = (s: string) => {
  const cps = [...s].map((c) => c.codePointAt(0)!);
  const b = Buffer.alloc(cps.length * 4);
  cps.forEach((cp, i) => b.writeUInt32LE(cp, i * 4));
  return b;
};

const GBK_NOTE = ['GBK', 'UTF-8', 'iconv -f GBK -t UTF-8'];
const NOT_UTF8 = '不是有效的 UTF-8';

function refused(name: string, code: Uint8Array, line: number, column: number, message: string | string[], absent?: string): Case {
  return { name, code, errors: [{ line, column, path: [], message, ...(absent && { absent }) }], otherRules: [] };
}

ruleTester('file-encoding', {
  valid: [
    { name: 'UTF-8', code: utf8(VALID), otherRules: [] },
    { name: 'UTF-8 with a BOM (Notepad)', code: concat(BOM, utf8(VALID)), otherRules: [] },
  ],
  invalid: [
    // The first byte of 年 (C4 EA) is already not UTF-8.
    refused('a declaration saved as GBK', gbk(VALID), 1, 1, GBK_NOTE),
    refused('GBK: the position is that of the first bad byte (after `# `)', gbk(`# 申报表\n${VALID}`), 1, 3, GBK_NOTE),
    refused('GBK after an ASCII first line', gbk(`# yaml-language-server: $schema=../schemas/declaration.schema.json\n${VALID}`), 2, 1, GBK_NOTE),
    // One value pasted from a GBK source into a UTF-8 file: line 2, after `项目名称: `.
    refused('one GBK value inside a UTF-8 file', concat(utf8('年度: 2025\n项目名称: '), gbk('网络宣传'), utf8('\n')), 2, 7, 'GBK'),
    refused('UTF-16 LE with BOM', concat([0xff, 0xfe], Buffer.from(VALID, 'utf16le')), 1, 1, ['UTF-16', '另存为 UTF-8']),
    refused('UTF-16 BE with BOM', concat([0xfe, 0xff], Buffer.from(VALID, 'utf16le').swap16()), 1, 1, 'UTF-16BE'),
    refused('UTF-16 LE without a BOM', Buffer.from(VALID, 'utf16le'), 1, 1, ['UTF-16LE', 'iconv -f UTF-16LE']),
    // FF FE 00 00 starts like UTF-16's BOM: it is named UTF-32, as it is.
    refused('UTF-32 LE with BOM', concat([0xff, 0xfe, 0, 0], utf32le(VALID)), 1, 1, ['文件是 UTF-32LE 编码', '另存为 UTF-8']),
    refused('UTF-32 BE with BOM', concat([0, 0, 0xfe, 0xff], utf32le(VALID).swap32()), 1, 1, 'UTF-32BE'),
    refused('UTF-32 LE without a BOM', utf32le(VALID), 1, 1, 'UTF-32LE'),
    refused('Latin-1 é: not valid UTF-8, and not said to be GBK', concat(utf8('年度: 2025\n项目名称: caf'), [0xe9], utf8('\n')), 2, 10, NOT_UTF8, 'GBK'),
    refused('a file cut in the middle of a character', concat(utf8('年度: 2025\n项目名称: 网'), [0xe7, 0xbb]), 2, 8, '不是'),
    refused('a UTF-16 surrogate encoded in UTF-8 (ED A0 80)', concat(utf8('a: '), [0xed, 0xa0, 0x80], utf8('\nb: 1\n')), 1, 4, '不是'),
    refused('an overlong encoding (E0 80 80)', concat(utf8('年度: 2025\na: '), [0xe0, 0x80, 0x80], utf8('\n')), 2, 4, '不是'),
    refused('above U+10FFFF (F4 90 80 80)', concat(utf8('a: '), [0xf4, 0x90, 0x80, 0x80]), 1, 4, '不是'),
  ],
});

describe('file-encoding: the GBK helper itself', () => {
  it('encodes 年度 as C4 EA B6 C8 and round-trips the whole fixture', () => {
    expect(Buffer.from(gbk('年度')).toString('hex')).toBe('c4eab6c8');
    expect(new TextDecoder('gbk').decode(gbk(VALID))).toBe(VALID);
  });
});
