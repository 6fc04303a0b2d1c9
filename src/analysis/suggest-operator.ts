import { isCostName, isHigherBetterName } from '../check/indicator-names.js';

/** Smaller is better: times, incidents, losses. `≥` on these rewards failure. */
const LOWER_IS_BETTER =
  /(时间|时长|用时|耗时|周期|故障|事故|投诉|差错|失误|违规|违纪|中断|发生数|发生率|发生次数|误报|漏报|失败|损失|空置|流失|超标|逾期|延误|能耗|排放|泄密)/;

/** `…以内` / `…以上` written in the unit already says which way the target points. */
const DIRECTION_IN_UNIT: readonly [RegExp, '≥' | '≤'][] = [
  [/^(.*?)\s*(?:及以上|以上|之上)$/, '≥'],
  [/^(.*?)\s*(?:及以下|以下|以内|之内|内)$/, '≤'],
];

/**
 * The value to suggest for a figure written without an operator (`985米`,
 * `1年内`, `3次以上`): the operator the wording or the indicator's nature
 * implies, the figure as written, the unit in brackets. Never a year
 * (`2025年12月` is a date, not 2025 of something) and never a value another
 * rule would flag: costs and lower-is-better figures get `≤`, rates to reach
 * get `≥`. Undefined when no unit is left to write.
 */
export function suggestOperator(name: string, level1: string, figure: string, unit: string): string | undefined {
  let u = unit.trim();
  let op: '≥' | '≤' | undefined;
  for (const [re, o] of DIRECTION_IN_UNIT) {
    const m = re.exec(u);
    if (m) {
      u = m[1]!.replace(/^[(（]\s*(.*?)\s*[)）]$/, '$1').trim();
      op = o;
      break;
    }
  }
  if (u === '' || /^年/.test(u) && /^(19|20)\d{2}$/.test(figure)) return undefined;
  if (!op) {
    const cost = (level1 === '成本指标' || isCostName(name)) && !isHigherBetterName(name);
    op = cost || (LOWER_IS_BETTER.test(name) && !isHigherBetterName(name)) ? '≤' : '≥';
  }
  if (op === '≤' && isHigherBetterName(name)) op = '≥';
  return `${op}${figure}(${u})`;
}
