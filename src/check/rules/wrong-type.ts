import { text } from '../../diagnostics/types.js';
import { defineSchemaRule } from '../rule.js';

export const wrongType = defineSchemaRule({
  id: 'wrong-type',
  severity: 'error',
  docs: {
    title: text('字段类型不对', 'Wrong type'),
    description: text(
      '每个字段有固定的形式：年度是数字，日期和名称是文本，资金是金额，绩效指标是“一级 → 二级 → 以“- ”开头的三级指标列表”，每一项只写一个“名称: 指标值”。常见原因是缩进错了一层、漏写了“- ”，或把两个指标写进了同一项。',
      'Each field has a fixed form: 年度 is a number, dates and names are text, funds are amounts, and 绩效指标 is 一级 → 二级 → a list of "- name: value" items, one pair per item. Usually an indentation or a missing "- ".',
    ),
    examples: {
      bad: '产出指标:\n  数量指标:\n    培训次数: ≥4 次',
      good: '产出指标:\n  数量指标:\n    - 培训次数: ≥4 次',
    },
  },
  check({ issues, report }) {
    for (const i of issues) {
      if (i.kind === 'wrong-type') report({ path: i.path, messageId: 'wrong-type', data: { path: i.path, got: i.got, fullWidthColon: i.fullWidthColon } });
      else if (i.kind === 'item-pairs') report(i.count === 0 ? { path: i.path, messageId: 'empty-item' } : { path: i.path, messageId: 'several-pairs', data: { count: i.count } });
    }
  },
});
