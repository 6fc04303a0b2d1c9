import { isAlias, isScalar, type Node } from 'yaml';

/**
 * A key as the loader names it, and as key paths spell it: the text of a
 * string key; the characters typed for a number or boolean key (`1e3`, not
 * 1000); the empty name for a missing key (`- : x`); the source text of a
 * list or map used as a key (an error the loader reports).
 */
export function keyText(key: Node | null, source: string): string {
  if (key === null || isAlias(key)) return '';
  if (isScalar(key)) {
    if (key.value === null || key.value === undefined) return '';
    if (typeof key.value === 'string') return key.value;
    return key.range ? source.slice(key.range[0], key.range[1]).trimEnd() : String(key.value);
  }
  return key.range ? source.slice(key.range[0], key.range[1]).trim() : '';
}
