import { describe, expect, it } from 'vitest';
import { loadDeclaration } from '../../src/load/parse.js';
import type { SourceFile } from '../../src/load/source-file.js';
import { declaration, funds, posOf, VALID } from '../helpers/fixture.js';

function source(yaml: string): SourceFile {
  const r = loadDeclaration('t.yaml', Buffer.from(yaml));
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.source;
}

const start = (s: SourceFile, path: (string | number)[], part?: 'key' | 'value') => {
  const sp = s.locate(path, part);
  return { line: sp.line, column: sp.column };
};

describe('SourceFile.locate', () => {
  const s = source(VALID);

  it('points at the value by default and at the key on request', () => {
    expect(start(s, ['项目类别'])).toEqual(posOf(VALID, '项目类别', '特定目标类'));
    expect(start(s, ['项目类别'], 'key')).toEqual(posOf(VALID, '项目类别'));
  });

  it('walks list indexes', () => {
    expect(start(s, ['绩效指标', '产出指标', '数量指标', 0, '培训次数'])).toEqual(posOf(VALID, '培训次数', '≥4 次'));
    expect(start(s, ['绩效指标', '产出指标', '数量指标', 0, '培训次数'], 'key')).toEqual(posOf(VALID, '培训次数'));
  });

  it('a missing path points at the nearest existing ancestor\'s key', () => {
    expect(start(s, ['项目资金', '项目资金总额', '合计'])).toEqual(posOf(VALID, '项目资金:'));
    expect(start(s, ['绩效指标', '产出指标', '时效指标'])).toEqual(posOf(VALID, '  产出指标:', '产出指标'));
    expect(start(s, ['不存在'])).toEqual({ line: 1, column: 1 });
  });

  it('a key with no value points just after its colon, and at the key on request', () => {
    const code = declaration({ head: { 项目名称: '' } });
    const colon = posOf(code, '项目名称:', ':');
    expect(start(source(code), ['项目名称'])).toEqual({ line: colon.line, column: colon.column + 1 });
    expect(start(source(code), ['项目名称'], 'key')).toEqual(posOf(code, '项目名称'));
  });

  it('spans are end-exclusive and cover the value', () => {
    const sp = s.locate(['项目类别']);
    expect(sp.endLine).toBe(sp.line);
    expect(sp.endColumn - sp.column).toBe('特定目标类'.length);
  });

  it('has() tells whether every segment exists', () => {
    expect(s.has(['项目资金', '年度资金申请总额', '合计'])).toBe(true);
    expect(s.has(['项目资金', '项目资金总额'])).toBe(false);
  });
});

describe('SourceFile.scalar: what the author typed', () => {
  it('keeps YAML numbers as written', () => {
    const code = declaration({ funds: funds({ annual: { 合计: '2810000.50', 当年财政拨款: '2810000.50', 上年结转资金: '0.00', 其他资金: '1e3' } }) });
    const s = source(code);
    expect(s.scalar(['项目资金', '年度资金申请总额', '当年财政拨款'])).toEqual({ raw: '2810000.50', style: 'PLAIN' });
    expect(s.scalar(['项目资金', '年度资金申请总额', '上年结转资金'])!.raw).toBe('0.00');
    expect(s.scalar(['项目资金', '年度资金申请总额', '其他资金'])!.raw).toBe('1e3');
  });

  it('reports the style of quoted and block scalars', () => {
    const code = declaration({ head: { 项目名称: "'网络'" } });
    const s = source(code);
    expect(s.scalar(['项目名称'])!.style).toBe('QUOTE_SINGLE');
    expect(s.scalar(['绩效目标', '年度总体目标'])!.style).toBe('BLOCK_LITERAL');
  });

  it('is undefined for collections and missing paths', () => {
    const s = source(VALID);
    expect(s.scalar(['项目资金'])).toBeUndefined();
    expect(s.scalar(['没有'])).toBeUndefined();
  });
});
