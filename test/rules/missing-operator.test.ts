import { describe, expect, it } from 'vitest';
import { allIndicators } from '../../src/model/declaration.js';
import { formatIndicatorValue } from '../../src/model/indicator-value.js';
import { checkText } from '../helpers/examples.js';
import { oneIndicator } from '../helpers/fixture.js';
import { ruleTester, type Case } from '../helpers/rule-tester.js';

const ok = (name: string, value: string, otherRules: string[] = []): Case => ({ name: `${name}: ${value}`, code: oneIndicator(name, value).code, otherRules });
function warns(name: string, value: string, message: string[], otherRules: string[] = []): Case {
  const o = oneIndicator(name, value);
  return { name: `${name}: ${value}`, code: o.code, errors: [{ ...o.value, path: o.path, severity: 'warning', message }], otherRules };
}

ruleTester('missing-operator', {
  valid: [
    ok('道路改造长度', '≥985 米'),
    ok('道路改造长度', '=985米'),
    ok('网络环境', '进一步净化', ['unmeasurable-value']),
    ok('培训次数', '95', ['indicator-value']),
  ],
  invalid: [
    warns('道路改造长度', '985米', ['「道路改造长度」的指标值“985米”没有比较符号', '≥985(米)']),
    warns('道路改造长度', '20.5 公里', ['“20.5 公里”', '≥20.5(公里)']),
    warns('培训场次', '4（场）', ['≥4(场)']),
    warns('培训覆盖率', '100%', ['“100%”']),
  ],
});

describe('missing-operator: accepted and rendered as written', () => {
  it('985米 validates (warning only) and formats exactly as written', () => {
    const r = checkText(oneIndicator('道路改造长度', '985米').code);
    expect(r.diagnostics.map((d) => [d.rule, d.severity])).toEqual([['missing-operator', 'warning']]);
    expect(r.declaration).toBeDefined();
    const ind = allIndicators(r.declaration!).find((i) => i.name === '道路改造长度')!;
    expect(ind.value.kind).toBe('bare-quantity');
    expect(formatIndicatorValue(ind.value)).toBe('985米');
  });

  it('full-width parentheses are kept as written too', () => {
    const r = checkText(oneIndicator('培训场次', '4（场）').code);
    const ind = allIndicators(r.declaration!).find((i) => i.name === '培训场次')!;
    expect(formatIndicatorValue(ind.value)).toBe('4（场）');
  });
});
