import { knownKeysAt } from '../schema/declaration.js';

/** A key path in the document (list indexes as numbers). */
export type Path = readonly (string | number)[];

const FUND_COLUMNS = new Set(['项目资金总额', '年度资金申请总额']);

/** `项目资金 → 年度资金申请总额 → 当年财政拨款` and the like: a known amount field. */
export function isAmountPath(path: Path): boolean {
  return (
    path.length === 3 &&
    path[0] === '项目资金' &&
    FUND_COLUMNS.has(String(path[1])) &&
    (knownKeysAt(path.slice(0, 2))?.includes(String(path[2])) ?? false)
  );
}

/** `绩效指标 → 一级 → 二级 → n → 三级`: the value is a 指标值. */
export function isIndicatorValuePath(path: Path): boolean {
  return path.length === 5 && path[0] === '绩效指标' && typeof path[3] === 'number';
}

/** 项目总目标 and 年度总体目标: prose, written as `|` blocks. */
export function isGoalPath(path: Path): boolean {
  return path.length === 2 && path[0] === '绩效目标';
}

/**
 * Maps whose order is the author's: the indicator tree (the form prints
 * 一级, 二级 and 三级 in file order) and anything the format does not know.
 * Maps with a fixed set of keys are written in the form's order instead.
 */
export function isOrderedMapPath(path: Path): boolean {
  return path[0] === '绩效指标' || fixedKeyOrder(path) === undefined;
}

/** The form's order of the keys of the map at `path` (the schema lists them in form order); undefined for free maps. */
export function fixedKeyOrder(path: Path): readonly string[] | undefined {
  if (path[0] === '绩效指标') return undefined;
  return knownKeysAt(path);
}

/** Top-level sections that start with a blank line, as the form's sections start a new block. */
export const SECTION_KEYS: ReadonlySet<string> = new Set(['项目资金', '绩效目标', '绩效指标']);
