import { text, type Text } from '../../diagnostics/types.js';
import { allIndicators, type Indicator } from '../../model/declaration.js';
import { parseIndicatorValue, type IndicatorValue } from '../../model/indicator-value.js';
import { correctionText, flawText } from '../number-flaw-text.js';
import type { Rule } from '../rule.js';

function why(value: Extract<IndicatorValue, { kind: 'invalid' }>, name: string): Text {
  const v = value.text;
  switch (value.reason) {
    case 'malformed-number': {
      const f = flawText(value.flaw!);
      const fix = correction(value, name);
      return text(`「${name}」的指标值“${v}”中的数字${f.zh}。${fix.zh}。`, `The number in the value "${v}" of "${name}": ${f.en}; ${fix.en}.`);
    }
    case 'negative':
      return text(
        `「${name}」的指标值“${v}”是负数，指标值不能为负。要表达减少或下降，请在名称中说明（如“…下降率”），目标写正数（如 ≥5%）。`,
        `The value "${v}" of "${name}" is negative; a target cannot be negative. To state a decrease, say so in the name (…下降率) and write a positive target (≥5%).`,
      );
    case 'empty':
      return text(`三级指标「${name}」没有填写指标值。`, `"${name}" has no value.`);
    case 'placeholder':
      return text(`「${name}」的指标值“${v}”是模板占位符，请填写实际的目标值。`, `The value "${v}" of "${name}" is a template placeholder; fill in the real target.`);
    case 'own-name':
      return text(`「${name}」的指标值与指标名称相同，像是复制时填错了列。请填写目标值（如 ≥20 次）或定性描述（如 提升）。`, `The value of "${name}" repeats its name; fill in the target.`);
    case 'bare-number':
      return text(`「${name}」的指标值“${v}”只有数字。定量指标要写 比较符号+数值+单位，如 ≥${v} 次、=${v}%。`, `The value "${v}" of "${name}" is a bare number; write operator, number and unit (≥${v} 次, =${v}%).`);
    case 'no-number':
      return text(
        `「${name}」的指标值“${v}”以比较符号开头，后面却不是数字。定量指标写成 符号+数值+单位（≥20 次）；定性指标直接写文字（提升），不加符号。`,
        `The value "${v}" of "${name}" starts with an operator but no number follows. Write ≥20 次 for a quantity, or plain words (提升) for a qualitative target.`,
      );
    case 'no-unit':
      return text(`「${name}」的指标值“${v}”缺少计量单位。请在数值后写上单位，如 ≥20 次、=100%、≤40 万元。`, `The value "${v}" of "${name}" lacks a unit (≥20 次, =100%, ≤40 万元).`);
    case 'range':
      return text(`「${name}」的指标值“${v}”是一个区间。请写成一个目标值（如 ≥1 个），或拆成两个指标。`, `The value "${v}" of "${name}" is a range; give one target (≥1 个) or split the indicator.`);
    case 'not-text':
      return text(`「${name}」的指标值应是文本。`, `The value of "${name}" must be text.`);
  }
}

export const indicatorValue: Rule = {
  id: 'indicator-value',
  severity: 'error',
  title: text('指标值既不是规范的定量值，也不是定性描述', 'Malformed 指标值'),
  description: text(
    '定量指标值写成 比较符号 + 数值 + 单位：≥20 次、≥20.00(次)、=100%、≤1.10(万元/次)；符号可用 ≥ ≤ = > <（也接受 >= <= ＞ ＜ ＝ ≧ ≦）。数值只能用半角（英文）数字、半角逗号和小数点书写：全角数字或标点（≥1，000次、≥99．5%）、数字中间的空格、科学计数法（1e3）、十六进制（0x10）、分数（1/2）和负数都会报错并给出改正后的写法，绝不会被读成另一个数（≥1，000次 不会被当成 ≥1）。定性指标值直接写文字（提升、进一步净化、不超预算），不以符号或数字开头；时效指标可以写日期或期限（2025年12月31日前、2025.07-2026.01）。只有数字（95）、符号后不是数字（≥abc）、缺单位（=100）、区间（1-2个）、模板占位符（XX、**）或空值都是错误。',
    'A quantitative value is operator + number + unit (≥20 次, =100%, ≤1.10(万元/次)). The number is ASCII digits, comma and dot only: full-width digits or punctuation (≥1，000次), spaces inside it, 1e3, 0x10, 1/2 and negatives are errors that show the corrected value, never read as another number. A qualitative value is plain words (提升); a 时效指标 may name a date or deadline (2025年12月31日前). A bare number, an operator without a number (≥abc), a missing unit, a range, a placeholder (XX, **) or an empty value is an error.',
  ),
  examples: { bad: '- 培训次数: 20\n- 检查次数: ≥1，000次\n- 网民满意度: XX\n- 验收合格率: ≥abc', good: '- 培训次数: ≥20 次\n- 网民满意度: ≥90%\n- 网络环境: 进一步净化' },
  check({ decl, source, report }) {
    for (const ind of allIndicators(decl)) {
      const v = ind.value;
      if (v.kind !== 'invalid') continue;
      report({
        path: ind.path,
        ...(v.flaw && { within: { start: v.flaw.at, end: v.flaw.at + v.flaw.char.length } }),
        message: withYamlHint(ind, why(v, ind.name), source.scalar(ind.path)?.raw),
      });
    }
  },
};

/**
 * The corrected value when it is a whole 指标值; when the number was all there
 * was (`1e3`), the number and what else the value needs.
 */
function correction(value: Extract<IndicatorValue, { kind: 'invalid' }>, name: string): Text {
  const fixes = value.corrected ?? [];
  const whole = fixes.length > 0 && parseIndicatorValue(fixes[0]!, name).kind !== 'invalid';
  if (fixes.length === 0 || whole) return correctionText(fixes, text('请改写成一个普通数字', 'write one plain number'));
  const n = fixes[0]!;
  return text(`数值请写成 ${fixes.join(' 或 ')}，并写上比较符号和计量单位（如 ≥${n} 次）`, `write the number as ${fixes.join(' or ')}, with an operator and a unit (≥${n} 次)`);
}

/** `- 满意度: >90` is read by YAML as an empty folded block: say so, or the message makes no sense. */
function withYamlHint(ind: Indicator, t: Text, raw: string | undefined): Text {
  if (ind.value.kind === 'invalid' && ind.value.reason === 'empty' && raw && /^[>|]/.test(raw)) {
    return text(
      `${t.zh}文件中写的是“${raw}”：YAML 把以 > 或 | 开头的值当作块标记读成了空值。请把 > 写成 ＞ 或 ≥，或给整个值加引号（'${raw}'）。`,
      `${t.en} The file says "${raw}": YAML reads a value starting with > or | as a block header, i.e. empty. Write ≥ / ＞ or quote the value ('${raw}').`,
    );
  }
  return t;
}
