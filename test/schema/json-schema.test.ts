import { Ajv } from 'ajv';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/model/dates.js';
import { parseAmount } from '../../src/model/money.js';
import { KNOWN_REGIONAL_LEVEL1 } from '../../src/analysis/indicator-system.js';
import { LEVEL2_BY_LEVEL1 } from '../../src/model/taxonomy.js';
import { amountPattern } from '../../src/schema/amount.js';
import { declarationSchema } from '../../src/schema/declaration.js';
import { declarationJsonSchema, SCHEMA_ID } from '../../src/schema/json-schema.js';
import { exampleFiles } from '../helpers/examples.js';

type Json = Record<string, any>;
const schema = declarationJsonSchema() as Json;

/** Every object schema in the JSON Schema with its key path, following $refs into definitions. */
function objectsOf(s: Json, path: string[] = [], out: { path: string[]; s: Json }[] = []): { path: string[]; s: Json }[] {
  const node = s.$ref ? schema.definitions[s.$ref.replace('#/definitions/', '')] : s;
  if (node.properties) {
    out.push({ path, s: node });
    for (const [k, v] of Object.entries(node.properties)) objectsOf(v as Json, [...path, k], out);
  }
  return out;
}

/** Strict zod objects with their key paths (records and unions are not walked: the JSON Schema spells those out). */
function zodObjects(s: z.ZodType, path: string[] = [], out: Map<string, { keys: string[]; required: string[] }> = new Map()) {
  let inner: z.ZodType = s;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) inner = inner.unwrap() as z.ZodType;
  if (inner instanceof z.ZodObject) {
    const shape = inner.shape as Record<string, z.ZodType>;
    out.set(path.join('.'), { keys: Object.keys(shape), required: Object.keys(shape).filter((k) => !shape[k]!.safeParse(undefined).success) });
    for (const [k, v] of Object.entries(shape)) zodObjects(v, [...path, k], out);
  }
  return out;
}

describe('the JSON Schema editors use', () => {
  it('has an $id and targets draft-07', () => {
    expect(schema.$id).toBe(SCHEMA_ID);
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  });

  it('knows and requires the same keys as the zod schema the CLI checks with, at every object level', () => {
    const fromZod = zodObjects(declarationSchema);
    for (const [path, want] of fromZod) {
      const node = objectsOf(schema).find((o) => o.path.join('.') === path);
      expect(node, path).toBeDefined();
      expect(Object.keys(node!.s.properties).sort(), path).toEqual([...want.keys].sort());
      expect([...(node!.s.required ?? [])].sort(), path).toEqual([...want.required].sort());
      expect(node!.s.additionalProperties, path).toBe(false);
    }
  });

  it('gives every property its own title and a description', () => {
    const seen: string[] = [];
    for (const { s } of objectsOf(schema)) {
      for (const [key, p] of Object.entries(s.properties as Record<string, Json>)) {
        const node = p.$ref ? schema.definitions[p.$ref.replace('#/definitions/', '')] : p;
        expect(node.title, key).toBe(key);
        expect(typeof node.description === 'string' && node.description.length > 4, key).toBe(true);
        seen.push(key);
      }
    }
    expect(seen).toContain('服务对象满意度指标');
    // Not the root title on every hover, as before.
    expect(new Set(seen.map((k) => k)).size).toBeGreaterThan(30);
  });

  it('lists each 一级 name once (as a property, not also as a propertyNames enum) and allows only those, and the regional names a profile maps', () => {
    const indicators = schema.properties.绩效指标;
    expect(Object.keys(indicators.properties)).toEqual(Object.keys(LEVEL2_BY_LEVEL1));
    // The regional names as patterns: accepted and described, never offered by completion.
    expect(Object.keys(indicators.patternProperties)).toEqual([...KNOWN_REGIONAL_LEVEL1.keys()].map((k) => `^${k}$`));
    expect(indicators.patternProperties['^项目完成指标$'].description).toContain('profile › labels');
    expect(indicators.propertyNames).toBeUndefined();
    expect(indicators.additionalProperties).toBe(false);
  });

  it('allows an unknown 二级 label under a known 一级 and says in its description that declare warns', () => {
    for (const l1 of Object.keys(LEVEL2_BY_LEVEL1)) {
      const extra = schema.properties.绩效指标.properties[l1].additionalProperties;
      expect(extra.type).toBe('array');
      expect(extra.description).toContain('nonstandard-level2');
    }
  });

  it('completes 年度 and the dates from the editor’s current year, so the generated file never changes with the calendar', () => {
    expect(schema.properties.年度.defaultSnippets[0].body).toBe('^${1:${CURRENT_YEAR}}');
    expect(schema.properties.年度.default).toBeUndefined();
    expect(schema.properties.计划完成日期.defaultSnippets[0].body).toBe('^${1:${CURRENT_YEAR}-12-31}');
  });

  it('offers a "- 名称: 值" skeleton for a new indicator', () => {
    const list = schema.properties.绩效指标.properties.产出指标.properties.数量指标;
    expect(list.defaultSnippets[0].body).toEqual({ '${1:三级指标名称}': '${2:≥XX 次}' });
    expect(schema.definitions.indicator.defaultSnippets[0].body).toEqual({ '${1:三级指标名称}': '${2:≥XX 次}' });
  });

  it('every example validates with ajv (a plain draft-07 validator), and typical mistakes do not', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    for (const f of exampleFiles()) expect(validate(parse(readFileSync(f, 'utf8'))), `${f}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    const base = parse(readFileSync(exampleFiles()[0]!, 'utf8'));
    const annual = (v: unknown) => ({ ...base, 项目资金: { ...base.项目资金, 年度资金申请总额: { ...base.项目资金.年度资金申请总额, 其他资金: v } } });
    expect(validate(annual(-1))).toBe(false);
    expect(validate(annual('-1.00'))).toBe(false);
    expect(validate(annual('1.001'))).toBe(false);
    expect(validate(annual('１００'))).toBe(false);
    expect(validate(annual('1,000.5'))).toBe(true);
    expect(validate(annual(0.07))).toBe(true); // multipleOf would get this wrong in ajv
    expect(validate({ ...base, 绩效指标: { ...base.绩效指标, 产出指标: { 支撑服务: [{ 运维: '≥1 次' }] } } })).toBe(true);
    expect(validate({ ...base, 绩效指标: { ...base.绩效指标, 产出指标: { 数量指标: [] } } })).toBe(false);
    expect(validate({ ...base, 绩效指标: { ...base.绩效指标, 产出指标标: { 数量指标: [{ a: '≥1 次' }] } } })).toBe(false);
    // A region's name for 产出指标 (with a profile in declare.config.yaml).
    expect(validate({ ...base, 绩效指标: { 项目完成指标: { 数量指标: [{ a: '≥1 次' }] }, 项目效益指标: { 社会效益指标: [{ b: '按期完成' }] } } })).toBe(true);
  });

  it('金额单位: 万元 allows six decimals, 元 two; anything else is not a unit', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const base = parse(readFileSync(exampleFiles()[0]!, 'utf8'));
    const withAmount = (unit: string | undefined, v: unknown) => ({
      ...base,
      ...(unit !== undefined && { 金额单位: unit }),
      项目资金: { ...base.项目资金, 年度资金申请总额: { ...base.项目资金.年度资金申请总额, 其他资金: v } },
    });
    expect(validate(withAmount('万元', '30.123456'))).toBe(true);
    expect(validate(withAmount('万元', '30.1234567'))).toBe(false);
    expect(validate(withAmount('元', '30.123'))).toBe(false);
    expect(validate(withAmount(undefined, '30.123'))).toBe(false);
    expect(validate(withAmount(undefined, '30.12'))).toBe(true);
    expect(validate(withAmount('千元', '30'))).toBe(false);
    expect(schema.properties.金额单位.enum).toEqual(['元', '万元']);
  });
});

describe('the schema is never stricter than declare', () => {
  const written = fc.stringMatching(/^[-\s0-9,.１０，．]{0,14}$/);

  it('amount pattern ⇔ parseAmount accepts (for text amounts)', () => {
    const re = new RegExp(amountPattern(2), 'u');
    for (const s of ['0', '2810000', '2,810,000.00', '2810000.5', ' 12 ', '1,000.001', '1,00', '-5', '', '.5', '１２', '1，000']) {
      expect(re.test(s), s).toBe(parseAmount(s).ok);
    }
    fc.assert(fc.property(written, (s) => re.test(s) === parseAmount(s).ok));
  });

  it('the six-decimal pattern a 万元 unit would use accepts six decimals and no more', () => {
    const re = new RegExp(amountPattern(6), 'u');
    expect(re.test('281.000001')).toBe(true);
    expect(re.test('281.0000001')).toBe(false);
  });

  it('date pattern ⇔ parseDate reads the format', () => {
    const re = new RegExp(schema.properties.计划开始日期.pattern, 'u');
    for (const s of ['2025-01-01', '2025/1/1', '2025/01/31', '2025-1-1', '25-01-01', '2025年1月1日', '2025-02-30']) {
      expect(re.test(s), s).toBe(parseDate(s).ok || (parseDate(s) as { problem: string }).problem === 'impossible');
    }
    fc.assert(fc.property(fc.stringMatching(/^[0-9/\-]{0,12}$/), (s) => re.test(s) === (parseDate(s).ok || (parseDate(s) as { problem: string }).problem === 'impossible')));
  });
});
