import type { DocPath } from '../diagnostics/types.js';
import type { ParsedDate } from './dates.js';
import type { IndicatorValue } from './indicator-value.js';
import type { Fen, ParsedAmount } from './money.js';

/**
 * The typed model of one declaration. Property names are English so code
 * reads naturally; each comment gives the form's label (the YAML key).
 * Every leaf keeps its key path so a rule can point at it.
 */
export interface Declaration {
  /** 年度 */
  readonly year: number;
  /** 项目名称 */
  readonly name: string;
  /** 项目性质 */
  readonly nature: string;
  /** 项目类别 */
  readonly category: string;
  /** 主管部门 */
  readonly department: string;
  /** 实施单位 */
  readonly unit: string;
  /** 计划开始日期 */
  readonly start: DateField;
  /** 计划完成日期 */
  readonly end: DateField;
  /** 项目资金（元） */
  readonly funds: Funds;
  /** 项目绩效目标 */
  readonly goals: Goals;
  /** 绩效指标, in file order. */
  readonly indicators: readonly Level1Group[];
}

export interface DateField {
  /** As written, and as rendered. */
  readonly written: string;
  readonly parsed: ParsedDate;
  readonly path: DocPath;
}

export interface Amount {
  /** What the author typed (`2,810,000.00`, `0`, `2810000.50`). */
  readonly written: string;
  readonly parsed: ParsedAmount;
  readonly path: DocPath;
}

export interface Funds {
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

export interface Goals {
  /** 项目总目标 — required for multi-year projects. */
  readonly overall?: string;
  /** 年度总体目标 */
  readonly annual: string;
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
  readonly value: IndicatorValue;
}

export function isMultiYear(d: Declaration): boolean {
  return d.start.parsed.ok && d.end.parsed.ok && d.start.parsed.date.year !== d.end.parsed.date.year;
}

const flat = new WeakMap<Declaration, readonly Indicator[]>();

/** Every 三级指标 in file order; computed once per declaration, since most rules walk them all. */
export function allIndicators(d: Declaration): readonly Indicator[] {
  let list = flat.get(d);
  if (!list) flat.set(d, (list = d.indicators.flatMap((l1) => l1.groups.flatMap((l2) => l2.items))));
  return list;
}

/** The amount in 分; only for declarations that passed validation (amount-format guarantees it). */
export function fenOf(a: Amount | undefined): Fen | undefined {
  if (!a) return undefined;
  if (!a.parsed.ok) throw new Error(`internal: unvalidated amount at ${a.path.join('.')}`);
  return a.parsed.fen;
}
