import { text } from '../../diagnostics/types.js';
import { allIndicators } from '../../model/declaration.js';
import { parseIndicatorValue } from '../../model/indicator-value.js';
import { defineModelRule } from '../rule.js';

export const indicatorValue = defineModelRule({
  id: 'indicator-value',
  severity: 'error',
  docs: {
    title: text('指标值既不是规范的定量值，也不是定性描述', 'Malformed 指标值'),
    description: text(
      '定量指标值写成 比较符号 + 数值 + 单位：≥20 次、≥20.00(次)、=100%、≤1.10(万元/次)；符号可用 ≥ ≤ = > <（也接受 >= <= ＞ ＜ ＝ ≧ ≦）。数值只能用半角（英文）数字、半角逗号和小数点书写：全角数字或标点（≥1，000次、≥99．5%）、数字中间的空格、科学计数法（1e3）、十六进制（0x10）、分数（1/2）和负数都会报错并给出改正后的写法，绝不会被读成另一个数（≥1，000次 不会被当成 ≥1）。定性指标值直接写文字（提升、进一步净化、不超预算），不以符号或数字开头；时效指标可以写日期或期限（2025年12月31日前、2025.07-2026.01）。只有数字（95）、符号后不是数字（≥abc）、缺单位（=100）、区间（1-2个）、模板占位符（XX、**）或空值都是错误。',
      'A quantitative value is operator + number + unit (≥20 次, =100%, ≤1.10(万元/次)). The number is ASCII digits, comma and dot only: full-width digits or punctuation (≥1，000次), spaces inside it, 1e3, 0x10, 1/2 and negatives are errors that show the corrected value, never read as another number. A qualitative value is plain words (提升); a 时效指标 may name a date or deadline (2025年12月31日前). A bare number, an operator without a number (≥abc), a missing unit, a range, a placeholder (XX, **) or an empty value is an error.',
    ),
    examples: { bad: '- 培训次数: 20\n- 检查次数: ≥1，000次\n- 网民满意度: XX\n- 验收合格率: ≥abc', good: '- 培训次数: ≥20 次\n- 网民满意度: ≥90%\n- 网络环境: 进一步净化' },
  },
  needs: ['indicators'],
  check({ decl, report }) {
    for (const ind of allIndicators(decl)) {
      const v = ind.value;
      if (v.kind !== 'invalid') continue;
      const name = ind.name;
      const path = ind.path;
      const at = { path, ...(v.flaw && { within: { start: v.flaw.at, end: v.flaw.at + v.flaw.char.length } }) };
      switch (v.reason) {
        case 'malformed-number': {
          const corrected = v.corrected ?? [];
          // Is the correction a whole 指标值, or only the number (`1e3`, which also needs an operator and a unit)?
          const whole = corrected.length > 0 && parseIndicatorValue(corrected[0]!, name).kind !== 'invalid';
          report({ ...at, messageId: 'malformed-number', data: { name, value: v.text, flaw: v.flaw!, corrected, whole } });
          break;
        }
        case 'negative':
          report({ ...at, messageId: 'negative', data: { name, value: v.text } });
          break;
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
