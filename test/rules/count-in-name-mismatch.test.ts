import { oneIndicator } from '../helpers/fixture.js';
import { ruleTester, type Case } from '../helpers/rule-tester.js';

const ok = (name: string, value: string, otherRules: string[] = []): Case => ({ name: `${name}: ${value}`, code: oneIndicator(name, value).code, otherRules });
function warns(name: string, value: string, messageId: string, data: Record<string, unknown>): Case {
  const o = oneIndicator(name, value);
  return { name: `${name}: ${value}`, code: o.code, errors: [{ ...o.value, path: o.path, messageId, data }] };
}

ruleTester('count-in-name-mismatch', {
  valid: [
    ok('村组干部230人', '≥230 人'),
    ok('培训村组干部人数', '≥230 人'),
    ok('培训300人以上', '≥350 人'),
    // The name counts people, the value a rate: different things.
    ok('村组干部230人培训覆盖率', '=100%'),
    ok('2025年培训人数', '≥300 人'),
    ok('5G基站建设数量', '≥20 个'),
  ],
  invalid: [
    warns('村组干部230人', '≥230个', 'unit', { name: '村组干部230人', stated: '230人', value: '≥230(个)', unit: '个' }),
    warns('培训基层干部300人', '≥280 人', 'figure', { stated: '300人', value: '≥280(人)' }),
    warns('新建村级服务站12个', '≥12 座', 'unit', { unit: '座' }),
  ],
});
