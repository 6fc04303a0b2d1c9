import { text } from '../../diagnostics/types.js';
import { parseTimeValue } from '../../analysis/time-value.js';
import { allIndicators } from '../../model/declaration.js';
import { defineModelRule } from '../rule.js';

/** A time value that names a day that does not exist, or a period that ends before it starts. */
export const timeValueInvalid = defineModelRule({
  id: 'time-value-invalid',
  severity: 'error',
  docs: {
    title: text('时效指标中的日期不存在或期间颠倒', 'A time value names an impossible date or a reversed period'),
    description: text(
      '时效指标可以写日期、月份、期间或期限（2025年12月31日前、12月底前、2025.07-2026.01、1年内）。其中的日期必须真实存在（没有 2月30日、13月），期间的结束不能早于开始：否则印在表上的时限无法考核，因此报错。',
      'A 时效指标 may name a date, month, period or deadline (2025年12月31日前, 12月底前, 2025.07-2026.01, 1年内). Its dates must exist (no 2月30日, no 13月) and a period must not end before it starts; otherwise the printed deadline cannot be judged.',
    ),
    examples: { bad: '- 项目验收时间: 2025年2月30日前\n- 二期建设期间: 2026.01-2025.07', good: '- 项目验收时间: 2025年2月28日前\n- 二期建设期间: 2025.07-2026.01' },
  },
  needs: ['indicators'],
  uses: ['year'],
  check({ decl, report }) {
    const year = decl.year?.value ?? 2000;
    for (const ind of allIndicators(decl)) {
      if (ind.value.kind !== 'time') continue;
      const t = parseTimeValue(ind.value.text, year);
      if (t?.kind !== 'impossible') continue;
      report({ path: ind.path, messageId: t.why, data: { name: ind.name, value: ind.value.text } });
    }
  },
});
