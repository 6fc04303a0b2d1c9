import { oneIndicator } from '../helpers/fixture.js';
import { ruleTester, type Case } from '../helpers/rule-tester.js';

const timely = (name: string, value: string) => oneIndicator(name, value, '产出指标', '时效指标');
const ok = (value: string): Case => ({ name: value, code: timely('完成时间', value).code, otherRules: [] });
function bad(value: string, messageId: string): Case {
  const o = timely('完成时间', value);
  return { name: value, code: o.code, errors: [{ ...o.value, path: o.path, messageId, data: { name: '完成时间', value } }] };
}

ruleTester('time-value-invalid', {
  valid: [ok('2025年2月28日前'), ok('2025.07-2025.12'), ok('12月底前'), ok('第四季度前')],
  invalid: [bad('2025年2月30日前', 'no-such-date'), bad('2025年2月29日前', 'no-such-date'), bad('2025.09-2025.03', 'reversed')],
});
