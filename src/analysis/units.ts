import { dec, shift, type Decimal } from './decimal.js';

/**
 * What a unit measures. Two figures can only be compared when their units
 * share a base (then exactly, through `factor`); two units of one family but
 * different bases (次 and 场, 人 and 人次) measure related things that a
 * reviewer expects to be written the same way.
 */
export type UnitFamily = 'percent' | 'money' | 'count' | 'duration' | 'length' | 'area' | 'weight' | 'data' | 'other';

export interface UnitReading {
  /** As written, trimmed. */
  readonly written: string;
  readonly family: UnitFamily;
  /** The base unit the figure converts to: `元`, `次`, `%`, `分钟`. */
  readonly base: string;
  /** One of this unit in base units, exactly: 万元 → 10000 (元), 小时 → 60 (分钟). */
  readonly factor: Decimal;
  /** A rate's denominator: `万元/次` → `次`, `元/人.天` → `人.天`. */
  readonly per?: string;
}

interface BaseUnit {
  readonly family: UnitFamily;
  readonly base: string;
  readonly factor: Decimal;
}

const one = dec(1);
const u = (family: UnitFamily, base: string, factor: Decimal = one): BaseUnit => ({ family, base, factor });

/** Spellings of counted things. Each is its own base: 5 场 and 5 次 are not the same figure. */
export const COUNT_UNITS: readonly string[] = [
  '人次', '家次', '件次', '篇次', '场次', '批次', '户次', '车次', '周次', '班次', '架次', '课时', '学时',
  '次', '人', '个', '场', '篇', '件', '项', '家', '户', '份', '期', '批', '起', '套', '台', '辆', '所', '座',
  '处', '条', '本', '册', '部', '张', '名', '位', '例', '门', '类', '种', '款', '区', '村', '镇', '校', '幅',
  '集', '首', '档', '轮', '组', '支', '只', '株', '棵', '头', '块', '栋', '间', '床', '盏', '根', '片', '段',
  '站', '点', '号', '单', '宗', '起次', '人天', '人日',
];

const SIMPLE: ReadonlyMap<string, BaseUnit> = new Map<string, BaseUnit>([
  ['%', u('percent', '%')],
  ['％', u('percent', '%')],
  ['百分比', u('percent', '%')],
  ['‰', u('percent', '%', dec(1, 1))],
  ['个百分点', u('percent', '百分点')],
  ['百分点', u('percent', '百分点')],
  ['元', u('money', '元')],
  ['千元', u('money', '元', dec(1000))],
  ['万元', u('money', '元', dec(10_000))],
  ['百万元', u('money', '元', dec(1_000_000))],
  ['千万元', u('money', '元', dec(10_000_000))],
  ['亿元', u('money', '元', dec(100_000_000))],
  ['分钟', u('duration', '分钟')],
  ['小时', u('duration', '分钟', dec(60))],
  ['个小时', u('duration', '分钟', dec(60))],
  ['h', u('duration', '分钟', dec(60))],
  ['天', u('duration', '分钟', dec(1440))],
  ['日', u('duration', '分钟', dec(1440))],
  ['个工作日', u('duration', '工作日')],
  ['工作日', u('duration', '工作日')],
  ['周', u('duration', '分钟', dec(10_080))],
  ['个月', u('duration', '月')],
  ['月', u('duration', '月')],
  ['季度', u('duration', '月', dec(3))],
  ['个季度', u('duration', '月', dec(3))],
  ['年', u('duration', '月', dec(12))],
  ['米', u('length', '米')],
  ['m', u('length', '米')],
  ['厘米', u('length', '米', dec(1, 2))],
  ['公里', u('length', '米', dec(1000))],
  ['千米', u('length', '米', dec(1000))],
  ['km', u('length', '米', dec(1000))],
  ['平方米', u('area', '平方米')],
  ['㎡', u('area', '平方米')],
  ['m2', u('area', '平方米')],
  ['m²', u('area', '平方米')],
  ['公顷', u('area', '平方米', dec(10_000))],
  ['平方公里', u('area', '平方米', dec(1_000_000))],
  ['亩', u('area', '亩')],
  ['吨', u('weight', '千克', dec(1000))],
  ['千克', u('weight', '千克')],
  ['公斤', u('weight', '千克')],
  ['kg', u('weight', '千克')],
  ['克', u('weight', '千克', dec(1, 3))],
  ['斤', u('weight', '千克', dec(5, 1))],
  ['T', u('data', 'TB')],
  ['TB', u('data', 'TB')],
  ['G', u('data', 'GB')],
  ['GB', u('data', 'GB')],
  ['P', u('data', 'PB')],
  ['PB', u('data', 'PB')],
  ['M', u('data', 'MB')],
  ['MB', u('data', 'MB')],
  ['C', u('data', '核')],
  ['核', u('data', '核')],
  ['Mbps', u('data', 'Mbps')],
  ['Gbps', u('data', 'Mbps', dec(1000))],
  ['M/s', u('data', 'MB/s')],
]);

// A second is 1/60 minute: not a finite decimal, so seconds are their own base.
const SECOND = u('duration', '秒');

/** Scale words in front of a unit: 万人次, 1.2万亩, 10亿人次. */
const SCALES: readonly [string, number][] = [
  ['亿', 8],
  ['千万', 7],
  ['百万', 6],
  ['十万', 5],
  ['万', 4],
  ['千', 3],
];

function base(unit: string): BaseUnit | undefined {
  if (unit === '秒') return SECOND;
  const simple = SIMPLE.get(unit);
  if (simple) return simple;
  if (COUNT_UNITS.includes(unit)) return u('count', unit);
  for (const [word, power] of SCALES) {
    if (!unit.startsWith(word) || unit.length === word.length) continue;
    const rest = base(unit.slice(word.length));
    if (rest && (rest.family === 'count' || rest.family === 'area' || rest.family === 'weight')) {
      return { ...rest, factor: shift(rest.factor, power) };
    }
  }
  return undefined;
}

/** `(次)` and `（次）` are the unit 次; `次/年` is a count per year. */
export function readUnit(written: string): UnitReading {
  const w = written.trim().replace(/^[(（]\s*(.*?)\s*[)）]$/, '$1');
  const slash = w.search(/[/／]/);
  if (slash > 0) {
    const top = base(w.slice(0, slash).trim());
    const per = w.slice(slash + 1).trim();
    if (top && per) return { written: w, family: top.family, base: top.base, factor: top.factor, per };
  }
  const b = base(w);
  if (b) return { written: w, ...b };
  return { written: w, family: 'other', base: w, factor: one };
}

/** Same base and the same denominator: the figures can be compared after conversion. */
export function sameBase(a: UnitReading, b: UnitReading): boolean {
  return a.base === b.base && a.family === b.family && (a.per ?? '') === (b.per ?? '');
}

export function isMoney(unit: UnitReading): boolean {
  return unit.family === 'money';
}

/** The longest known unit at the start of `s` (for reading units out of running text). */
export function unitAt(s: string): string | undefined {
  for (let len = Math.min(6, s.length); len >= 1; len--) {
    const cand = s.slice(0, len);
    if (base(cand)) return cand;
  }
  return undefined;
}
