import { compareDates, daysInMonth, type CalendarDate } from '../model/dates.js';
import { parseDecimal, type Decimal } from './decimal.js';
import { foldWidth } from './text.js';

/**
 * Time values of 时效指标 as Chinese forms write them: a deadline
 * (`2025年12月31日前`, `12月底前`, `年底前完成`), a date or month
 * (`2025年6月`, `2025-12-31`), a period (`2025.07-2026.01`,
 * `2025年1月至6月`) or a duration (`1年内`, `30个工作日内`).
 *
 * Every date is resolved to the days it covers (`2025年6月` is 6-01…6-30),
 * so a rule can compare it with 计划开始日期 and 计划完成日期. A date written
 * without a year (`12月底前`) takes the declaration's 年度 and says so.
 */
export type TimeValue =
  | { readonly kind: 'deadline'; readonly by: CalendarDate; readonly yearImplied: boolean }
  | { readonly kind: 'date'; readonly from: CalendarDate; readonly to: CalendarDate; readonly yearImplied: boolean }
  | { readonly kind: 'period'; readonly from: CalendarDate; readonly to: CalendarDate; readonly yearImplied: boolean }
  | { readonly kind: 'duration'; readonly amount: Decimal; readonly unit: string; readonly within: boolean }
  /** Reads as a date but is not one: 2025年2月30日, 13月底前, a period that ends before it starts. */
  | { readonly kind: 'impossible'; readonly why: 'no-such-date' | 'reversed' };

/** The days a date expression covers, before deciding what kind of value it is. */
interface Span {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly yearImplied: boolean;
}

type Read = { readonly span: Span; readonly rest: string } | { readonly impossible: true } | undefined;

const CN_DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const NUM = '(\\d{1,2}|十一|十二|[一二三四五六七八九十])';

function num(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : CN_DIGITS[s] ?? NaN;
}

const DEADLINE_SUFFIX = /^(?:之前|以前|前|为止|止|完成|到位|办结|结束|截止|内|以内|之内|底前)+/;
const PREFIX = /^(?:截至|截止至|截止到|截止|不晚于|最迟|于|在|到)/;
const TAIL = /^(?:完成|到位|办结|结束|前后|期间|开展|实施|举办|上线|交付)*$/;
/** Between the two ends of a period; `到位` after a date is not one. */
const SEP = /^(?:-|~|～|—|–|－|至|到)(?=\d|[一二三四五六七八九十]|第|[上下]半年|年|当年|本年|[Qq])/;

const day = (year: number, month: number, d: number): CalendarDate => ({ year, month, day: d });
const endOfMonth = (year: number, month: number): CalendarDate => day(year, month, daysInMonth(year, month));

function valid(d: CalendarDate): boolean {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

/** One date expression at the start of `s`: a day, a part of a month, a month, a quarter, a half, a year. */
function readDate(s: string, year: number, implied: boolean): Read {
  let m: RegExpExecArray | null;
  // 2025-12-31, 2025/12/31, 2025.12.31, 2025年12月31日
  if ((m = /^((?:19|20)\d{2})(?:([-/.])(\d{1,2})\2(\d{1,2})(?!\d)|年(\d{1,2})月(\d{1,2})(?:日|号))/.exec(s))) {
    const d = day(Number(m[1]), Number(m[3] ?? m[5]), Number(m[4] ?? m[6]));
    if (!valid(d)) return { impossible: true };
    return { span: { from: d, to: d, yearImplied: false }, rest: s.slice(m[0].length) };
  }
  // 2025年12月底, 2025.07, 2025-07, 2025年6月
  if ((m = new RegExp(`^((?:19|20)\\d{2})(?:年${NUM}月|[-/.](\\d{1,2})(?![\\d.]))(底|末|初|上旬|中旬|下旬|份)?`).exec(s))) {
    return month(Number(m[1]), num(m[2] ?? m[3]!), m[4], false, s.slice(m[0].length));
  }
  // 2025年第三季度, 2025年Q3, 第四季度
  if ((m = /^(?:((?:19|20)\d{2})年)?(?:第([一二三四1-4])季度?|[Qq]([1-4]))/.exec(s))) {
    const y = m[1] ? Number(m[1]) : year;
    const q = num(m[2] ?? m[3]!);
    return { span: { from: day(y, q * 3 - 2, 1), to: endOfMonth(y, q * 3), yearImplied: !m[1] && implied }, rest: s.slice(m[0].length) };
  }
  // 2025年上半年, 下半年
  if ((m = /^(?:((?:19|20)\d{2})年)?(上|下)半年/.exec(s))) {
    const y = m[1] ? Number(m[1]) : year;
    const first = m[2] === '上';
    return { span: { from: day(y, first ? 1 : 7, 1), to: first ? day(y, 6, 30) : day(y, 12, 31), yearImplied: !m[1] && implied }, rest: s.slice(m[0].length) };
  }
  // 12月31日, 6月30号
  if ((m = new RegExp(`^${NUM}月(\\d{1,2})(?:日|号)`).exec(s))) {
    const d = day(year, num(m[1]!), Number(m[2]));
    if (!valid(d)) return { impossible: true };
    return { span: { from: d, to: d, yearImplied: implied }, rest: s.slice(m[0].length) };
  }
  // 12月底, 6月
  if ((m = new RegExp(`^${NUM}月(底|末|初|上旬|中旬|下旬|份)?`).exec(s))) {
    return month(year, num(m[1]!), m[2], implied, s.slice(m[0].length));
  }
  // 2025年底, 2025年, 2025年度
  if ((m = /^((?:19|20)\d{2})年(?:度)?(底|末|初)?/.exec(s))) {
    return yearSpan(Number(m[1]), m[2], false, s.slice(m[0].length));
  }
  // 年底, 年末, 当年, 本年度, 年内 (年内 is handled by the deadline suffix)
  if ((m = /^(?:当年|本年度|本年|年度)?(年底|年末|年初)?/.exec(s)) && m[0] !== '') {
    return yearSpan(year, m[1]?.slice(1), implied, s.slice(m[0].length));
  }
  if (s.startsWith('年内')) return yearSpan(year, undefined, implied, s.slice(1));
  return undefined;
}

function month(year: number, mo: number, part: string | undefined, implied: boolean, rest: string): Read {
  if (!(mo >= 1 && mo <= 12)) return { impossible: true };
  const last = daysInMonth(year, mo);
  const [a, b] =
    part === '底' || part === '末' ? [last, last] : part === '初' || part === '上旬' ? [1, 10] : part === '中旬' ? [11, 20] : part === '下旬' ? [21, last] : [1, last];
  return { span: { from: day(year, mo, a), to: day(year, mo, b), yearImplied: implied }, rest };
}

function yearSpan(year: number, part: string | undefined, implied: boolean, rest: string): Read {
  const from = part === '底' || part === '末' ? day(year, 12, 1) : day(year, 1, 1);
  const to = part === '初' ? day(year, 1, 31) : day(year, 12, 31);
  return { span: { from, to, yearImplied: implied }, rest };
}

const DURATION = /^(?:[≤<＜≦]|不超过|不多于|最多)?\s*(\d+(?:\.\d+)?)\s*(个工作日|工作日|个月|个季度|季度|小时|个小时|分钟|年|月|周|天|日)(以内|之内|内)?$/;

/**
 * `year` is the declaration's 年度: the year of a date written without one.
 * Returns undefined for text that is not a time value (提升, ≥20次).
 */
export function parseTimeValue(written: string, year: number): TimeValue | undefined {
  const s = foldWidth(written).replace(/\s+/g, '').replace(/[(（]([^()（）]*)[)）]/g, '$1');
  if (s === '') return undefined;

  const dur = DURATION.exec(s);
  if (dur) return { kind: 'duration', amount: parseDecimal(dur[1]!)!, unit: dur[2]!, within: dur[3] !== undefined || /^[≤<＜≦不最]/.test(s) };

  const prefix = PREFIX.exec(s);
  const body = prefix ? s.slice(prefix[0].length) : s;

  // `1-6月`, `3至6月`: a period of months with the 月 written once.
  const months = new RegExp(`^(?:(\\d{4})年)?${NUM}(?:-|~|～|—|–|至|到)${NUM}月(.*)$`).exec(body);
  if (months) {
    const y = months[1] ? Number(months[1]) : year;
    const a = num(months[2]!);
    const b = num(months[3]!);
    if (!(a >= 1 && a <= 12 && b >= 1 && b <= 12)) return { kind: 'impossible', why: 'no-such-date' };
    return finish({ from: day(y, a, 1), to: endOfMonth(y, b), yearImplied: !months[1] }, months[4]!, Boolean(prefix), true);
  }

  const first = readDate(body, year, true);
  if (!first) return undefined;
  if ('impossible' in first) return { kind: 'impossible', why: 'no-such-date' };

  const sep = SEP.exec(first.rest);
  if (sep) {
    const after = first.rest.slice(sep[0].length);
    // The second date inherits the first one's year: 2025年1月-12月, 2025.07-2026.01.
    const second = readDate(after, first.span.from.year, first.span.yearImplied);
    if (!second) return undefined;
    if ('impossible' in second) return { kind: 'impossible', why: 'no-such-date' };
    const span = { from: first.span.from, to: second.span.to, yearImplied: first.span.yearImplied };
    return finish(span, second.rest, Boolean(prefix), true);
  }
  return finish(first.span, first.rest, Boolean(prefix), false);
}

function finish(span: Span, rest: string, prefixed: boolean, period: boolean): TimeValue | undefined {
  if (compareDates(span.from, span.to) > 0) return { kind: 'impossible', why: 'reversed' };
  const suffix = DEADLINE_SUFFIX.exec(rest);
  const tail = suffix ? rest.slice(suffix[0].length) : rest;
  if (!TAIL.test(tail)) return undefined;
  // `12月底完成`, `截至2025年12月31日`: the latest day is what counts.
  const deadline = prefixed || suffix !== null || (/^(?:完成|到位|办结|结束)/.test(tail) && !period);
  if (period && !prefixed && suffix === null) return { kind: 'period', from: span.from, to: span.to, yearImplied: span.yearImplied };
  if (deadline) return { kind: 'deadline', by: span.to, yearImplied: span.yearImplied };
  return { kind: 'date', from: span.from, to: span.to, yearImplied: span.yearImplied };
}

/** The last day a time value allows, if it names one. */
export function latestDay(v: TimeValue): CalendarDate | undefined {
  return v.kind === 'deadline' ? v.by : v.kind === 'date' || v.kind === 'period' ? v.to : undefined;
}

/** The first day a time value names, if any (a deadline has none). */
export function earliestDay(v: TimeValue): CalendarDate | undefined {
  return v.kind === 'date' || v.kind === 'period' ? v.from : undefined;
}

export function formatDay(d: CalendarDate): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}
