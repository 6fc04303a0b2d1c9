/** The official operators; everything users type is normalised to one of these. */
export type Operator = '≥' | '≤' | '=' | '>' | '<';

export type InvalidReason =
  | 'empty'
  | 'placeholder'
  | 'own-name'
  | 'bare-number'
  | 'no-number'
  | 'no-unit'
  | 'range'
  | 'not-text';

export type IndicatorValue =
  /** `≥20 次`, `≥20.00(次)`, `=100%`: operator, number as written, unit. */
  | { readonly kind: 'quantity'; readonly op: Operator; readonly number: string; readonly unit: string }
  /** `985米`: a number and a unit with no operator, found in real approved forms. */
  | { readonly kind: 'bare-quantity'; readonly number: string; readonly unit: string; readonly text: string }
  /** 定性: `提升`, `进一步净化`. */
  | { readonly kind: 'qualitative'; readonly text: string }
  | { readonly kind: 'invalid'; readonly reason: InvalidReason; readonly text: string };

// Longest spellings first, so `>=` is not read as `>` followed by `=`.
const OPERATORS: readonly [string, Operator][] = [
  ['>=', '≥'],
  ['<=', '≤'],
  ['＞＝', '≥'],
  ['＜＝', '≤'],
  ['==', '='],
  ['≥', '≥'],
  ['≧', '≥'],
  ['≤', '≤'],
  ['≦', '≤'],
  ['=', '='],
  ['＝', '='],
  ['>', '>'],
  ['＞', '>'],
  ['<', '<'],
  ['＜', '<'],
];

const NUMBER = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)/;

/** Template leftovers: `XX`, `**`, `…`, `待定`. */
const PLACEHOLDER = /^(?:[xX×＊*?？…．.·—\-_/]+|待定|待填|待补充|暂无|无|略|同上|TBD|N\/A)$/i;

export function parseIndicatorValue(raw: string | number | null, name: string): IndicatorValue {
  if (raw === null) return { kind: 'invalid', reason: 'empty', text: '' };
  if (typeof raw === 'number') return { kind: 'invalid', reason: 'bare-number', text: String(raw) };
  const text = raw.trim();
  if (text === '') return { kind: 'invalid', reason: 'empty', text };
  if (PLACEHOLDER.test(text)) return { kind: 'invalid', reason: 'placeholder', text };
  if (text === name.trim()) return { kind: 'invalid', reason: 'own-name', text };

  const op = OPERATORS.find(([spelling]) => text.startsWith(spelling));
  if (op) {
    const rest = text.slice(op[0].length).trim();
    const num = NUMBER.exec(rest);
    if (!num) return { kind: 'invalid', reason: 'no-number', text };
    const unit = unwrapUnit(rest.slice(num[0].length).trim());
    if (unit === '') return { kind: 'invalid', reason: 'no-unit', text };
    if (/^[-~～至到]\s*\d/.test(unit)) return { kind: 'invalid', reason: 'range', text };
    return { kind: 'quantity', op: op[1], number: num[1]!, unit };
  }
  const num = NUMBER.exec(text);
  if (num) {
    const unit = unwrapUnit(text.slice(num[0].length).trim());
    if (unit === '') return { kind: 'invalid', reason: 'bare-number', text };
    if (/^[-~～至到]\s*\d/.test(unit)) return { kind: 'invalid', reason: 'range', text };
    return { kind: 'bare-quantity', number: num[1]!, unit, text };
  }
  return { kind: 'qualitative', text };
}

/** `(次)`, `（次）` and `次` all mean the unit 次. */
function unwrapUnit(s: string): string {
  const m = /^[(（]\s*(.*?)\s*[)）]$/.exec(s);
  return (m ? m[1]! : s).trim();
}

/** The official print style: `≥20.00(次)`, `=100(%)`; other kinds exactly as written. */
export function formatIndicatorValue(v: IndicatorValue): string {
  switch (v.kind) {
    case 'quantity':
      // `≥20(次)以上` keeps its own brackets rather than becoming `≥20((次)以上)`.
      return /[(（)）]/.test(v.unit) ? `${v.op}${v.number}${v.unit}` : `${v.op}${v.number}(${v.unit})`;
    case 'bare-quantity':
    case 'qualitative':
    case 'invalid':
      return v.text;
  }
}

/** The numeric value of a quantity for comparisons (never for money). */
export function numericValue(v: IndicatorValue): number | undefined {
  return v.kind === 'quantity' || v.kind === 'bare-quantity' ? Number(v.number.replaceAll(',', '')) : undefined;
}
