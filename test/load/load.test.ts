import { diagnosticMessage } from '../../src/diagnostics/types.js';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check/check-file.js';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { bytePosition, decode } from '../../src/load/decode.js';
import { loadDeclaration, MAX_DEPTH } from '../../src/load/parse.js';
import { declaration, funds, lineOf, posOf, replaceLine, VALID } from '../helpers/fixture.js';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const bytes = (s: string) => Buffer.from(s, 'utf8');
const check = (b: Uint8Array) => checkFile('test.yaml', b).diagnostics;
const where = (ds: readonly Diagnostic[]) => ds.map((d) => `${d.rule}@${d.span.line}:${d.span.column}`);
const crlf = (s: string) => s.replace(/\n/g, '\r\n');

// A finding on line 5 (主管部门 left empty) and one on line 1 (年度 as text, at its value).
const LINE5 = declaration({ head: { 主管部门: '' } });
const LINE1 = declaration({ head: { 年度: '二〇二五' } });
const SUM = declaration({ funds: funds({ annual: { 合计: '999' } }) });

describe('UTF-8 BOM', () => {
  it('is accepted: the fixture with a BOM is clean', () => {
    expect(check(Buffer.concat([BOM, bytes(VALID)]))).toEqual([]);
  });

  it('does not shift lines: a finding on line 5 still says line 5', () => {
    expect(lineOf(LINE5, '主管部门')).toBe(5);
    expect(where(check(Buffer.concat([BOM, bytes(LINE5)])))).toEqual(['required-field@5:1']);
  });

  it('does not shift columns on line 1', () => {
    expect(where(check(Buffer.concat([BOM, bytes(LINE1)])))).toEqual([`wrong-type@1:${posOf(LINE1, '年度', '二〇二五').column}`]);
  });

  it('is not part of the text the model and renderers see', () => {
    const r = checkFile('t.yaml', Buffer.concat([BOM, bytes(VALID)]));
    expect(r.source!.text.startsWith('年度')).toBe(true);
    expect(r.declaration!.year.value).toBe(2025);
  });
});

describe('CRLF line endings', () => {
  it('a CRLF file is clean', () => {
    expect(check(bytes(crlf(VALID)))).toEqual([]);
  });

  it('give the same line and column as LF, notes included', () => {
    const lf = checkFile('t.yaml', bytes(SUM)).diagnostics;
    const cr = checkFile('t.yaml', bytes(crlf(SUM))).diagnostics;
    expect(where(cr)).toEqual(where(lf));
    expect(where(cr)).toEqual([`fund-annual-sum@${posOf(SUM, '合计', '999').line}:${posOf(SUM, '合计', '999').column}`]);
    expect(cr[0]!.notes!.map((n) => [n.span.line, n.span.column])).toEqual(lf[0]!.notes!.map((n) => [n.span.line, n.span.column]));
  });

  it('the end of a span does not include the \\r', () => {
    const [d] = checkFile('t.yaml', bytes(crlf(SUM))).diagnostics;
    expect(d!.span).toEqual({ line: d!.span.line, column: d!.span.column, endLine: d!.span.line, endColumn: d!.span.column + 3 });
  });

  it('BOM and CRLF together', () => {
    expect(where(check(Buffer.concat([BOM, bytes(crlf(LINE5))])))).toEqual(['required-field@5:1']);
  });

  it('amounts written as YAML numbers are judged as typed, without the \\r', () => {
    const code = crlf(declaration({ funds: funds({ annual: { 合计: '2810000.50', 当年财政拨款: '2810000.50' } }) }));
    expect(check(bytes(code))).toEqual([]);
  });

  it('block text has no \\r in it', () => {
    const r = checkFile('t.yaml', bytes(crlf(declaration({ head: {}, goals: '绩效目标:\n  年度总体目标: |\n    第一段。\n    第二段。' }))));
    expect(r.declaration!.goals.annual.value).toBe('第一段。\n第二段。');
  });

  it('a syntax error in a CRLF file is on the right line', () => {
    const code = replaceLine(VALID, '项目名称', '\t项目名称: x');
    expect(where(check(bytes(crlf(code))))).toEqual(where(check(bytes(code))));
  });
});

describe('multi-document files', () => {
  it('two documents are an error at the second one', () => {
    const code = VALID + '---\n' + VALID;
    const ds = check(bytes(code));
    expect(ds.map((d) => [d.rule, d.severity])).toEqual([['yaml-syntax', 'error']]);
    expect(ds[0]!.span.line).toBe(lineOf(code, '---'));
  });

  it('a single document with explicit markers is fine', () => {
    expect(check(bytes('---\n' + VALID + '...\n'))).toEqual([]);
  });
});

describe('aliases ("billion laughs")', () => {
  // Nine levels of nine references: 9^9 (387 million) strings if expanded.
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) {
    const [prev, self] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)];
    lines.push(`${self}: &${self} [${Array(9).fill('*' + prev).join(', ')}]`);
  }
  const BOMB = lines.join('\n') + '\n';

  it('is refused with one finding per alias written, never expanded', () => {
    const r = loadDeclaration('bomb.yaml', bytes(BOMB));
    expect(r.ok).toBe(false);
    const ds = r.ok ? [] : r.diagnostics;
    // 81 aliases are written in the file: the findings are proportional to the text, not to the expansion.
    expect(ds).toHaveLength(81);
    expect(new Set(ds.map((d) => d.rule))).toEqual(new Set(['yaml-syntax']));
    expect(diagnosticMessage(ds[0]!, 'zh')).toContain('别名');
    expect(ds[0]!.span.line).toBe(2);
  });

  it('checkFile gives no declaration for it', () => {
    const r = checkFile('bomb.yaml', bytes(BOMB));
    expect(r.declaration).toBeUndefined();
    expect(r.diagnostics.every((d) => d.rule === 'yaml-syntax')).toBe(true);
  });
});

describe('deep nesting does not crash', () => {
  const cases: [string, string][] = [
    ['10 000 nested brackets', 'a: ' + '['.repeat(10_000) + ']'.repeat(10_000)],
    ['100 000 unclosed braces', 'a: ' + '{'.repeat(100_000)],
    ['mixed brackets and braces', 'a: ' + '[{'.repeat(5_000)],
    ['5000 nested block sequences', '- '.repeat(5_000) + 'x'],
    ['5000 nested complex keys', '? '.repeat(5_000) + 'x'],
    ['200 levels of indentation', Array.from({ length: 200 }, (_, i) => ' '.repeat(i) + `k${i}:`).join('\n')],
    ['a sequence indented 200 levels', Array.from({ length: 200 }, (_, i) => '  '.repeat(i) + '-').join('\n')],
  ];
  it.each(cases)('%s: file-limits, with a position', (_, code) => {
    const ds = check(bytes(code));
    expect(ds.map((d) => d.rule)).toEqual(['file-limits']);
    expect(diagnosticMessage(ds[0]!, 'zh')).toContain(`超过 ${MAX_DEPTH} 层`);
    expect(ds[0]!.span.line).toBeGreaterThanOrEqual(1);
  });

  it('nesting just under the limit parses (and fails only the schema)', () => {
    const ds = check(bytes('a: ' + '['.repeat(MAX_DEPTH) + ']'.repeat(MAX_DEPTH) + '\n'));
    expect(ds.some((d) => d.rule === 'file-limits')).toBe(false);
    expect(ds.some((d) => d.rule === 'unknown-key')).toBe(true);
  });
});

describe('random bytes produce diagnostics, never an exception', () => {
  /** Deterministic pseudo-random bytes (a linear congruential generator), so a failure can be reproduced. */
  function random(seed: number, length: number, alphabet?: readonly number[]): Uint8Array {
    const out = new Uint8Array(length);
    let s = seed >>> 0;
    for (let i = 0; i < length; i++) {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      out[i] = alphabet ? alphabet[s % alphabet.length]! : s >>> 24;
    }
    return out;
  }

  it('200 buffers of arbitrary bytes', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const b = random(seed, 1 + (seed * 37) % 3000);
      let ds: readonly Diagnostic[] = [];
      expect(() => (ds = check(b)), `seed ${seed}`).not.toThrow();
      expect(ds.length, `seed ${seed}`).toBeGreaterThan(0);
      expect(ds.some((d) => d.severity === 'error'), `seed ${seed}`).toBe(true);
      for (const d of ds) expect(d.span.line, `seed ${seed}`).toBeGreaterThanOrEqual(1);
    }
  });

  it('200 buffers of YAML punctuation and text (valid UTF-8)', () => {
    const alphabet = [...bytes(' \n\t-:?[]{},&*!|>\'"#%@`年度0123456789abc')];
    for (let seed = 1; seed <= 200; seed++) {
      // Multi-byte characters may be cut: prefer whole UTF-8 by decoding leniently and re-encoding.
      const text = new TextDecoder().decode(random(seed, 1 + (seed * 53) % 2000, alphabet));
      let ds: readonly Diagnostic[] = [];
      expect(() => (ds = check(bytes(text))), `seed ${seed}`).not.toThrow();
      expect(ds.some((d) => d.severity === 'error'), `seed ${seed}`).toBe(true);
    }
  });

  it('NUL bytes and control characters', () => {
    for (const s of ['\u0000', 'a: \u0000\n', '\u0007\u0008\u001b', '年度: 2025\u0000\n']) {
      expect(() => check(bytes(s))).not.toThrow();
      expect(check(bytes(s)).length).toBeGreaterThan(0);
    }
  });
});

describe('decode', () => {
  it('drops a UTF-8 BOM', () => {
    expect(decode(Buffer.concat([BOM, bytes('年度')]))).toEqual({ ok: true, text: '年度' });
  });

  it('refuses UTF-16 by its BOM', () => {
    expect(decode(new Uint8Array([0xff, 0xfe, 0x74, 0x5e]))).toMatchObject({ ok: false, offset: 0 });
    expect(decode(new Uint8Array([0xfe, 0xff, 0x5e, 0x74]))).toMatchObject({ ok: false, offset: 0 });
  });

  it('gives the byte offset of the first invalid byte', () => {
    expect(decode(Buffer.concat([bytes('年度: '), Buffer.from([0xc4, 0xea])]))).toMatchObject({ ok: false, offset: 8 });
    expect(decode(Buffer.concat([bytes('a'), Buffer.from([0xed, 0xa0, 0x80])]))).toMatchObject({ ok: false, offset: 1 });
  });

  it('bytePosition counts characters of the valid prefix, 1-based', () => {
    const b = Buffer.concat([bytes('年度: 2025\n项目名称: '), Buffer.from([0xc4])]);
    expect(bytePosition(b, b.length - 1)).toEqual({ line: 2, column: 7 });
    expect(bytePosition(b, 0)).toEqual({ line: 1, column: 1 });
  });
});
