import { describe, expect, it } from 'vitest';
import { applySeverity, checkFile, type CheckOptions } from '../../src/check/check-file.js';
import { checkBeforeDrawing } from '../../src/check/later-phases.js';
import { declaration, funds, posOf } from '../helpers/fixture.js';

/**
 * A render-phase rule (run by render and summary before a form is drawn, not
 * by checkFile), so no ruleTester table: what a file that validates under its
 * configuration gets when it is about to be printed.
 */
function beforeDrawing(yaml: string, options: CheckOptions) {
  const r = checkFile('t.yaml', Buffer.from(yaml), options);
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return applySeverity(checkBeforeDrawing(r.source!, r.declaration!), () => options);
}

const OFF: CheckOptions = { severity: { 'amount-format': 'off' } };
const BAD = declaration({ funds: funds({ annual: { 合计: null, 其他资金: '1，000' } }) });

describe('unprintable-amount', () => {
  it('readable amounts: nothing', () => {
    expect(beforeDrawing(declaration(), OFF)).toEqual([]);
  });

  it('amount-format off: the amount is pointed at, with its path and what was written', () => {
    const ds = beforeDrawing(BAD, OFF);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({
      rule: 'unprintable-amount',
      severity: 'error',
      span: posOf(BAD, '其他资金', '1，000'),
      messageId: 'unreadable',
      data: { path: ['项目资金', '年度资金申请总额', '其他资金'], written: '1，000' },
    });
  });

  it('amount-format a warning: the same', () => {
    expect(beforeDrawing(BAD, { severity: { 'amount-format': 'warning' } }).map((d) => d.rule)).toEqual(['unprintable-amount']);
  });

  it('every unreadable amount, 合计 included', () => {
    const two = declaration({ funds: funds({ annual: { 合计: '281万元', 其他资金: 'abc' } }) });
    expect(beforeDrawing(two, OFF).map((d) => (d.data as { written: string }).written)).toEqual(['281万元', 'abc']);
  });

  it('configuration cannot switch it off (locked): its level stays error', () => {
    const ds = beforeDrawing(BAD, { severity: { 'amount-format': 'off', 'unprintable-amount': 'off' } });
    // applySeverity would drop it; the configuration loader refuses such a setting before it gets here (test/config).
    expect(ds).toEqual([]);
  });
});
