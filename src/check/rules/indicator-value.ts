import { text, type Text } from '../../diagnostics/types.js';
import { allIndicators, type Indicator } from '../../model/declaration.js';
import type { InvalidReason } from '../../model/indicator-value.js';
import type { Rule } from '../rule.js';

function why(reason: InvalidReason, v: string, name: string): Text {
  switch (reason) {
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
    '定量指标值写成 比较符号 + 数值 + 单位：≥20 次、≥20.00(次)、=100%、≤1.10(万元/次)；符号可用 ≥ ≤ = > <（也接受 >= <= ＞ ＜ ＝ ≧ ≦）。定性指标值直接写文字（提升、进一步净化、不超预算），不以符号或数字开头。只有数字（95）、符号后不是数字（≥abc）、缺单位（=100）、区间（1-2个）、模板占位符（XX、**）或空值都是错误。',
    'A quantitative value is operator + number + unit (≥20 次, =100%, ≤1.10(万元/次)); a qualitative one is plain words (提升). A bare number, an operator without a number (≥abc), a missing unit, a range, a placeholder (XX, **) or an empty value is an error.',
  ),
  examples: { bad: '- 培训次数: 20\n- 网民满意度: XX\n- 验收合格率: ≥abc', good: '- 培训次数: ≥20 次\n- 网民满意度: ≥90%\n- 网络环境: 进一步净化' },
  check({ decl, source, report }) {
    for (const ind of allIndicators(decl)) {
      if (ind.value.kind !== 'invalid') continue;
      report({ path: ind.path, message: withYamlHint(ind, why(ind.value.reason, ind.value.text, ind.name), source.scalar(ind.path)?.raw) });
    }
  },
};

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
