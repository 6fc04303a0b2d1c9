import { text } from '../../diagnostics/types.js';
import { defineSchemaRule } from '../rule.js';

export const requiredField = defineSchemaRule({
  id: 'required-field',
  severity: 'error',
  docs: {
    title: text('缺少必填项或必填项为空', 'Missing or empty required field'),
    description: text(
      '申报表上的每一栏都要填写：年度、项目名称、项目性质、项目类别、主管部门、实施单位、计划开始日期、计划完成日期、年度资金申请总额的三项资金、年度总体目标和绩效指标。没有的资金填 0，而不是留空。',
      'Every box of the form must be filled in; an amount that does not apply is 0, not blank.',
    ),
    examples: {
      bad: '项目资金:\n  年度资金申请总额:\n    当年财政拨款: 700,000.00\n    上年结转资金:\n    其他资金: 0',
      good: '项目资金:\n  年度资金申请总额:\n    当年财政拨款: 700,000.00\n    上年结转资金: 0\n    其他资金: 0',
    },
  },
  check({ issues, report }) {
    for (const i of issues) {
      // A missing key is shown at its parent's key (one line), an empty one at its own key.
      if (i.kind === 'missing') report({ path: i.path, part: 'key', messageId: 'missing', data: { path: i.path } });
      else if (i.kind === 'empty') report({ path: i.path, part: i.path.length > 0 ? 'key' : 'value', messageId: 'empty', data: { path: i.path } });
      else if (i.kind === 'no-indicator-name') report({ path: i.path, part: 'key', messageId: 'no-indicator-name' });
    }
  },
});
