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
    out.push({ title: { messageId: 'replace-operator', data: { from: spelling[0], to: spelling[1] } }, at: [value.start, value.end], edits: [{ start: at, end: at + spelling[0].length, newText: spelling[1] }], preferred: true });
  }
  return out;
};

