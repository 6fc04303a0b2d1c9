import { describe, expect, it } from 'vitest';
import { isScalar, parseDocument } from 'yaml';
import { alignScalar } from '../../src/analysis/scalar-offsets.js';

function check(yaml: string, needle: string): string | undefined {
  const doc = parseDocument(yaml);
  const node = doc.get('目标', true);
  if (!isScalar(node) || !node.range) throw new Error('no scalar');
  const value = String(node.value);
  const raw = yaml.slice(node.range[0], node.range[1]);
  const map = alignScalar(raw, value);
  if (!map) return undefined;
  const at = value.indexOf(needle);
  return raw.slice(map[at]!, map[at + needle.length - 1]! + 1);
}

describe('alignScalar', () => {
  it.each([
    ['literal block', '目标: |\n  第一行，通过举办 5 场活动。\n  覆盖人数不少于 500人。\n', '不少于 500人'],
    ['literal block with a chomping header and a comment', '目标: |- # 年度\n    覆盖人数不少于 500人\n', '500人'],
    ['folded block', '目标: >\n  通过举办 5 场活动，\n  覆盖人数不少于 500人。\n', '不少于 500人'],
    ['plain multi-line', '目标: 通过举办 5 场活动，\n  覆盖人数不少于 500人。\n', '不少于 500人'],
    ['single-quoted', "目标: '覆盖人数不少于 500人'\n", '500人'],
    ['CRLF line ends', '目标: |\r\n  第一行。\r\n  覆盖人数不少于 500人。\r\n', '500人'],
  ])('%s', (_, yaml, needle) => {
    expect(check(yaml, needle)).toBe(needle);
  });

  it('a phrase broken across lines maps to its first and last character', () => {
    expect(check('目标: >\n  覆盖人数不少于\n  500人。\n', '不少于 500人')).toBe('不少于\n  500人');
  });

  it('gives up on escapes rather than point at the wrong place', () => {
    expect(check('目标: "覆盖\\u4eba数不少于 500人"\n', '500人')).toBeUndefined();
  });
});
