/**
 * A minimal valid declaration built from replaceable sections, so a test can
 * change one section (or one line) and say which line it expects a finding on
 * without hard-coding line numbers.
 *
 *   declaration()                                   // passes with zero diagnostics
 *   declaration({ head: { 项目类别: '特定目标' } })   // one head field changed
 *   declaration({ head: { 项目名称: null } })         // one head field removed
 *   declaration({ funds: funds({ annual: { 合计: '999' } }) })
 *   declaration({ indicators: indicators({ ...INDICATORS, 产出指标: { 数量指标: [['培训次数', '20']] } }) })
 *   replaceLine(VALID, '培训次数', '      - 培训次数: 20')
 */

export type HeadKey = '年度' | '项目名称' | '项目性质' | '项目类别' | '主管部门' | '实施单位' | '计划开始日期' | '计划完成日期';

/** Head fields in form order; values are written into the YAML verbatim. */
export const HEAD: Readonly<Record<HeadKey, string>> = {
  年度: '2025',
  项目名称: '网络安全宣传培训',
  项目性质: '经常性项目',
  项目类别: '特定目标类',
  主管部门: '中国共产党上海市委员会宣传部',
  实施单位: '中共上海市委网络安全和信息化委员会办公室',
  计划开始日期: '2025-01-01',
  计划完成日期: '2025-12-31',
};

/** One money column: key → amount as written; `null` leaves the line out, `''` writes `key:` with no value. */
export type Column = Readonly<Record<string, string | null>>;

export const ANNUAL: Column = { 合计: '1,000,000.00', 当年财政拨款: '1,000,000.00', 上年结转资金: '0', 其他资金: '0' };
export const WHOLE_LIFE: Column = { 合计: '3,000,000.00', 财政资金: '3,000,000.00', 其他资金: '0' };

/** 一级 → 二级 → [三级, 指标值 as written]; a 二级 given as a string is written verbatim after the colon (`'[]'`), null writes nothing. */
export type Items = readonly (readonly [string, string])[];
export type IndicatorTree = Readonly<Record<string, Readonly<Record<string, Items | string | null>> | null>>;

export const INDICATORS = {
  成本指标: { 经济成本指标: [['培训人均成本', '≤500 元/人']] },
  产出指标: { 数量指标: [['培训次数', '≥4 次']], 质量指标: [['培训验收合格率', '=100%']] },
  效益指标: { 社会效益指标: [['网络安全意识', '参训人员考核合格']] },
  满意度指标: { 服务对象满意度指标: [['参训人员满意度', '≥90%']] },
} as const satisfies IndicatorTree;

function column(label: string, c: Column): string[] {
  const out = [`  ${label}:`];
  for (const [k, v] of Object.entries(c)) if (v !== null) out.push(v === '' ? `    ${k}:` : `    ${k}: ${v}`);
  return out;
}

/** The 项目资金 section; the annual column is merged over ANNUAL, the whole-life column (absent by default) is written as given. */
export function funds(o: { annual?: Column; wholeLife?: Column } = {}): string {
  return ['项目资金:', ...(o.wholeLife ? column('项目资金总额', o.wholeLife) : []), ...column('年度资金申请总额', { ...ANNUAL, ...o.annual })].join('\n');
}

/** The 绩效目标 section; `overall` adds 项目总目标. */
export function goals(o: { overall?: string; annual?: string } = {}): string {
  const block = (key: string, t: string) => [`  ${key}: |`, ...t.split('\n').map((l) => `    ${l}`)];
  return ['绩效目标:', ...(o.overall !== undefined ? block('项目总目标', o.overall) : []), ...block('年度总体目标', o.annual ?? '完成全年网络安全宣传和培训任务。')].join('\n');
}

/** The 绩效指标 section from a tree (default INDICATORS). */
export function indicators(tree: IndicatorTree = INDICATORS): string {
  const out = ['绩效指标:'];
  for (const [l1, groups] of Object.entries(tree)) {
    out.push(`  ${l1}:`);
    if (!groups) continue;
    for (const [l2, items] of Object.entries(groups)) {
      if (items === null) out.push(`    ${l2}:`);
      else if (typeof items === 'string') out.push(`    ${l2}: ${items}`);
      else {
        out.push(`    ${l2}:`);
        for (const [name, value] of items) out.push(value === '' ? `      - ${name}:` : `      - ${name}: ${value}`);
      }
    }
  }
  return out.join('\n');
}

/** One 二级 group replaced (or added) in the default tree: `withItems('产出指标', '数量指标', [['培训次数', '20']])`. */
export function withItems(level1: string, level2: string, items: Items | string | null, tree: IndicatorTree = INDICATORS): string {
  return indicators({ ...tree, [level1]: { ...(tree[level1] ?? {}), [level2]: items } });
}

export interface Sections {
  /** Merged over HEAD; null removes the line, '' leaves the value empty. */
  readonly head?: Partial<Record<HeadKey | (string & {}), string | null>>;
  readonly funds?: string;
  readonly goals?: string;
  readonly indicators?: string;
  /** Extra text appended at the end of the file. */
  readonly after?: string;
}

export function declaration(s: Sections = {}): string {
  const head = Object.entries({ ...HEAD, ...s.head })
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => (v === '' ? `${k}:` : `${k}: ${v}`));
  return [...head, '', s.funds ?? funds(), '', s.goals ?? goals(), '', s.indicators ?? indicators(), ...(s.after ? [s.after] : []), ''].join('\n');
}

/** The valid single-year declaration. */
export const VALID = declaration();

/** A valid multi-year (2025–2027) declaration: whole-life column and 项目总目标 given. */
export function multiYear(s: Sections = {}): string {
  return declaration({
    ...s,
    head: { 计划完成日期: '2027-12-31', ...s.head },
    funds: s.funds ?? funds({ wholeLife: WHOLE_LIFE }),
    goals: s.goals ?? goals({ overall: '三年内完成全市网络安全宣传培训体系建设。' }),
  });
}

/** 1-based line of the `occurrence`-th line containing `needle`; throws when there is none, so a typo in a test fails loudly. */
export function lineOf(yaml: string, needle: string, occurrence = 1): number {
  const lines = yaml.split(/\r?\n/);
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.includes(needle) && ++seen === occurrence) return i + 1;
  }
  throw new Error(`lineOf: ${JSON.stringify(needle)} (occurrence ${occurrence}) not found`);
}

/** 1-based column (in code points, as diagnostics count) where `needle` starts on its line. */
export function columnOf(yaml: string, needle: string, occurrence = 1): number {
  const line = yaml.split(/\r?\n/)[lineOf(yaml, needle, occurrence) - 1]!;
  return [...line.slice(0, line.indexOf(needle))].length + 1;
}

/** Replace the one line containing `needle` (throws unless exactly one line matches); `null` deletes it. */
export function replaceLine(yaml: string, needle: string, replacement: string | null): string {
  const lines = yaml.split('\n');
  const hits = lines.flatMap((l, i) => (l.includes(needle) ? [i] : []));
  if (hits.length !== 1) throw new Error(`replaceLine: ${JSON.stringify(needle)} matches ${hits.length} lines`);
  if (replacement === null) lines.splice(hits[0]!, 1);
  else lines[hits[0]!] = replacement;
  return lines.join('\n');
}

/** Insert `text` as new line(s) after the one line containing `needle`. */
export function insertAfter(yaml: string, needle: string, text: string): string {
  const lines = yaml.split('\n');
  const hits = lines.flatMap((l, i) => (l.includes(needle) ? [i] : []));
  if (hits.length !== 1) throw new Error(`insertAfter: ${JSON.stringify(needle)} matches ${hits.length} lines`);
  lines.splice(hits[0]! + 1, 0, text);
  return lines.join('\n');
}

/** `{ line, column }` of `within` on the one line that contains `lineNeedle` (default: the needle itself), for expected positions. */
export function posOf(yaml: string, lineNeedle: string, within: string = lineNeedle, occurrence = 1): { line: number; column: number } {
  const line = lineOf(yaml, lineNeedle, occurrence);
  const text = yaml.split(/\r?\n/)[line - 1]!;
  const at = text.indexOf(within);
  if (at < 0) throw new Error(`posOf: ${JSON.stringify(within)} is not on the line of ${JSON.stringify(lineNeedle)}`);
  return { line, column: [...text.slice(0, at)].length + 1 };
}

/**
 * Where a 一级 key, a 二级 key under it, or a 三级 name under that is, in the
 * layout `indicators()` writes (2, 4 and 8 spaces): `{ line, column }` of the label.
 */
export function indicatorPos(yaml: string, level1: string, level2?: string, name?: string): { line: number; column: number } {
  const lines = yaml.split(/\r?\n/);
  const find = (from: number, text: string, until: (l: string) => boolean): number => {
    for (let i = from; i < lines.length && (i === from || !until(lines[i]!)); i++) if (lines[i] === text || lines[i]!.startsWith(text)) return i;
    return -1;
  };
  const top = lines.indexOf('绩效指标:');
  let i = find(top + 1, `  ${level1}:`, (l) => /^\S/.test(l));
  if (i < 0) throw new Error(`indicatorPos: no 一级 ${level1}`);
  if (level2 === undefined) return { line: i + 1, column: 3 };
  i = find(i + 1, `    ${level2}:`, (l) => /^ {0,2}\S/.test(l));
  if (i < 0) throw new Error(`indicatorPos: no 二级 ${level1} › ${level2}`);
  if (name === undefined) return { line: i + 1, column: 5 };
  i = find(i + 1, `      - ${name}:`, (l) => /^ {0,4}\S/.test(l));
  if (i < 0) throw new Error(`indicatorPos: no 三级 ${level1} › ${level2} › ${name}`);
  return { line: i + 1, column: 9 };
}

/** A declaration with one 三级指标 `name: value` as the only item of 一级 › 二级 (default 产出指标 › 数量指标), and where its value is. */
export function oneIndicator(name: string, value: string, level1 = '产出指标', level2 = '数量指标'): { code: string; value: { line: number; column: number }; path: (string | number)[] } {
  const code = declaration({ indicators: withItems(level1, level2, [[name, value]]) });
  const at = indicatorPos(code, level1, level2, name);
  return { code, value: { line: at.line, column: at.column + [...name].length + 2 }, path: ['绩效指标', level1, level2, 0, name] };
}

let gbkTable: Map<string, number[]> | undefined;

/** `text` encoded as GBK (as Chinese Windows tools save it), built by decoding every two-byte GBK code once. */
export function gbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const dec = new TextDecoder('gbk');
    for (let a = 0x81; a <= 0xfe; a++) {
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue;
        const ch = dec.decode(new Uint8Array([a, b]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, [a, b]);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = gbkTable.get(ch);
      if (!bytes) throw new Error(`gbk: ${ch} has no GBK encoding`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}
