import { diagnosticMessage } from '../../src/diagnostics/types.js';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/diagnostics/types.js';
import { majority, summaryDiagnostics, type ProjectIdentity } from '../../src/summary/consistency.js';

const span = (line: number): Span => ({ line, column: 7, endLine: line, endColumn: 20 });
const UNIT = '中共上海市委网络安全和信息化委员会办公室';

function p(file: string, extra: Partial<ProjectIdentity> = {}): ProjectIdentity {
  return { file, unit: UNIT, year: 2025, name: file.replace(/\.yaml$/, ''), spans: { year: span(2), name: span(3), unit: span(7) }, ...extra };
}

describe('majority', () => {
  it('is the most frequent value; a tie goes to the value seen first', () => {
    expect(majority(['a', 'b', 'b'])).toEqual({ value: 'b', count: 2 });
    expect(majority(['b', 'a', 'a', 'b'])).toEqual({ value: 'b', count: 2 });
    expect(majority([2024, 2025])).toEqual({ value: 2024, count: 1 });
    expect(majority([])).toBeUndefined();
  });
});

describe('the summary rules', () => {
  it('are silent for one unit, one year and distinct names', () => {
    expect(summaryDiagnostics([p('a.yaml'), p('b.yaml'), p('c.yaml')])).toEqual([]);
  });

  it('summary-mixed-unit: each outlier at its 实施单位 line, naming the majority value', () => {
    const ds = summaryDiagnostics([p('a.yaml'), p('b.yaml', { unit: '上海市委网信办' }), p('c.yaml')]);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ file: 'b.yaml', span: span(7), rule: 'summary-mixed-unit', severity: 'error', path: ['实施单位'] });
    expect(diagnosticMessage(ds[0]!, 'zh')).toContain('实施单位“上海市委网信办”');
    expect(diagnosticMessage(ds[0]!, 'zh')).toContain(`3 个文件中有 2 个的实施单位是“${UNIT}”`);
    expect(diagnosticMessage(ds[0]!, 'en')).toContain(`2 of 3 files name "${UNIT}"`);
  });

  it('summary-mixed-year: each outlier at its 年度 line', () => {
    const ds = summaryDiagnostics([p('a.yaml', { year: 2024 }), p('b.yaml'), p('c.yaml'), p('d.yaml', { year: 2026 })]);
    expect(ds.map((d) => [d.file, d.rule, d.span.line])).toEqual([
      ['a.yaml', 'summary-mixed-year', 2],
      ['d.yaml', 'summary-mixed-year', 2],
    ]);
    expect(diagnosticMessage(ds[0]!, 'zh')).toContain('年度 2024');
    expect(diagnosticMessage(ds[0]!, 'zh')).toContain('4 个文件中有 2 个是 2025 年度');
  });

  it('summary-duplicate-name: every copy, each naming the other files and lines', () => {
    const ds = summaryDiagnostics([p('a.yaml', { name: '网络宣传工作' }), p('b.yaml'), p('sub/c.yaml', { name: '网络宣传工作' }), p('d.yaml', { name: '网络宣传工作' })]);
    expect(ds.map((d) => [d.file, d.rule])).toEqual([
      ['a.yaml', 'summary-duplicate-name'],
      ['sub/c.yaml', 'summary-duplicate-name'],
      ['d.yaml', 'summary-duplicate-name'],
    ]);
    expect(diagnosticMessage(ds[0]!, 'zh')).toContain('项目名称“网络宣传工作”与 sub/c.yaml:3、d.yaml:3 重复');
    expect(diagnosticMessage(ds[1]!, 'en')).toContain('is also used by a.yaml:3, d.yaml:3');
    expect(ds[0]!.span).toEqual(span(3));
  });

  it('names and units are compared as a reader sees them: spaces, invisible characters and composition do not count', () => {
    const ds = summaryDiagnostics([
      p('a.yaml', { name: '网络宣传工作' }),
      p('b.yaml', { name: ' 网络\u200b宣传工作　', unit: `${UNIT}\u3000` }),
      p('c.yaml', { unit: `\u200b${UNIT}` }),
    ]);
    expect(ds.map((d) => [d.file, d.rule])).toEqual([
      ['a.yaml', 'summary-duplicate-name'],
      ['b.yaml', 'summary-duplicate-name'],
    ]);
  });

  it('a unit that differs only in invisible characters is not an outlier; the majority is quoted as written', () => {
    const ds = summaryDiagnostics([p('a.yaml', { unit: '上海市委网信办' }), p('b.yaml', { unit: '上海市委网信办\u200b' }), p('c.yaml')]);
    expect(ds.map((d) => d.file)).toEqual(['c.yaml']);
    expect(ds[0]).toMatchObject({ rule: 'summary-mixed-unit', messageId: 'differs', data: { unit: UNIT, files: 3, count: 2, majority: '上海市委网信办' } });
  });

  it('many copies of one name: each finding lists a few places and the count, not all of them', () => {
    const many = Array.from({ length: 40 }, (_, i) => p(`f${i}.yaml`, { name: '同名项目' }));
    const ds = summaryDiagnostics(many);
    expect(ds).toHaveLength(40);
    expect(ds[0]).toMatchObject({ rule: 'summary-duplicate-name', messageId: 'duplicate', data: { name: '同名项目', total: 39 } });
    expect((ds[0]!.data as { others: string[] }).others).toHaveLength(5);
    expect(diagnosticMessage(ds[0]!, 'zh')).toContain('…（共 39 处）');
  });
});
