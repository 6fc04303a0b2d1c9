/**
 * What an indicator's name and unit say about it. Real forms are written by
 * hand, so these are heuristics: rules built on them are warnings, never
 * errors, and each pattern here exists because of a real form.
 */

export function isPercentUnit(unit: string): boolean {
  return unit === '%' || unit === '％' || unit === '‰' || unit === '百分比';
}

export function isMoneyUnit(unit: string): boolean {
  return /元/.test(unit);
}

/** 次数, 人数, 篇数 …: a count, never a percentage. */
export function isCountName(name: string): boolean {
  return /(次数|人数|个数|场数|篇数|天数|件数|户数|家数|人次|数量)$/.test(name);
}

/** …率 (a ratio) — but 频率 is "how often" (≥2 周次 is right), 功率/速率 are physical. */
export function isRateName(name: string): boolean {
  return /率$/.test(name) && !/(频率|功率|速率|汇率|利率)$/.test(name);
}

export function isSatisfactionName(name: string): boolean {
  return /满意度/.test(name);
}

/** Growth rates may legitimately exceed 100%. */
export function isGrowthName(name: string): boolean {
  return /(增长|增加|提高|提升|增幅|同比|环比|倍)/.test(name);
}

/** 成本 or a 费/费用 (but a 费率 is a rate). */
export function isCostName(name: string): boolean {
  return /成本/.test(name) || /(费|费用)$/.test(name);
}

const HIGHER_IS_BETTER = [
  '合格率', '运行率', '完成率', '及时率', '覆盖率', '达标率', '可用率', '知晓率', '好评率', '满足率',
  '到位率', '执行率', '通过率', '落实率', '识别率', '处置率', '整改率', '反馈率', '规范化率', '使用率',
  '利用率', '出勤率', '准确率', '正确率', '成功率', '完好率', '响应率', '解决率', '普及率', '参与率',
];

/** Names where a smaller value is worse, so a `≤` target makes no sense (≤ 90% 满意度). */
export function isHigherBetterName(name: string): boolean {
  return isSatisfactionName(name) || HIGHER_IS_BETTER.some((s) => name.endsWith(s));
}
