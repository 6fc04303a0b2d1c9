import type { DocPath } from '../diagnostics/types.js';
import type { ParsedDate } from './dates.js';
import type { IndicatorValue } from './indicator-value.js';
import type { AmountUnit, Fen, ParsedAmount } from './money.js';

/**
 * The typed model of one declaration. Property names are English so code
 * reads naturally; each comment gives the form's label (the YAML key).
 * Every field keeps its key path, so a rule can point at it and a form can
 * say where a cell's text came from; nothing here refers to YAML nodes.
 */
export interface Declaration {
  /** 年度 */
  readonly year: Field<number>;
  /** 项目名称 */
  readonly name: Field<string>;
  /** 项目性质 */
  readonly nature: Field<string>;
  /** 项目类别 */
  readonly category: Field<string>;
  /** 主管部门 */
  readonly department: Field<string>;
  /** 实施单位 */
  readonly unit: Field<string>;
  /** 计划开始日期 */
  readonly start: DateField;
  /** 计划完成日期 */
  readonly end: DateField;
  /** 项目资金（元） */
  readonly funds: Funds;
  /** 项目绩效目标 */
  readonly goals: Goals;
  /** 绩效指标 */
  readonly indicators: Indicators;
}

/**
 * What the rules see while checking: each top-level field is absent when it
 * is missing or malformed in the file (the schema rules say why), so one bad
 * header field does not stop the rules that do not need it.
 */
export type DeclarationDraft = { readonly [K in keyof Declaration]?: Declaration[K] };

/** A value as written, with where it is written. */
export interface Field<T> {
  readonly value: T;
  readonly path: DocPath;
}

/** A date as written (`计划开始日期`), with its path and what it reads as (or why it cannot be read). */
export interface DateField {
  /** As written, and as rendered. */
  readonly written: string;
  readonly parsed: ParsedDate;
  readonly path: DocPath;
}

/** An amount of money as written, with its path and its exact value in 分 (or why it cannot be read). */
export interface Amount {
  /** What the author typed (`2,810,000.00`, `0`, `2810000.50`). */
  readonly written: string;
  readonly parsed: ParsedAmount;
  readonly path: DocPath;
}

/** 项目资金: the whole-life and the annual columns, each with its path. */
export interface Funds {
  readonly path: DocPath;
  /**
   * The unit every amount is written in: `金额单位` at the top of the file, else
   * the configuration's, else 元. Amounts are exact 分 either way; the forms
   * print a 万元 amount as written, under （万元）.
   */
  readonly unit: AmountUnit;
  /** Where the file states `金额单位`, when it does. */
  readonly unitPath?: DocPath;
  /** 项目资金总额 — the whole-life column; absent for many single-year projects. */
  readonly wholeLife?: {
    readonly path: DocPath;
    /** 合计 (optional) */
    readonly total?: Amount;
    /** 财政资金 */
    readonly fiscal: Amount;
    /** 其他资金 */
    readonly other: Amount;
  };
  /** 年度资金申请总额 — this year's column. */
  readonly annual: {
    readonly path: DocPath;
    /** 合计 (optional) */
    readonly total?: Amount;
    /** 当年财政拨款 */
    readonly current: Amount;
    /** 上年结转资金 */
    readonly carryover: Amount;
    /** 其他资金 */
    readonly other: Amount;
  };
}

/** 项目总目标 and 年度总体目标, with their paths. */
export interface Goals {
  readonly path: DocPath;
  /** 项目总目标 — required for multi-year projects. */
  readonly overall?: Field<string>;
  /** 年度总体目标 */
  readonly annual: Field<string>;
}

/** 绩效指标: the 一级 groups in file order. */
export interface Indicators {
  readonly path: DocPath;
  readonly groups: readonly Level1Group[];
}

/** 一级指标 */
export interface Level1Group {
  readonly name: string;
  readonly path: DocPath;
  readonly groups: readonly Level2Group[];
}

/** 二级指标 */
export interface Level2Group {
  readonly name: string;
  readonly level1: string;
  readonly path: DocPath;
  readonly items: readonly Indicator[];
}

/** 三级指标 and its 指标值. */
export interface Indicator {
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  /** Path to the `name: value` pair; the key is the name, the value the 指标值. */
  readonly path: DocPath;
  readonly raw: string | number | null;
  /** The value's characters in the file, when they differ from what YAML made of them (`>90` reads as empty). */
  readonly written?: string;
  readonly value: IndicatorValue;
}

/** Start and end year of the plan; undefined while either date is unreadable. */
export function yearSpan(d: Pick<Declaration, 'start' | 'end'>): { readonly from: number; readonly to: number } | undefined {
  if (!d.start.parsed.ok || !d.end.parsed.ok) return undefined;
  return { from: d.start.parsed.date.year, to: d.end.parsed.date.year };
}

/** The span of a project that runs over several years (what the multi-year rules say in their messages); undefined for one year or unreadable dates. */
export function multiYearSpan(d: Pick<Declaration, 'start' | 'end'>): { readonly from: number; readonly to: number } | undefined {
  const span = yearSpan(d);
  return span && span.from !== span.to ? span : undefined;
}

export function isMultiYear(d: Pick<Declaration, 'start' | 'end'>): boolean {
  return multiYearSpan(d) !== undefined;
}

const flat = new WeakMap<Indicators, readonly Indicator[]>();

/** Every 三级指标 in file order; computed once per declaration, since most rules walk them all. */
export function allIndicators(d: Pick<Declaration, 'indicators'>): readonly Indicator[] {
  let list = flat.get(d.indicators);
  if (!list) flat.set(d.indicators, (list = d.indicators.groups.flatMap((l1) => l1.groups.flatMap((l2) => l2.items))));
  return list;
}

/** The amount in 分; only for declarations that passed validation (amount-format guarantees it). */
export function fenOf(a: Amount | undefined): Fen | undefined {
  if (!a) return undefined;
  if (!a.parsed.ok) throw new Error(`internal: unvalidated amount at ${a.path.join('.')}`);
  return a.parsed.fen;
}
