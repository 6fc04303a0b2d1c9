import { describe, expect, it } from 'vitest';
import { declaration, funds, lineOf, posOf, withItems } from '../helpers/fixture.js';
import { checkText } from '../helpers/examples.js';

/** Rule id and message id of each diagnostic, in order. */
const ids = (yaml: string) => checkText(yaml).diagnostics.map((d) => `${d.rule}/${d.messageId}`);

describe('error recovery: a shape problem does not hide the other findings of the file', () => {
  it('a missing 年度 is reported, and the fund sums are still checked', () => {
    const code = declaration({ head: { 年度: null }, funds: funds({ annual: { 合计: '999' } }) });
    expect(ids(code)).toEqual(['required-field/missing', 'fund-annual-sum/mismatch']);
  });

  it('a mistyped 年度 skips only the rules that need it (year-in-range), not the others', () => {
    const code = declaration({ head: { 年度: '二〇二五', 项目类别: '特定目标' } });
    const r = checkText(code);
    expect(r.diagnostics.map((d) => d.rule)).toEqual(['wrong-type', 'project-category']);
    expect(r.draft?.year).toBeUndefined();
    expect(r.draft?.category?.value).toBe('特定目标');
    expect(r.declaration).toBeUndefined();
  });

  it('a malformed 绩效指标 leaves the indicator rules out, and the header rules in', () => {
    const code = declaration({ head: { 项目性质: '经常性专项' }, indicators: withItems('产出指标', '数量指标', '培训次数') });
    const r = checkText(code);
    expect(r.diagnostics.map((d) => d.rule)).toEqual(['project-nature', 'wrong-type']);
    expect(r.draft?.indicators).toBeUndefined();
    expect(r.draft?.nature?.value).toBe('经常性专项');
  });

  it('a missing required field under 项目资金 leaves the fund rules out (they need every amount)', () => {
    const code = declaration({ funds: funds({ annual: { 其他资金: null, 合计: '999' } }) });
    expect(ids(code)).toEqual(['required-field/missing']);
  });

  it('an unknown key does not make its section malformed: the rules still run on it', () => {
    const code = declaration({ funds: funds({ annual: { 其它资金: '0', 合计: '999' } }) });
    expect(ids(code).sort()).toEqual(['fund-annual-sum/mismatch', 'unknown-key/did-you-mean']);
  });

  it('a file that is not a mapping at all has no fields and runs no model rule', () => {
    const r = checkText('- 一\n- 二\n');
    expect(r.diagnostics.map((d) => d.rule)).toEqual(['wrong-type']);
    expect(r.draft).toEqual({});
  });
});

describe('positions of missing keys: one line, never the whole file', () => {
  it('a missing top-level key points at the start of the document, zero width', () => {
    const [d] = checkText(declaration({ head: { 项目名称: null } })).diagnostics;
    expect(d).toMatchObject({ rule: 'required-field', messageId: 'missing', data: { path: ['项目名称'] } });
    expect(d!.span).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 1 });
  });

  it('a missing nested key points at its parent key, on the parent key line only', () => {
    const code = declaration({ funds: funds({ annual: { 其他资金: null } }) });
    const [d] = checkText(code).diagnostics;
    const at = posOf(code, '年度资金申请总额:');
    expect(d!.span).toEqual({ line: at.line, column: at.column, endLine: at.line, endColumn: at.column + '年度资金申请总额'.length });
    expect(d!.span.line).toBe(lineOf(code, '年度资金申请总额'));
  });
});
