import { text } from '../../diagnostics/types.js';
import { quantIndicators } from '../../analysis/from-model.js';
import { nameCountConflict } from '../../analysis/name-count.js';
import { defineModelRule } from '../rule.js';

/** `村组干部230人: ≥230个`: the name and the value count the same people in different units. */
export const countInNameMismatch = defineModelRule({
  id: 'count-in-name-mismatch',
  severity: 'warning',
  docs: {
    title: text('指标名称中写的数量与指标值矛盾', 'A count in the indicator name contradicts its value'),
    description: text(
      '有的三级指标把数量写进了名称（村组干部230人）。指标值说的是同一个数量时，计量单位和数值都应与名称一致：“村组干部230人: ≥230个”把人数写成了“个”，“培训300人: ≥280人”写了另一个数。名称中的数量与指标值计量的是不同的东西时（村组干部230人培训覆盖率: =100%）不报告。最好只在指标值里写数量。',
      'Some 三级指标 carry a count in their name (村组干部230人). When the value counts the same thing, unit and figure must agree with the name: 村组干部230人: ≥230个 counts people in 个; 培训300人: ≥280人 states another figure. A value measuring something else (…覆盖率: =100%) is fine. Best write the count in the value only.',
    ),
    examples: { bad: '- 村组干部230人: ≥230 个', good: '- 培训村组干部人数: ≥230 人' },
  },
  needs: ['indicators'],
  check({ decl, report }) {
    for (const q of quantIndicators(decl)) {
      const c = nameCountConflict(q);
      if (!c) continue;
      const data = { name: q.name, stated: c.stated.text, value: q.written };
      if (c.kind === 'unit') report({ path: q.ref.path, messageId: 'unit', data: { ...data, unit: q.unit.written } });
      else report({ path: q.ref.path, messageId: 'figure', data });
    }
  },
});
