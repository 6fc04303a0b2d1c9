import fc from 'fast-check';

/**
 * Mutations of a declaration's text, the way real files go wrong: lines lost
 * or repeated, values of the wrong type, labels at the wrong level, stray
 * Unicode and control characters, truncation, and plain garbage.
 */
export type Mutation =
  | { kind: 'delete-line'; at: number }
  | { kind: 'duplicate-line'; at: number }
  | { kind: 'swap-lines'; a: number; b: number }
  | { kind: 'replace-value'; at: number; value: string }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'indent'; at: number; delta: number }
  | { kind: 'swap-labels'; from: string; to: string }
  | { kind: 'number-glitch'; at: number; digit: number; glitch: string };

const LABELS = ['成本指标', '产出指标', '效益指标', '满意度指标', '数量指标', '质量指标', '时效指标', '社会效益指标', '经济成本指标', '服务对象满意度指标', '项目资金总额', '年度资金申请总额', '合计', '其他资金', '绩效目标', '绩效指标'];

const WEIRD_VALUES = [
  '123', '-5', '1e3', '0x1F', '.inf', '.nan', 'true', 'no', 'null', '~', '[]', '{}', "''", '""', '[1, 2]', '{a: 1}',
  '>=5', '<=5', '>5', '|', '>', '*a', '&a x', '!!binary aGk=', '!custom x', '@x', '`x`', '% x', '- x', '? x', ': x',
  'XX', '**', '≥abc', '=100', '1-2个', '2025-02-30', '2025/13/1', '9'.repeat(40), '1,23,4.5', '281万元', '0.125',
  '"unterminated', "'unterminated", 'a: b: c', '#comment', '≥' + '9'.repeat(400) + '次',
];

/** Any code point, lone surrogates included (they occur in files cut at the wrong byte). */
const anyCodePoint = fc.integer({ min: 0, max: 0x10ffff }).map((cp) => (cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp)));

const unicodeText = fc.string({ unit: fc.oneof(fc.constantFrom('\u0000', '\u0007', '\t', '\r', '\n', '\u2028', '\uFEFF', '\uD800', '\u{1F600}', '\u{10FFFD}', '“', '：', '－', ' '), anyCodePoint), maxLength: 12 });

/**
 * What a Chinese input method, a copy from a web page or a spreadsheet puts
 * inside a number: full-width separators and digits, spaces of every width,
 * invisible characters, an exponent, a fraction bar.
 */
const NUMBER_GLITCHES = ['，', '．', '。', '·', ' ', '\u3000', '\u00a0', '\u200b', '\ufeff', '\u00ad', '\u2060', '０', '５', '９', 'e', 'E', '/', ',', '.', '-'];

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('replace-value' as const), at: fc.nat(), value: fc.oneof(fc.constantFrom(...WEIRD_VALUES), unicodeText) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: unicodeText }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), delta: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant('swap-labels' as const), from: fc.constantFrom(...LABELS), to: fc.constantFrom(...LABELS) }),
  fc.record({ kind: fc.constant('number-glitch' as const), at: fc.nat(), digit: fc.nat(), glitch: fc.constantFrom(...NUMBER_GLITCHES) }),
);

export function applyMutation(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const n = Math.max(lines.length, 1);
  switch (m.kind) {
    case 'delete-line':
      lines.splice(m.at % n, 1);
      return lines.join('\n');
    case 'duplicate-line':
      lines.splice(m.at % n, 0, lines[m.at % n] ?? '');
      return lines.join('\n');
    case 'swap-lines': {
      const a = m.a % n;
      const b = m.b % n;
      [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
      return lines.join('\n');
    }
    case 'replace-value': {
      const i = m.at % n;
      const line = lines[i] ?? '';
      const colon = line.indexOf(': ');
      lines[i] = colon >= 0 ? `${line.slice(0, colon + 2)}${m.value}` : `${line}${m.value}`;
      return lines.join('\n');
    }
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
    case 'indent': {
      const i = m.at % n;
      const line = lines[i] ?? '';
      lines[i] = m.delta >= 0 ? ' '.repeat(m.delta) + line : line.replace(new RegExp(`^ {0,${-m.delta}}`), '');
      return lines.join('\n');
    }
    case 'swap-labels':
      return text.split(m.from).join(m.to);
    case 'number-glitch': {
      // Into (or in place of) a digit of the `at`-th line that has one: an amount or an indicator value.
      const withDigits = lines.flatMap((l, i) => (/:\s.*\d/.test(l) ? [i] : []));
      if (withDigits.length === 0) return text;
      const i = withDigits[m.at % withDigits.length]!;
      const line = lines[i]!;
      const value = line.indexOf(': ') + 2;
      const digits = [...line.matchAll(/\d/g)].map((d) => d.index).filter((d) => d >= value);
      if (digits.length === 0) return text;
      const d = digits[m.digit % digits.length]!;
      // A full-width digit replaces the digit; anything else goes in after it.
      lines[i] = /[０-９]/.test(m.glitch) ? line.slice(0, d) + m.glitch + line.slice(d + 1) : line.slice(0, d + 1) + m.glitch + line.slice(d + 1);
      return lines.join('\n');
    }
  }
}

/** A mutated example as bytes: usually text, sometimes raw random bytes spliced in. */
/** Only stray characters inside numbers: most such files are refused, the rest must print what they check. */
export const numberGlitches: fc.Arbitrary<Mutation> = fc.record({ kind: fc.constant('number-glitch' as const), at: fc.nat(), digit: fc.nat(), glitch: fc.constantFrom(...NUMBER_GLITCHES) });

export const mutatedFile = (examples: readonly string[], mutations: fc.Arbitrary<Mutation> = mutation) =>
  fc
    .record({
      base: fc.nat({ max: examples.length - 1 }),
      mutations: fc.array(mutations, { minLength: 1, maxLength: 4 }),
      garbage: fc.option(fc.record({ at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }), { freq: 5 }),
    })
    .map(({ base, mutations, garbage }) => {
      const text = mutations.reduce(applyMutation, examples[base]!);
      const bytes = Buffer.from(text, 'utf8');
      if (!garbage) return bytes;
      const at = garbage.at % (bytes.length + 1);
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(garbage.bytes), bytes.subarray(at)]);
    });

/** Runs for `npm test` (bounded, fixed seed) or `npm run fuzz` (FUZZ_RUNS, random seed unless FUZZ_SEED). */
export function fuzzParams(defaultRuns: number): fc.Parameters<unknown> {
  const long = process.env.FUZZ_RUNS !== undefined;
  return {
    numRuns: long ? Number(process.env.FUZZ_RUNS) : defaultRuns,
    seed: process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : long ? Date.now() : 20251125,
    endOnFailure: true,
  };
}
