import { lineOf, oneIndicator, posOf } from '../helpers/fixture.js';
import { ruleTester, type Case } from '../helpers/rule-tester.js';

/** A 时效指标 of the fixture (planned 2025-01-01 … 2025-12-31). */
const timely = (name: string, value: string) => oneIndicator(name, value, '产出指标', '时效指标');
const ok = (value: string, otherRules: string[] = []): Case => ({ name: value, code: timely('完成时间', value).code, otherRules });

const AFTER = timely('二期功能上线时间', '2025.07-2026.01');
const DEADLINE = timely('项目验收时间', '2026年3月31日前');
const BEFORE = timely('前期调研时间', '2024年10月-2025年3月');

ruleTester('time-value-outside-plan', {
  valid: [
    ok('2025年12月31日前'),
    ok('2025年12月底前'),
    ok('12月底前'),
    ok('12月底到位'),
    ok('年底前'),
    ok('2025年第三季度'),
    ok('2025.03-2025.11'),
    ok('1年内'),
    ok('≤30(天)'),
  ],
  invalid: [
    {
      name: 'a period that ends after the project: at the value, note at 计划完成日期',
      code: AFTER.code,
      errors: [
        {
          ...AFTER.value,
          path: AFTER.path,
          messageId: 'after-end',
          data: { value: '2025.07-2026.01', day: '2026-01-31', end: '2025-12-31' },
          notes: [{ ...posOf(AFTER.code, '计划完成日期', '2025-12-31') }],
        },
      ],
    },
    { name: 'a deadline after the project ends', code: DEADLINE.code, errors: [{ ...DEADLINE.value, messageId: 'after-end', data: { day: '2026-03-31' } }] },
    {
      name: 'a period that starts before the project',
      code: BEFORE.code,
      errors: [{ ...BEFORE.value, messageId: 'before-start', data: { day: '2024-10-01', start: '2025-01-01' }, notes: [{ line: lineOf(BEFORE.code, '计划开始日期') }] }],
    },
  ],
});
