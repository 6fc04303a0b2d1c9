import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Document, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatDeclaration } from '../../src/fmt/index.js';
import { exampleFiles } from '../helpers/examples.js';
import { fuzzParams, mutatedFile } from '../fuzz/mutations.js';

const EXAMPLES = exampleFiles().map((f) => readFileSync(f, 'utf8'));
const commentTexts = (doc: Document) => {
  const out: string[] = [];
  const add = (c: string | null | undefined) => c && out.push(...c.split('\n').map((l) => l.trim()).filter(Boolean));
  add(doc.commentBefore);
  add(doc.comment);
  const walk = (n: unknown) => {
    if (!n || typeof n !== 'object') return;
    const node = n as Node & { key?: Node; value?: Node };
    add((node as { commentBefore?: string }).commentBefore);
    add((node as { comment?: string }).comment);
    if (isMap(n) || isSeq(n)) for (const it of n.items) walk(it);
    if ('key' in node) walk(node.key);
    if ('value' in node) walk(node.value);
  };
  walk(doc.contents);
  return out.sort();
};

/**
 * The examples re-written as people write them: 4-space indentation, keys
 * of fixed maps in any order, every string in any quoting style, amounts as
 * bare numbers, operators as >= and <=, comments on random entries.
 */
export const variant = fc
  .record({
    example: fc.nat({ max: EXAMPLES.length - 1 }),
    indent: fc.constantFrom(2, 3, 4),
    seed: fc.array(fc.nat({ max: 99 }), { minLength: 64, maxLength: 64 }),
  })
  .map(({ example, indent, seed }) => {
    let k = 0;
    const next = () => seed[k++ % seed.length]!;
    const doc = parseDocument(EXAMPLES[example]!);
    const visit = (n: unknown, path: string[]) => {
      if (isMap(n)) {
        if (path[0] !== '绩效指标' && next() % 2 === 0) n.items.reverse();
        for (const p of n.items) {
          const key = isScalar(p.key) ? String(p.key.value) : '';
          if (next() % 7 === 0) (p.key as Node).commentBefore = ` 说明${next()}`;
          if (isScalar(p.value) && next() % 5 === 0) p.value.comment = ` 备注${next()}`;
          visit(p.value, [...path, key]);
        }
      } else if (isSeq(n)) n.items.forEach((it, i) => visit(it, [...path, String(i)]));
      else if (isScalar(n) && typeof n.value === 'string') {
        if (path[0] === '项目资金' && /^[\d,.]+$/.test(n.value) && next() % 2 === 0) n.value = Number(n.value.replaceAll(',', ''));
        else if (path[0] === '绩效指标' && next() % 3 === 0) n.value = n.value.replace(/^≥/, '>=').replace(/^≤/, '<=');
        if (typeof n.value === 'string' && path[0] !== '绩效目标') n.type = (['PLAIN', 'QUOTE_SINGLE', 'QUOTE_DOUBLE'] as const)[next() % 3];
      }
    };
    visit(doc.contents, []);
    return doc.toString({ indent, indentSeq: next() % 2 === 0, lineWidth: 0 });
  });

describe('declare fmt on generated files', () => {
  it('every variant of the examples formats back to the example itself, comments kept', () => {
    fc.assert(
      fc.property(variant, (text) => {
        const r = formatDeclaration('v.yaml', Buffer.from(text, 'utf8'));
        expect(r.ok, text).toBe(true);
        if (!r.ok) return;
        const again = formatDeclaration('v.yaml', Buffer.from(r.text, 'utf8'));
        expect(again.ok && again.text).toBe(r.text);
        expect(commentTexts(parseDocument(r.text))).toEqual(commentTexts(parseDocument(text)));
        // Without the added comments, the canonical form of a variant is the example it came from.
        const bare = parseDocument(r.text);
        const strip = (n: unknown) => {
          if (!n || typeof n !== 'object') return;
          delete (n as { comment?: string }).comment;
          delete (n as { commentBefore?: string }).commentBefore;
          if (isMap(n) || isSeq(n)) for (const it of n.items) strip(it);
          if (n && typeof n === 'object' && 'key' in n) strip((n as { key: unknown }).key);
          if (n && typeof n === 'object' && 'value' in n) strip((n as { value: unknown }).value);
        };
        strip(bare.contents);
        const stripped = formatDeclaration('v.yaml', Buffer.from(bare.toString({ lineWidth: 0 }), 'utf8'));
        expect(stripped.ok).toBe(true);
        const schemaLine = EXAMPLES.find((e) => e.includes(`项目名称: ${String((bare.toJS() as Record<string, unknown>).项目名称)}\n`))!;
        expect(stripped.ok && stripped.text).toBe(schemaLine.replace(/^#.*\n/, ''));
      }),
      fuzzParams(40),
    );
  });

  it('never throws on mangled files; what it formats is idempotent and keeps its comments', () => {
    fc.assert(
      fc.property(mutatedFile(EXAMPLES), (bytes) => {
        const r = formatDeclaration('m.yaml', bytes);
        if (!r.ok) {
          expect(r.diagnostics.length).toBeGreaterThan(0);
          return;
        }
        const again = formatDeclaration('m.yaml', Buffer.from(r.text, 'utf8'));
        expect(again.ok && again.text).toBe(r.text);
        const count = (s: string) => commentTexts(parseDocument(s)).length;
        expect(count(r.text)).toBe(count(Buffer.from(bytes).toString('utf8')));
      }),
      fuzzParams(150),
    );
  });
});
