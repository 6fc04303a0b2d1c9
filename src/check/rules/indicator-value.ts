import { text } from '../../diagnostics/types.js';
import { allIndicators } from '../../model/declaration.js';
import { defineModelRule } from '../rule.js';

export const indicatorValue = defineModelRule({
  id: 'indicator-value',
  severity: 'error',
  docs: {
    title: text('指标值既不是规范的定量值，也不是定性描述', 'Malformed 指标值'),
    description: text(
      '定量指标值写成 比较符号 + 数值 + 单位：≥20 次、≥20.00(次)、=100%、≤1.10(万元/次)；符号可用 ≥ ≤ = > <（也接受 >= <= ＞ ＜ ＝ ≧ ≦）。定性指标值直接写文字（提升、进一步净化、不超预算），不以符号或数字开头。只有数字（95）、符号后不是数字（≥abc）、缺单位（=100）、区间（1-2个）、模板占位符（XX、**）或空值都是错误。',
      'A quantitative value is operator + number + unit (≥20 次, =100%, ≤1.10(万元/次)); a qualitative one is plain words (提升). A bare number, an operator without a number (≥abc), a missing unit, a range, a placeholder (XX, **) or an empty value is an error.',
    ),
    examples: { bad: '- 培训次数: 20\n- 网民满意度: XX\n- 验收合格率: ≥abc', good: '- 培训次数: ≥20 次\n- 网民满意度: ≥90%\n- 网络环境: 进一步净化' },
  },
  needs: ['indicators'],
  check({ decl, report }) {
    for (const ind of allIndicators(decl)) {
      const v = ind.value;
      if (v.kind !== 'invalid') continue;
      const name = ind.name;
      const path = ind.path;
      switch (v.reason) {
        case 'empty':
          // `- 满意度: >90` is read by YAML as an empty folded block: say so, or the message makes no sense.
          if (ind.written !== undefined && /^[>|]/.test(ind.written)) report({ path, messageId: 'empty-block-scalar', data: { name, written: ind.written } });
          else report({ path, messageId: 'empty', data: { name } });
          break;
        case 'own-name':
        case 'not-text':
          report({ path, messageId: v.reason, data: { name } });
          break;
        default:
          report({ path, messageId: v.reason, data: { name, value: v.text } });
      }
    }
  },
});
