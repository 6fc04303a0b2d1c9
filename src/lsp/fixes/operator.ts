import { text } from '../../diagnostics/types.js';
import { indicatorValues } from './yaml-nodes.js';
import type { Fix, Fixer } from './types.js';

/**
 * Other spellings of the official operators, as input methods and keyboards
 * produce them. ＞ and ＜ stay: > and < would start a YAML block scalar.
 */
const SPELLINGS: readonly (readonly [string, string])[] = [
  ['>=', '≥'],
  ['<=', '≤'],
  ['＞＝', '≥'],
  ['＜＝', '≤'],
  ['≧', '≥'],
  ['≦', '≤'],
  ['==', '='],
  ['＝', '='],
];

const title = (from: string, to: string) => text(`把“${from}”改为“${to}”`, `Replace "${from}" with "${to}"`);

/** `- 网民满意度: '>=90%'` → `'≥90%'`: the operator as the form prints it. */
export const operatorSpelling: Fixer = ({ text: doc, source }) => {
  if (!source) return [];
  const out: Fix[] = [];
  for (const { value } of indicatorValues(source.doc, doc)) {
    if (typeof value.node.value !== 'string' || !['PLAIN', 'QUOTE_SINGLE', 'QUOTE_DOUBLE'].includes(value.node.type ?? '')) continue;
    const inner = value.node.type === 'PLAIN' ? 0 : 1;
    const lead = /^\s*/.exec(value.raw.slice(inner))![0].length;
    const at = value.start + inner + lead;
    const spelling = SPELLINGS.find(([s]) => doc.startsWith(s, at));
    if (!spelling) continue;
    out.push({ title: title(spelling[0], spelling[1]), at: [value.start, value.end], edits: [{ start: at, end: at + spelling[0].length, newText: spelling[1] }], preferred: true });
  }
  return out;
};

/**
 * `- 网民满意度: >=90%` unquoted: YAML reads `>` as the start of a block
 * scalar and the file does not parse (yaml-syntax). Rewrite the operator.
 */
export const operatorAsBlockScalar: Fixer = ({ text: doc, diagnostics }) => {
  const out: Fix[] = [];
  const lines = new Set(diagnostics.filter((d) => d.rule === 'yaml-syntax').map((d) => d.span.line));
  for (const line of lines) {
    const start = lineStart(doc, line);
    const end = doc.indexOf('\n', start) < 0 ? doc.length : doc.indexOf('\n', start);
    const m = /^(\s*(?:-\s+)?[^\s#:][^#]*?:\s+)(>=|<=|>|<)(?=\s*[0-9０-９.])/.exec(doc.slice(start, end));
    if (!m) continue;
    const op = m[2]!;
    const to = op === '>=' ? '≥' : op === '<=' ? '≤' : op === '>' ? '＞' : '＜';
    const at = start + m[1]!.length;
    out.push({ title: title(op, to), at: [start, end], edits: [{ start: at, end: at + op.length, newText: to }], rules: ['yaml-syntax'], preferred: true });
  }
  return out;
};

function lineStart(doc: string, line: number): number {
  let offset = 0;
  for (let l = 1; l < line && offset >= 0; l++) offset = doc.indexOf('\n', offset) + 1 || doc.length;
  return offset;
}
