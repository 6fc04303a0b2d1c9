import { describe, expect, it } from 'vitest';
import { relatedMessage, type Diagnostic, type TextEdit } from '../../src/diagnostics/types.js';
import { declaration, funds, oneIndicator, posOf, replaceLine, VALID } from '../helpers/fixture.js';
import { checkText } from '../helpers/examples.js';

/** The text with one suggestion's edits applied (edits on one line, in any order). */
function apply(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split('\n');
  for (const e of [...edits].sort((a, b) => b.span.column - a.span.column)) {
    expect(e.span.endLine).toBe(e.span.line);
    const l = lines[e.span.line - 1]!;
    lines[e.span.line - 1] = l.slice(0, e.span.column - 1) + e.text + l.slice(e.span.endColumn - 1);
  }
  return lines.join('\n');
}

function onlySuggestion(d: Diagnostic | undefined) {
  expect(d?.suggestions, 'a suggestion').toHaveLength(1);
  return d!.suggestions![0]!;
}

describe('suggestions: mechanical fixes an editor can apply', () => {
  it('>= becomes ≥ in a value YAML cannot read', () => {
    const code = replaceLine(VALID, '参训人员满意度', '      - 参训人员满意度: >=90%');
    const d = checkText(code).diagnostics.find((x) => x.rule === 'yaml-syntax');
    const s = onlySuggestion(d);
    expect(s).toMatchObject({ messageId: 'suggest-replace', data: { from: '>=', to: '≥' } });
    const fixed = apply(code, s.edits);
    expect(fixed).toContain('      - 参训人员满意度: ≥90%');
    expect(checkText(fixed).diagnostics).toEqual([]);
  });

  it('a misspelt key becomes the key it resembles', () => {
    const code = declaration({ funds: funds({ annual: { 其它资金: '0', 其他资金: null } }) });
    const s = onlySuggestion(checkText(code).diagnostics.find((x) => x.rule === 'unknown-key'));
    expect(s).toMatchObject({ messageId: 'suggest-key', data: { key: '其他资金' } });
    expect(s.edits[0]!.span).toMatchObject(posOf(code, '其它资金'));
    expect(checkText(apply(code, s.edits)).diagnostics).toEqual([]);
  });

  it('a wrong 合计 becomes the computed sum', () => {
    const code = declaration({ funds: funds({ annual: { 合计: '999' } }) });
    const d = checkText(code).diagnostics.find((x) => x.rule === 'fund-annual-sum');
    const s = onlySuggestion(d);
    expect(s).toMatchObject({ messageId: 'suggest-total', data: { total: '1,000,000.00' } });
    expect(relatedMessage(d!, s, 'zh')).toBe('把合计改为 1,000,000.00');
    expect(checkText(apply(code, s.edits)).diagnostics).toEqual([]);
  });

  it('a value without an operator gets ≥ in the official form', () => {
    const { code } = oneIndicator('道路改造长度', '985米');
    const s = onlySuggestion(checkText(code).diagnostics.find((x) => x.rule === 'missing-operator'));
    expect(s).toMatchObject({ messageId: 'suggest-operator', data: { value: '≥985(米)' } });
    expect(checkText(apply(code, s.edits)).diagnostics.filter((x) => x.rule === 'missing-operator')).toEqual([]);
  });

  it('a near-miss 项目类别 becomes the valid category', () => {
    const code = declaration({ head: { 项目类别: '特定目标' } });
    const s = onlySuggestion(checkText(code).diagnostics.find((x) => x.rule === 'project-category'));
    expect(checkText(apply(code, s.edits)).diagnostics).toEqual([]);
  });
});
