/**
 * ESLint-style rule tables: `ruleTester(id, { valid, invalid })` registers one
 * vitest test per case.
 *
 * - valid: no diagnostic of the rule. For a rule with a check (one that runs
 *   on the model), the file must also have got past loading and the schema,
 *   or "no diagnostic" would prove nothing; `otherRules` states exactly which
 *   other rules may report instead.
 * - invalid: exactly `errors.length` diagnostics of the rule, in source order,
 *   each at the given line (and column), with the given severity (default: the
 *   rule's), the given `messageId` and `data` (the data's given keys), a
 *   Chinese message containing every fragment (and none of `absent`), a
 *   non-empty English message (containing `en` fragments when given), and
 *   `path`/`notes` when given. Prefer messageId and data over fragments: they
 *   do not break when a message is reworded.
 */
import { describe, expect, it } from 'vitest';
import { checkFile, type CheckOptions } from '../../src/check/check-file.js';
import { RULES } from '../../src/check/rules/index.js';
import { diagnosticMessage, relatedMessage, type Diagnostic, type DocPath, type Severity } from '../../src/diagnostics/types.js';
import { checkText } from './examples.js';

export interface ExpectedNote {
  readonly line: number;
  readonly column?: number;
  /** Fragment of the note's Chinese message. */
  readonly message?: string;
  readonly messageId?: string;
}

export interface Expected {
  readonly line: number;
  readonly column?: number;
  /** Default: the rule's own severity. */
  readonly severity?: Severity;
  /** The message id in the rule's section of the catalogue. */
  readonly messageId?: string;
  /** These keys of the message data (others may be present). */
  readonly data?: Readonly<Record<string, unknown>>;
  /** Fragments the Chinese message must contain. */
  readonly message?: string | readonly string[];
  /** Fragments the Chinese message must not contain (e.g. no "did you mean" for an unrelated value). */
  readonly absent?: string | readonly string[];
  /** Fragments the English message must contain (it must be non-empty in any case). */
  readonly en?: string | readonly string[];
  readonly path?: DocPath;
  /** When given, exactly these notes in this order. */
  readonly notes?: readonly ExpectedNote[];
}

export interface Case {
  readonly name: string;
  /** YAML text, or raw bytes for encoding cases. */
  readonly code: string | Uint8Array;
  readonly options?: CheckOptions;
  /** Invalid cases: the diagnostics of this rule, in source order. */
  readonly errors?: readonly Expected[];
  /** Exactly the other rules (with multiplicity) reported for this file. */
  readonly otherRules?: readonly string[];
}

export interface RuleTable {
  readonly valid: readonly Case[];
  readonly invalid: readonly Case[];
}

/** Rules of the load and schema phases: when one of them fires, some model rules may not have run. */
export const PRE_RULE_IDS: ReadonlySet<string> = new Set(RULES.filter((r) => r.meta.phase === 'load' || r.meta.phase === 'schema').map((r) => r.meta.id));

/** The diagnostic's message in Chinese and English, as a report would print them. */
export const zhOf = (d: Diagnostic) => diagnosticMessage(d, 'zh');
export const enOf = (d: Diagnostic) => diagnosticMessage(d, 'en');

export function run(c: Pick<Case, 'code' | 'options'>): readonly Diagnostic[] {
  const r = runInner(c);
  if (process.env.DUMP_DIAG) {
    const key = typeof c.code === 'string' ? c.code : Buffer.from(c.code).toString('base64');
    require('node:fs').appendFileSync(process.env.DUMP_DIAG, JSON.stringify({ key, opts: c.options ?? null, ds: r.map((d: any) => ({ f: d.file, s: d.span, sev: d.severity, r: d.rule, p: d.path, zh: zhOf(d), en: enOf(d), n: (d.notes ?? []).map((n: any) => ({ s: n.span, zh: relatedMessage(d, n, 'zh'), en: relatedMessage(d, n, 'en') })) })) }) + '\n');
  }
  return r;
}
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
function runInner(c: Pick<Case, 'code' | 'options'>): readonly Diagnostic[] {
  if (typeof c.code === 'string' && !c.options) return checkText(c.code).diagnostics;
  const bytes = typeof c.code === 'string' ? Buffer.from(c.code, 'utf8') : c.code;
  return checkFile('test.yaml', bytes, c.options).diagnostics;
}

function describeAll(ds: readonly Diagnostic[]): string {
  if (ds.length === 0) return '  (no diagnostics)';
  return ds.map((d) => `  ${d.rule} ${d.severity} ${d.span.line}:${d.span.column} ${JSON.stringify(d.path)} ${d.messageId} ${zhOf(d)}`).join('\n');
}

const fragments = (f: string | readonly string[] | undefined): readonly string[] => (f === undefined ? [] : typeof f === 'string' ? [f] : f);

function sortedIds(ds: readonly Diagnostic[]): string[] {
  return ds.map((d) => d.rule).sort();
}

export function ruleTester(ruleId: string, table: RuleTable): void {
  const rule = RULES.find((r) => r.meta.id === ruleId);

  describe(ruleId, () => {
    it('is a registered rule with bilingual metadata', () => {
      expect(rule, `rule ${ruleId} is not in RULES`).toBeDefined();
      const { docs } = rule!.meta;
      expect(docs.title.zh).not.toBe('');
      expect(docs.title.en).not.toBe('');
      expect(docs.description.zh.length).toBeGreaterThan(10);
      expect(docs.description.en.length).toBeGreaterThan(10);
      expect(docs.examples.bad).not.toBe(docs.examples.good);
      expect(Object.keys(rule!.meta.messages.zh).length, 'messages in the catalogue').toBeGreaterThan(0);
    });

    it('has at least one valid and one invalid case, and some invalid case checks a path', () => {
      expect(table.valid.length).toBeGreaterThan(0);
      expect(table.invalid.length).toBeGreaterThan(0);
      expect(table.invalid.some((c) => c.errors?.some((e) => e.path !== undefined))).toBe(true);
    });

    for (const c of table.valid) {
      it(`valid: ${c.name}`, () => {
        const all = run(c);
        const mine = all.filter((d) => d.rule === ruleId);
        const others = all.filter((d) => d.rule !== ruleId);
        expect(mine, `expected no ${ruleId}, got:\n${describeAll(all)}`).toHaveLength(0);
        if (c.otherRules) {
          expect(sortedIds(others), `other rules:\n${describeAll(all)}`).toEqual([...c.otherRules].sort());
        } else if (rule?.meta.phase === 'model') {
          const blocking = others.filter((d) => PRE_RULE_IDS.has(d.rule));
          expect(blocking, `the file must reach the rules, but:\n${describeAll(all)}`).toHaveLength(0);
        }
      });
    }

    for (const c of table.invalid) {
      it(`invalid: ${c.name}`, () => {
        const expected = c.errors ?? [];
        expect(expected.length, 'an invalid case must expect at least one diagnostic').toBeGreaterThan(0);
        const all = run(c);
        const mine = all.filter((d) => d.rule === ruleId);
        const context = `all diagnostics:\n${describeAll(all)}`;
        expect(mine.length, `number of ${ruleId} diagnostics; ${context}`).toBe(expected.length);
        expected.forEach((e, i) => {
          const d = mine[i]!;
          const at = `${ruleId} #${i + 1}; ${context}`;
          expect(d.span.line, `line of ${at}`).toBe(e.line);
          if (e.column !== undefined) expect(d.span.column, `column of ${at}`).toBe(e.column);
          expect(d.severity, `severity of ${at}`).toBe(e.severity ?? rule?.meta.severity);
          if (e.messageId !== undefined) expect(d.messageId, `message id of ${at}`).toBe(e.messageId);
          if (e.data !== undefined) expect(d.data, `message data of ${at}`).toMatchObject(e.data);
          for (const f of fragments(e.message)) expect(zhOf(d), `message of ${at}`).toContain(f);
          for (const f of fragments(e.absent)) expect(zhOf(d), `message of ${at}`).not.toContain(f);
          expect(enOf(d).trim(), `English message of ${at}`).not.toBe('');
          for (const f of fragments(e.en)) expect(enOf(d), `English message of ${at}`).toContain(f);
          for (const sg of d.suggestions ?? []) {
            expect(relatedMessage(d, sg, 'zh').trim(), `suggestion of ${at}`).not.toBe('');
            expect(relatedMessage(d, sg, 'en').trim(), `suggestion of ${at}`).not.toBe('');
            expect(sg.edits.length, `edits of a suggestion of ${at}`).toBeGreaterThan(0);
          }
          if (e.path !== undefined) expect(d.path, `path of ${at}`).toEqual(e.path);
          if (e.notes !== undefined) {
            const notes = d.notes ?? [];
            expect(notes.length, `notes of ${at}`).toBe(e.notes.length);
            e.notes.forEach((n, j) => {
              expect(notes[j]!.span.line, `line of note ${j + 1} of ${at}`).toBe(n.line);
              if (n.column !== undefined) expect(notes[j]!.span.column, `column of note ${j + 1} of ${at}`).toBe(n.column);
              if (n.message !== undefined) expect(relatedMessage(d, notes[j]!, 'zh'), `note ${j + 1} of ${at}`).toContain(n.message);
              if (n.messageId !== undefined) expect(notes[j]!.messageId, `note ${j + 1} of ${at}`).toBe(n.messageId);
              expect(relatedMessage(d, notes[j]!, 'en').trim()).not.toBe('');
            });
          }
        });
        if (c.otherRules) {
          expect(sortedIds(all.filter((d) => d.rule !== ruleId)), `other rules; ${context}`).toEqual([...c.otherRules].sort());
        }
      });
    }
  });
}
