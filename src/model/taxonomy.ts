/**
 * The Ministry of Finance's indicator framework (财预〔2021〕101号 and its
 * predecessors): four 一级指标, each with a fixed set of 二级指标.
 */
export const LEVEL2_BY_LEVEL1 = {
  成本指标: ['经济成本指标', '社会成本指标', '生态环境成本指标'],
  产出指标: ['数量指标', '质量指标', '时效指标'],
  效益指标: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
  满意度指标: ['服务对象满意度指标'],
} as const satisfies Record<string, readonly string[]>;

export type Level1 = keyof typeof LEVEL2_BY_LEVEL1;

export const LEVEL1: readonly Level1[] = Object.keys(LEVEL2_BY_LEVEL1) as Level1[];

export function isLevel1(s: string): s is Level1 {
  return Object.hasOwn(LEVEL2_BY_LEVEL1, s);
}

/** The 一级 a known 二级 label belongs to, if any. */
export function level1Of(level2: string): Level1 | undefined {
  return LEVEL1.find((l1) => (LEVEL2_BY_LEVEL1[l1] as readonly string[]).includes(level2));
}

/** 一级指标 every form must have. */
export const REQUIRED_LEVEL1: readonly Level1[] = ['产出指标', '效益指标'];
/** 一级指标 a complete form has; missing ones are only warned about (real approved forms lack them). */
export const RECOMMENDED_LEVEL1: readonly Level1[] = ['成本指标', '满意度指标'];

export const PROJECT_CATEGORIES = ['特定目标类', '其他运转类'] as const;

export const PROJECT_NATURES = [
  '一次性项目',
  '经常性项目',
  '阶段性项目',
  '经常性专项业务费',
  '其他经常性项目',
  '专项资金',
  '其他一次性项目',
  '结转项目',
] as const;
