/**
 * Where a character of a YAML scalar's value sits in the file. A goal text is
 * a block scalar: YAML removes the indentation (and, for `>` and plain
 * multi-line scalars, turns line breaks into spaces), so an offset in the
 * value is not an offset in the file. This aligns the two, character by
 * character, so a finding can point at `不少于 500人` inside a paragraph.
 *
 * `raw` is the scalar's source text (header, quotes and indentation
 * included); `value` is what YAML made of it. Returns, for each offset of
 * the value (and its end), the offset in `raw`; undefined when the two
 * cannot be aligned safely (escapes in a double-quoted scalar): the caller
 * then points at the whole scalar.
 */
export function alignScalar(raw: string, value: string): number[] | undefined {
  const map: number[] = [];
  let j = skipHeader(raw);
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    while (j < raw.length && raw[j] !== ch) {
      const r = raw[j]!;
      // Indentation, folded line breaks and the break YAML drops before a folded line.
      if (r === ' ' || r === '\t' || r === '\n' || r === '\r') {
        if ((ch === ' ' || ch === '\n') && (r === '\n' || r === '\r')) break;
        j++;
        continue;
      }
      return undefined;
    }
    if (j >= raw.length) return undefined;
    map.push(j);
    j++;
    // A folded break may stand for a break plus the next line's indentation: skip it as one.
    if ((ch === ' ' || ch === '\n') && raw[j - 1] === '\r' && raw[j] === '\n') j++;
  }
  map.push(Math.min(j, raw.length));
  return map;
}

/** Past `|`, `|-`, `>+2` (and a comment on the header line), or an opening quote. */
function skipHeader(raw: string): number {
  const block = /^[|>][-+0-9]*[ \t]*(?:#[^\n]*)?\r?\n/.exec(raw);
  if (block) return block[0].length;
  if (raw.startsWith("'") || raw.startsWith('"')) return 1;
  return 0;
}
