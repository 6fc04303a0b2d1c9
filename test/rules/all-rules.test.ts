import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/rules/index.js';
import { isMultiYear } from '../../src/model/declaration.js';
import { checkText } from '../helpers/examples.js';
import { lineOf, multiYear, VALID } from '../helpers/fixture.js';

const HERE = import.meta.dirname;
const OWN = new Set(['all-rules.test.ts']);
// The render and cross-file phases run in render and summary, not in checkFile; their tests are test/summary and test/e2e.
const CHECKED = RULES.filter((r) => r.meta.phase !== 'render' && r.meta.phase !== 'cross-file');

describe('every rule has its own table', () => {
  it('the 43 rules of checkFile, with unique kebab-case ids', () => {
    expect(CHECKED).toHaveLength(43);
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(CHECKED.map((r) => r.meta.id))('test/rules/%s.test.ts exists and calls ruleTester for it', (id) => {
    const file = join(HERE, `${id}.test.ts`);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain(`ruleTester('${id}'`);
  });

  it('no test file here is named after a rule that does not exist', () => {
    const ids = new Set<string>(RULES.map((r) => r.meta.id));
    const stray = readdirSync(HERE)
      .filter((f) => f.endsWith('.test.ts') && !OWN.has(f))
      .map((f) => f.replace(/\.test\.ts$/, ''))
      .filter((id) => !ids.has(id));
    expect(stray).toEqual([]);
  });
});

describe('the fixture every table starts from', () => {
  it('is a valid single-year declaration with all four 一级指标 and zero diagnostics', () => {
    const r = checkText(VALID);
    expect(r.diagnostics).toEqual([]);
    expect(isMultiYear(r.declaration!)).toBe(false);
    expect(r.declaration!.indicators.groups.map((g) => g.name)).toEqual(['成本指标', '产出指标', '效益指标', '满意度指标']);
  });

  it('has a valid multi-year variant', () => {
    const r = checkText(multiYear());
    expect(r.diagnostics).toEqual([]);
    expect(isMultiYear(r.declaration!)).toBe(true);
  });

  it('lineOf finds lines 1-based and fails loudly on a typo', () => {
    expect(lineOf(VALID, '年度')).toBe(1);
    expect(lineOf('a\r\nb\r\n', 'b')).toBe(2);
    expect(() => lineOf(VALID, '不存在的文字')).toThrow();
  });
});
