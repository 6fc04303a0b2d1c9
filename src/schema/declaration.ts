import { z } from 'zod';
import { withoutInvisible } from '../model/number-text.js';

/**
 * The declaration format (../shared/FORMAT.md) as one zod schema: the single
 * source of truth for the shape of a file and its TypeScript types. It checks
 * shape and primitive types only; what a value means (sums, dates,
 * vocabularies, 指标值 syntax) is checked by the rules in src/check/rules,
 * which can say far more precisely what is wrong. The JSON Schema editors use
 * (json-schema.ts) documents the same shape for people; a test keeps the two
 * in step.
 */

const amount = z.union([z.number(), z.string()]);

/** Text that is there: not empty, not only spaces (ASCII or the full-width U+3000) or invisible characters. */
export function isBlank(s: string): boolean {
  return withoutInvisible(s).trim() === '';
}

const text = z
  .string()
  .min(1)
  .refine((s) => s === '' || !isBlank(s), { params: { kind: 'blank' } });

const date = z.string();

const indicatorValue = z.union([z.string(), z.number(), z.null()]);

/** One 三级指标: `- 名称: 指标值`. */
const indicator = z
  .record(z.string(), indicatorValue)
  .refine((item) => Object.keys(item).length === 1, { params: { kind: 'indicator-item' } })
  .refine((item) => Object.keys(item).every((name) => !isBlank(name)), { params: { kind: 'indicator-name' } });

// null is let through (an empty `数量指标:`) so the empty-group rule can say precisely what is missing.
const level2Group = z.array(indicator).nullable();

const level1Group = z.record(z.string(), level2Group).nullable();

const wholeLife = z.strictObject({
  合计: amount.optional(),
  财政资金: amount,
  其他资金: amount,
});

const annual = z.strictObject({
  合计: amount.optional(),
  当年财政拨款: amount,
  上年结转资金: amount,
  其他资金: amount,
});

export const declarationSchema = z.strictObject({
  年度: z.number().int(),
  项目名称: text,
  项目性质: text,
  项目类别: text,
  主管部门: text,
  实施单位: text,
  计划开始日期: date,
  计划完成日期: date,
  /** The unit of every amount below (default 元; FORMAT.md, Amounts). */
  金额单位: z.enum(['元', '万元']).optional(),
  项目资金: z.strictObject({
    项目资金总额: wholeLife.optional(),
    年度资金申请总额: annual,
  }),
  绩效目标: z.strictObject({
    项目总目标: text.optional(),
    年度总体目标: text,
  }),
  绩效指标: z.record(z.string(), level1Group),
});

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
