import { z } from 'zod';
import { PROFILE_LABEL_TARGETS } from '../analysis/indicator-system.js';

/** A rule's severity as configured: `off` drops its findings. */
export const severitySetting = z.enum(['off', 'warning', 'error']);

const labels = z.array(z.string().trim().min(1));

/**
 * declare.config.yaml. Every object is strict: a misspelt key would otherwise
 * silently do nothing, exactly the mistake declarations are protected from.
 * Empty sections (`rules:` with nothing under it) mean "nothing set".
 */
export const configSchema = z.strictObject({
  /** Default message language; --lang and DECLARE_LANG win over it. */
  lang: z.enum(['zh', 'en']).optional(),
  /** Font file for render/summary, relative to the configuration file; --font wins over it. */
  font: z.string().trim().min(1).optional(),
  /** summary: put the overview table (with its totals) before the forms; --overview wins over it. */
  overview: z.boolean().optional(),
  /** render and summary: print 第 N 页 共 M 页 at the foot of every page; --page-numbers wins over it. */
  'page-numbers': z.boolean().optional(),
  /** Rule id → off | warning | error, or a mapping of `level` and the rule's options; checked entry by entry in load.ts against each rule's meta. */
  rules: z.record(z.string(), z.unknown()).nullable().optional(),
  /** Extra values the unit's own vocabulary allows. */
  allow: z
    .strictObject({
      项目性质: labels.nullable().optional(),
      二级指标: labels.nullable().optional(),
    })
    .nullable()
    .optional(),
  /**
   * The indicator system declarations follow: `current` (default) or `legacy`,
   * or a mapping with `system` and `labels` (a region's 一级/二级 labels →
   * the standard ones). See analysis/indicator-system.ts.
   */
  profile: z
    .union([
      z.enum(['current', 'legacy']),
      z.strictObject({
        system: z.enum(['current', 'legacy']).optional(),
        labels: z.record(z.string().trim().min(1), z.enum(PROFILE_LABEL_TARGETS)).nullable().optional(),
      }),
    ])
    .optional(),
  /** The unit amounts are written in when a declaration does not say (`金额单位: 万元` at its top level). */
  金额单位: z.enum(['元', '万元']).optional(),
  /** How `declare fmt` (and `declare import`) write declarations. */
  fmt: z
    .strictObject({
      /** grouped: 2,810,000.00 (default); plain: 2810000.00; keep: as written. */
      amounts: z.enum(['grouped', 'plain', 'keep']).optional(),
    })
    .nullable()
    .optional(),
  /** Files and folders walks and globs skip, gitignore syntax, relative to the configuration file (as in .declareignore). */
  ignore: labels.nullable().optional(),
  /** The unit's 实施单位, 主管部门 and 年度, which `declare init` writes into a new declaration so it joins the unit's summary. */
  init: z
    .strictObject({
      实施单位: z.string().trim().min(1).optional(),
      主管部门: z.string().trim().min(1).optional(),
      年度: z.number().int().gte(1000).lte(9999).optional(),
    })
    .nullable()
    .optional(),
});

export type RawConfig = z.infer<typeof configSchema>;

/** Keys allowed at each level, for "did you mean". */
export const CONFIG_KEYS: Readonly<Record<string, readonly string[]>> = {
  '': ['lang', 'font', 'overview', 'page-numbers', 'rules', 'allow', 'profile', '金额单位', 'fmt', 'ignore', 'init'],
  allow: ['项目性质', '二级指标'],
  fmt: ['amounts'],
  profile: ['system', 'labels'],
  init: ['实施单位', '主管部门', '年度'],
};
