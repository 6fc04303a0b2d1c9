import { text } from '../../diagnostics/types.js';
import { allIndicators } from '../../model/declaration.js';
import { suggestOperator } from '../../analysis/suggest-operator.js';
import { defineModelRule } from '../rule.js';

export const missingOperator = defineModelRule({
  id: 'missing-operator',
  severity: 'warning',
  docs: {
    title: text('定量指标值缺少比较符号', 'Quantity without an operator'),
    description: text(
      '“985米”这样只有数值和单位的写法在获批的表中出现过，因此只提醒、按原样印出；但它没有说明目标是不少于（≥）、不超过（≤）还是恰好（=），评价时容易产生争议。建议补上符号。',
      'A number and unit with no operator (985米) occurs in approved forms and is printed as written, but it does not say whether the target is a minimum, a maximum or exact. Add ≥, ≤ or =.',
    ),
    examples: { bad: '- 道路改造长度: 985米', good: '- 道路改造长度: ≥985 米' },
  },
  needs: ['indicators'],
  check({ decl, report }) {
    for (const ind of allIndicators(decl)) {
      const v = ind.value;
      if (v.kind !== 'bare-quantity') continue;
      // The operator the wording or the indicator's nature implies (≤ for costs and times), never one in front of a year.
      const suggested = suggestOperator(ind.name, ind.level1, v.number, v.unit);
      report({
        path: ind.path,
        messageId: 'no-operator',
        data: { name: ind.name, value: v.text, number: v.number, unit: v.unit, ...(suggested && { suggested }) },
        ...(suggested && { suggestions: [{ messageId: 'suggest-operator', data: { value: suggested }, edits: [{ path: ind.path, text: suggested }] }] }),
      });
    }
  },
});
