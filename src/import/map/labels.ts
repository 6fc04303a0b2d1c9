/**
 * Labels as people print them: `项目名称`, `项目名称：`, `项目名称:`, `计划开始
 * 日期` over two lines, `其中：财政资金`, `年度资金申请总额（万元）`. One
 * normal form makes them comparable: NFKC (full-width colons, brackets and
 * digits become ASCII), no whitespace, no trailing colon, no `其中:`, and a
 * money unit in brackets taken off (and reported).
 */
export interface NormalLabel {
  readonly text: string;
  /** A money unit the label carries: `（元）`, `(万元)`, `单位：万元`. */
  readonly unit?: MoneyUnit;
}

export type MoneyUnit = '元' | '万元';

const UNIT_SUFFIX = /\((?:单位:)?(万元|元)\)$/;

export function normalLabel(s: string): NormalLabel {
  let t = s.normalize('NFKC').replace(/[\s\u3000]+/g, '');
  t = t.replace(/^其中[:：]?/, '').replace(/[:：]+$/, '');
  const m = UNIT_SUFFIX.exec(t);
  if (m) t = t.slice(0, m.index).replace(/[:：]+$/, '');
  return { text: t, ...(m && { unit: m[1] as MoneyUnit }) };
}

/** A note that states the money unit of the whole form: `单位：万元`, `金额单位：元`, `（单位：万元）`. */
export function unitNote(s: string): MoneyUnit | undefined {
  const m = /(?:^|[(（\s])(?:金额)?单位\s*[:：]\s*(万元|元)(?:$|[)）\s])/.exec(s.normalize('NFKC').trim());
  return m ? (m[1] as MoneyUnit) : undefined;
}

export interface LabelHit {
  /** The value written in the same cell after the label (`项目名称：网络宣传工作`). */
  readonly inline?: string;
  readonly unit?: MoneyUnit;
}

/**
 * Does `cellText` show `label`? Exactly (after normalising), as a prefix
 * when the form adds text to the label (`项目总目标（2025年-2029年）`), or
 * followed by a colon and the value itself (`项目名称：网络宣传工作`).
 */
export function matchLabel(cellText: string, label: string, prefix: boolean): LabelHit | undefined {
  const want = normalLabel(label).text;
  const got = normalLabel(cellText);
  if (got.text === want) return got.unit ? { unit: got.unit } : {};
  if (prefix && got.text.startsWith(want)) return got.unit ? { unit: got.unit } : {};
  // `项目名称：网络宣传工作` (a colon, full- or half-width, then the value).
  const m = /^([^:：\n]+)[:：]\s*([\s\S]+)$/.exec(cellText.trim());
  if (m && normalLabel(m[1]!).text === want && m[2]!.trim() !== '') {
    const unit = normalLabel(m[1]!).unit;
    return { inline: m[2]!.trim(), ...(unit && { unit }) };
  }
  return undefined;
}

/** Header cells of the indicator table: exact, except that any header ending in 指标值 is the value column (指标值, 年度指标值, 年度(/项目)指标值). */
export function matchHeader(cellText: string, header: string): boolean {
  const got = normalLabel(cellText).text;
  const want = normalLabel(header).text;
  if (got === want) return true;
  return want.endsWith('指标值') && got.endsWith('指标值') && got.length <= want.length + 4;
}
