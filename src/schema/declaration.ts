import { z } from 'zod';
import { withoutInvisible } from '../model/number-text.js';
import { LEVEL2_BY_LEVEL1, PROJECT_CATEGORIES, PROJECT_NATURES } from '../model/taxonomy.js';

/**
 * The declaration format (../shared/FORMAT.md) as one zod schema: the single
 * source of truth for the shape of a file, the TypeScript types and the JSON
 * Schema that editors use. It checks shape and primitive types only; what a
 * value means (sums, dates, vocabularies, 指标值 syntax) is checked by the
 * rules in src/check/rules, which can say far more precisely what is wrong.
 */

const amount = z
  .union([z.number(), z.string()])
  .meta({
    description: '金额（元）：数字或带千位分隔符的文本，不能为负，最多两位小数。例如 2810000 或 2,810,000.00',
    examples: ['2,810,000.00', 0],
  });

/** Text that is there: not empty, not only spaces (ASCII or the full-width U+3000) or invisible characters. */
export function isBlank(s: string): boolean {
  return withoutInvisible(s).trim() === '';
}

const text = (description: string) =>
  z
    .string()
    .min(1)
    .refine((s) => s === '' || !isBlank(s), { params: { kind: 'blank' } })
    .meta({ description });

const date = z.string().meta({
  description: '日期：YYYY-MM-DD（也可写 YYYY/M/D）',
  examples: ['2025-01-01'],
});

const indicatorValue = z.union([z.string(), z.number(), z.null()]).meta({
  description: '指标值：定量写“符号+数值+单位”（≥20 次、=100%、≤1.10(万元/次)），定性写文字（提升、进一步净化）',
});

/** One 三级指标: `- 名称: 指标值`. */
const indicator = z
  .record(z.string(), indicatorValue)
  .refine((item) => Object.keys(item).length === 1, { params: { kind: 'indicator-item' } })
  .refine((item) => Object.keys(item).every((name) => !isBlank(name)), { params: { kind: 'indicator-name' } })
  .meta({
  description: '三级指标：一个“名称: 指标值”对',
  minProperties: 1,
  maxProperties: 1,
});

// null is let through (an empty `数量指标:`) so the empty-group rule can say precisely what is missing.
const level2Group = z.array(indicator).nullable().meta({ description: '该二级指标下的三级指标列表' });

const level1Group = z.record(z.string(), level2Group).nullable();

const wholeLife = z
  .strictObject({
    合计: amount.optional().meta({ description: '项目资金总额合计（可选）；填写时必须等于 财政资金 + 其他资金' }),
    财政资金: amount,
    其他资金: amount,
  })
  .meta({ description: '项目资金总额（项目全周期）；单年度项目可省略，跨年度项目必填' });

const annual = z
  .strictObject({
    合计: amount.optional().meta({ description: '年度资金申请总额合计（可选）；填写时必须等于 当年财政拨款 + 上年结转资金 + 其他资金' }),
    当年财政拨款: amount,
    上年结转资金: amount,
    其他资金: amount,
  })
  .meta({ description: '年度资金申请总额（本年度）' });

export const declarationSchema = z
  .strictObject({
    年度: z.number().int().meta({ description: '申报年度，如 2025，表头印作（2025年度）' }),
    项目名称: text('项目名称'),
    项目性质: text('项目性质，如 经常性项目、一次性项目、经常性专项业务费').meta({ examples: [...PROJECT_NATURES] }),
    项目类别: text('项目类别：特定目标类 或 其他运转类').meta({ enum: [...PROJECT_CATEGORIES] }),
    主管部门: text('主管部门'),
    实施单位: text('实施单位'),
    计划开始日期: date,
    计划完成日期: date,
    项目资金: z
      .strictObject({
        项目资金总额: wholeLife.optional(),
        年度资金申请总额: annual,
      })
      .meta({ description: '项目资金（元）' }),
    绩效目标: z
      .strictObject({
        项目总目标: text('项目总目标：跨年度项目必填').optional(),
        年度总体目标: text('年度总体目标'),
      })
      .meta({ description: '项目绩效目标' }),
    绩效指标: z.record(z.string(), level1Group).meta({
      description: '绩效指标：一级指标 → 二级指标 → 三级指标列表',
      // Editors complete the standard labels; unknown 二级 labels stay allowed (only a warning).
      properties: Object.fromEntries(
        Object.entries(LEVEL2_BY_LEVEL1).map(([l1, l2s]) => [
          l1,
          { type: 'object', properties: Object.fromEntries(l2s.map((l2) => [l2, { $ref: '#/definitions/indicatorList' }])) },
        ]),
      ),
      propertyNames: { enum: Object.keys(LEVEL2_BY_LEVEL1) },
    }),
  })
  .meta({
    title: '财政项目支出绩效目标申报表',
    description: '一个项目的绩效目标申报（declare 格式，见 FORMAT.md）',
  });

export const indicatorListSchema = level2Group;

export type RawDeclaration = z.infer<typeof declarationSchema>;

/** Every key the schema knows at each object level, for "did you mean" suggestions. */
export function knownKeysAt(path: readonly (string | number)[]): readonly string[] | undefined {
  let s: z.ZodType = declarationSchema;
  for (const seg of path) {
    const inner = unwrap(s);
    if (inner instanceof z.ZodObject) {
      const next = (inner.shape as Record<string, z.ZodType>)[String(seg)];
      if (!next) return undefined;
      s = next;
    } else return undefined;
  }
  const inner = unwrap(s);
  return inner instanceof z.ZodObject ? Object.keys(inner.shape) : undefined;
}

function unwrap(s: z.ZodType): z.ZodType {
  while (s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
  return s;
}
