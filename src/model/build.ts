import type { DocPath } from '../diagnostics/types.js';
import type { RawDeclaration } from '../schema/declaration.js';
import { parseDate } from './dates.js';
import type { Amount, DateField, Declaration, DeclarationDraft, Field, Level1Group } from './declaration.js';
import { parseIndicatorValue } from './indicator-value.js';
import { AMOUNT_UNITS, parseAmount, type AmountUnit } from './money.js';

/** The YAML key of each top-level model field. */
export const FIELD_KEYS = {
  year: '年度',
  name: '项目名称',
  nature: '项目性质',
  category: '项目类别',
  department: '主管部门',
  unit: '实施单位',
  start: '计划开始日期',
  end: '计划完成日期',
  funds: '项目资金',
  goals: '绩效目标',
  indicators: '绩效指标',
} as const satisfies Record<keyof Declaration, string>;

export type FieldKey = (typeof FIELD_KEYS)[keyof Declaration];

export interface BuildInput {
  /** The plain value of the YAML document. */
  readonly value: unknown;
  /**
   * Top-level keys whose subtree does not have the schema's shape (missing,
   * wrong type, …): their fields stay out of the draft. `'*'` when the document
   * itself is not a mapping. Unknown keys are not shape problems: they are
   * simply not read.
   */
  readonly malformed: ReadonlySet<FieldKey | '*'>;
  /** The characters typed for the scalar at a path, when YAML turned them into something else (a number, an empty block). */
  readonly writtenAt: (path: DocPath) => string | undefined;
  /** The configuration's `金额单位`, for a file that does not state its own; default 元. */
  readonly amountUnit?: AmountUnit;
}

/**
 * YAML value → the typed model, one top-level field at a time, leaving out
 * those that are malformed. Values are parsed, never altered.
 */
export function buildDraft({ value, malformed, writtenAt, amountUnit }: BuildInput): DeclarationDraft {
  if (malformed.has('*') || value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  // Every subtree not marked malformed has exactly the schema's shape.
  const raw = value as Partial<RawDeclaration>;
  const ok = (k: FieldKey) => !malformed.has(k) && raw[k] !== undefined;

  // 金额单位 of the file wins over the configuration's; a value that is neither 元 nor 万元 is the schema's finding.
  const ownUnit = (AMOUNT_UNITS as readonly unknown[]).includes(raw.金额单位) ? (raw.金额单位 as AmountUnit) : undefined;
  const unit: AmountUnit = ownUnit ?? amountUnit ?? '元';
  const amount = (v: number | string, path: DocPath): Amount => {
    // For YAML numbers judge the characters typed (`2810000.50`), not the float YAML made of them.
    const written = typeof v === 'number' ? writtenAt(path) ?? String(v) : v;
    return { written, parsed: parseAmount(written, unit), path };
  };
  const optAmount = (v: number | string | undefined, path: DocPath): Amount | undefined => (v === undefined ? undefined : amount(v, path));
  const field = <T>(k: FieldKey, v: T): Field<T> => ({ value: v, path: [k] });
  const date = (k: FieldKey, written: string): DateField => ({ written, parsed: parseDate(written), path: [k] });

  const draft: { -readonly [K in keyof Declaration]?: Declaration[K] } = {};
  if (ok('年度')) draft.year = field('年度', raw.年度!);
  if (ok('项目名称')) draft.name = field('项目名称', raw.项目名称!);
  if (ok('项目性质')) draft.nature = field('项目性质', raw.项目性质!);
  if (ok('项目类别')) draft.category = field('项目类别', raw.项目类别!);
  if (ok('主管部门')) draft.department = field('主管部门', raw.主管部门!);
  if (ok('实施单位')) draft.unit = field('实施单位', raw.实施单位!);
  if (ok('计划开始日期')) draft.start = date('计划开始日期', raw.计划开始日期!);
  if (ok('计划完成日期')) draft.end = date('计划完成日期', raw.计划完成日期!);

  if (ok('项目资金')) {
    const f = raw.项目资金!;
    const wl = f.项目资金总额;
    const an = f.年度资金申请总额;
    const wlPath = ['项目资金', '项目资金总额'];
    const anPath = ['项目资金', '年度资金申请总额'];
    draft.funds = {
      path: ['项目资金'],
      unit,
      ...(ownUnit && { unitPath: ['金额单位'] }),
      ...(wl && {
        wholeLife: {
          path: wlPath,
          total: optAmount(wl.合计, [...wlPath, '合计']),
          fiscal: amount(wl.财政资金, [...wlPath, '财政资金']),
          other: amount(wl.其他资金, [...wlPath, '其他资金']),
        },
      }),
      annual: {
        path: anPath,
        total: optAmount(an.合计, [...anPath, '合计']),
        current: amount(an.当年财政拨款, [...anPath, '当年财政拨款']),
        carryover: amount(an.上年结转资金, [...anPath, '上年结转资金']),
        other: amount(an.其他资金, [...anPath, '其他资金']),
      },
    };
  }

  if (ok('绩效目标')) {
    const g = raw.绩效目标!;
    draft.goals = {
      path: ['绩效目标'],
      ...(g.项目总目标 !== undefined && { overall: { value: trimBlock(g.项目总目标), path: ['绩效目标', '项目总目标'] } }),
      annual: { value: trimBlock(g.年度总体目标), path: ['绩效目标', '年度总体目标'] },
    };
  }

  if (ok('绩效指标')) {
    const groups: Level1Group[] = Object.entries(raw.绩效指标!).map(([l1, l2s]) => ({
      name: l1,
      path: ['绩效指标', l1],
      groups: Object.entries(l2s ?? {}).map(([l2, items]) => ({
        name: l2,
        level1: l1,
        path: ['绩效指标', l1, l2],
        items: (items ?? []).flatMap((item, i) =>
          Object.entries(item).map(([name, v]) => {
            const path = ['绩效指标', l1, l2, i, name];
            // The characters typed matter for an empty value (`>90` is an empty block to YAML) and for a number (`1e3`, as for amounts).
            const written = v === null || typeof v === 'number' || (typeof v === 'string' && v.trim() === '') ? writtenAt(path) : undefined;
            return {
              level1: l1,
              level2: l2,
              name,
              path,
              raw: v,
              ...(written !== undefined && { written }),
              value: parseIndicatorValue(v, name, typeof v === 'number' ? written : undefined),
            };
          }),
        ),
      })),
    }));
    draft.indicators = { path: ['绩效指标'], groups };
  }
  return draft;
}

/** The draft as a complete Declaration, when no field is missing. */
export function complete(d: DeclarationDraft): Declaration | undefined {
  for (const k of Object.keys(FIELD_KEYS) as (keyof Declaration)[]) if (d[k] === undefined) return undefined;
  return d as Declaration;
}

/** A `|` block ends with a newline that is YAML syntax, not text. */
function trimBlock(s: string): string {
  return s.replace(/\s+$/, '');
}
