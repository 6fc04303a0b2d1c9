import { LEVEL2_BY_LEVEL1, PROJECT_CATEGORIES, PROJECT_NATURES, type Level1 } from '../model/taxonomy.js';
import { KNOWN_REGIONAL_LEVEL1 } from '../analysis/indicator-system.js';
import { DEFAULT_AMOUNT_UNIT, amountConstraints } from './amount.js';
import { LEVEL1_DOCS, LEVEL2_DOCS } from './indicator-docs.js';

/**
 * The JSON Schema editors use (yaml-language-server, JetBrains, any draft-07
 * validator), written out rather than converted from the zod schema: what
 * makes a schema good in an editor — a title and a description on every
 * property, completion snippets, one entry per 一级 name, descriptions that
 * say what declare will report — has no place in zod's output. The shape is
 * the zod schema's (declaration.ts): test/schema/json-schema.test.ts checks
 * that both know the same keys at every level and require the same ones.
 *
 * Where the two differ on purpose, the JSON Schema flags early what the CLI
 * also rejects (a negative amount, a bare-number 指标值 typed as a number, an
 * empty group), and lets through what only declare can judge (sums, dates,
 * 指标值 grammar) or what declare only warns about (an unknown 二级 label,
 * marked by its description instead).
 */

/**
 * Stable identifier of the schema: where the published package serves it.
 * Editors do not need to fetch it (they read the installed copy); it names
 * the schema for tools that cache or compare schemas by id.
 */
export const SCHEMA_ID = 'https://unpkg.com/declare-cli/schemas/declaration.schema.json';

type Json = Record<string, unknown>;

const text = (title: string, description: string, extra: Json = {}): Json => ({ title, description, type: 'string', minLength: 1, ...extra });

const DATE_PATTERN = '^\\s*(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}/[0-9]{1,2}/[0-9]{1,2})\\s*$';

/** `monthDay` completes the date in the current year (see 年度 for why a snippet variable). */
const date = (title: string, description: string, monthDay: string): Json => ({
  title,
  description: `${description}写成 YYYY-MM-DD，如 2025-01-01（也可写 2025/1/1）。`,
  type: 'string',
  pattern: DATE_PATTERN,
  patternErrorMessage: '日期应写成 YYYY-MM-DD（如 2025-01-01）或 YYYY/M/D（如 2025/1/1）。',
  defaultSnippets: [{ label: `今年${monthDay}`, description: `填入当前年份的 ${monthDay}`, body: `^\${1:\${CURRENT_YEAR}-${monthDay}}` }],
});

/** One amount: its title and description; what it may look like depends on 金额单位 (see unitConstraints). */
const amount = (title: string, description: string): Json => ({
  title,
  description: `${description}\n\n金额单位：元（默认），或文件顶层写了“金额单位: 万元”时为万元。写成数字（2810000）或带千位分隔符的文本（2,810,000.00）；不能为负数，元最多两位小数、万元最多六位小数，按分精确核对。`,
  type: ['number', 'string'],
  examples: ['2,810,000.00', 0],
});

const FUND_COLUMNS: readonly (readonly [string, string, string, readonly [string, string][]])[] = [
  ['项目资金总额', '项目资金总额（项目全周期）。单年度项目可以省略；计划开始和完成日期不在同一年的项目必须填写。', '项目资金总额合计', [
    ['财政资金', '全周期的财政资金。'],
    ['其他资金', '全周期的其他资金；没有时填 0。'],
  ]],
  ['年度资金申请总额', '本年度申请的资金。不能超过项目资金总额。', '年度资金申请总额合计', [
    ['当年财政拨款', '本年度的财政拨款。'],
    ['上年结转资金', '上年结转到本年度的资金；没有时填 0。'],
    ['其他资金', '本年度的其他资金；没有时填 0。'],
  ]],
];

const fundsObject = (title: string, description: string, total: string, parts: readonly [string, string][]): Json => ({
  title,
  description,
  type: 'object',
  properties: {
    合计: amount('合计', `${total}（可选）。填写时必须等于 ${parts.map(([k]) => k).join(' + ')}，declare 按分核对。`),
    ...Object.fromEntries(parts.map(([key, doc]) => [key, amount(key, doc)])),
  },
  required: parts.map(([k]) => k),
  additionalProperties: false,
});

/** The constraints of every amount in `unit`, laid over 项目资金 by the if/then/else on 金额单位. */
const unitConstraints = (unit: string): Json => ({
  properties: {
    项目资金: {
      properties: Object.fromEntries(
        FUND_COLUMNS.map(([column, , , parts]) => [column, { properties: Object.fromEntries(['合计', ...parts.map(([k]) => k)].map((k) => [k, amountConstraints(unit)])) }]),
      ),
    },
  },
});

/** The list under one 二级 label, with that label's own title and description. */
const indicatorList = (title: string, description: string): Json => ({
  title,
  description: `${description}\n\n每行一个三级指标：“- 指标名称: 指标值”。`,
  type: 'array',
  minItems: 1,
  items: { $ref: '#/definitions/indicator' },
  defaultSnippets: [
    {
      label: '- 三级指标名称: 指标值',
      description: '新增一个三级指标',
      body: { '${1:三级指标名称}': '${2:≥XX 次}' },
    },
  ],
});

function level1(l1: Level1): Json {
  const standard = LEVEL2_BY_LEVEL1[l1] as readonly string[];
  return {
    title: l1,
    description: `${LEVEL1_DOCS[l1]}\n\n标准的二级指标：${standard.join('、')}。`,
    type: 'object',
    minProperties: 1,
    properties: Object.fromEntries(standard.map((l2) => [l2, indicatorList(l2, LEVEL2_DOCS[l2] ?? '')])),
    // Other labels are allowed (real approved forms contain some): declare warns, the description says so.
    additionalProperties: indicatorList(
      '非标准的二级指标',
      `这不是财政部指标体系中“${l1}”下的标准二级指标（${standard.join('、')}）。declare validate 会给出警告（规则 nonstandard-level2）；若它属于另一个一级指标，则报错（indicator-level2-placement）。本单位确需使用的名称可在 declare.config.yaml 的 allow.二级指标 中登记。`,
    ),
  };
}

/** A region's name for a 一级 (项目完成指标): the standard 一级's groups, and how to register the name. */
function regionalLevel1(label: string, l1: Level1): Json {
  return {
    ...level1(l1),
    title: label,
    description: `有的地区用“${label}”表示“${l1}”。请在 declare.config.yaml 的 profile › labels 中登记（${label}: ${l1}），否则 declare validate 会提示一次（indicator-system）；其下的二级指标同“${l1}”。`,
  };
}

export function declarationJsonSchema(): Json {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_ID,
    title: '财政项目支出绩效目标申报表',
    description: '一个项目的绩效目标申报（declare 的申报文件格式）。编辑器据此补全和检查格式；金额合计、日期、指标值等其余规则由 npx declare validate（或编辑器中的 declare lsp）检查。',
    type: 'object',
    properties: {
      年度: {
        title: '年度',
        description: '申报年度（四位数字），表头印作“（2025年度）”。必须在计划开始日期和计划完成日期之间。',
        type: 'integer',
        // Completion offers the current year, filled in by the editor (a VS Code snippet variable): a
        // year computed here would change the committed schema every January.
        defaultSnippets: [{ label: '当前年份', description: '填入当前年份', body: '^${1:${CURRENT_YEAR}}' }],
      },
      项目名称: text('项目名称', '项目名称，与预算系统中的名称保持一致。汇总表中每个项目名称只能出现一次。'),
      项目性质: text('项目性质', `项目性质。常见取值：${PROJECT_NATURES.slice(0, 3).join('、')}；旧口径：${PROJECT_NATURES.slice(3).join('、')}。其他写法 declare 会给出警告。`, {
        examples: [...PROJECT_NATURES],
      }),
      项目类别: text('项目类别', '项目类别：特定目标类 或 其他运转类。', { enum: [...PROJECT_CATEGORIES] }),
      主管部门: text('主管部门', '主管部门的全称。'),
      实施单位: text('实施单位', '实施单位的全称。一份汇总表只汇总一个实施单位的项目。'),
      计划开始日期: date('计划开始日期', '项目计划开始的日期。', '01-01'),
      计划完成日期: date('计划完成日期', '项目计划完成的日期，不能早于计划开始日期；跨年度项目写最终完成日期。', '12-31'),
      金额单位: {
        title: '金额单位',
        description: '项目资金中金额的单位：元（默认）或 万元。写“金额单位: 万元”时，金额按万元读（最多六位小数，按分精确核对），申报表印“（万元）”和原样的金额。也可以在 declare.config.yaml 中为所有文件设置。',
        enum: ['元', '万元'],
      },
      // What the amounts may look like depends on 金额单位: see allOf below.
      项目资金: {
        title: '项目资金',
        description: '项目资金：项目资金总额（全周期，跨年度项目必填）和年度资金申请总额（本年度）。单位见 金额单位（默认元）。',
        type: 'object',
        properties: Object.fromEntries(FUND_COLUMNS.map(([column, doc, total, parts]) => [column, fundsObject(column, doc, total, parts)])),
        required: ['年度资金申请总额'],
        additionalProperties: false,
      },
      绩效目标: {
        title: '绩效目标',
        description: '项目的绩效目标。多段文字用“|”块写法。',
        type: 'object',
        properties: {
          项目总目标: text('项目总目标', '项目整个周期的总目标。跨年度项目必填，单年度项目可省略。'),
          年度总体目标: text('年度总体目标', '本年度要达到的总体目标。'),
        },
        required: ['年度总体目标'],
        additionalProperties: false,
      },
      绩效指标: {
        title: '绩效指标',
        description: '绩效指标：一级指标 → 二级指标 → 三级指标列表（每行“- 指标名称: 指标值”）。必须有产出指标和效益指标，建议同时填写成本指标和满意度指标。',
        type: 'object',
        properties: Object.fromEntries((Object.keys(LEVEL2_BY_LEVEL1) as Level1[]).map((l1) => [l1, level1(l1)])),
        // A region's own names for the 一级 (项目完成指标 for 产出指标), legitimate with a profile in declare.config.yaml:
        // accepted and described on hover, but as patterns, so that an editor completes only the four standard names.
        patternProperties: Object.fromEntries([...KNOWN_REGIONAL_LEVEL1].map(([label, l1]) => [`^${label}$`, regionalLevel1(label, l1)])),
        additionalProperties: false,
      },
    },
    required: ['年度', '项目名称', '项目性质', '项目类别', '主管部门', '实施单位', '计划开始日期', '计划完成日期', '项目资金', '绩效目标', '绩效指标'],
    additionalProperties: false,
    allOf: [
      {
        if: { properties: { 金额单位: { const: '万元' } }, required: ['金额单位'] },
        then: unitConstraints('万元'),
        else: unitConstraints(DEFAULT_AMOUNT_UNIT),
      },
    ],
    definitions: {
      indicator: {
        title: '三级指标',
        description: '一个三级指标：“指标名称: 指标值”，每项只写一对。',
        type: 'object',
        minProperties: 1,
        maxProperties: 1,
        additionalProperties: { $ref: '#/definitions/indicatorValue' },
        defaultSnippets: [{ label: '三级指标名称: 指标值', description: '一个三级指标', body: { '${1:三级指标名称}': '${2:≥XX 次}' } }],
      },
      indicatorValue: {
        title: '指标值',
        description:
          '定量指标写“比较符号 + 数值 + 单位”：≥20 次、≥20.00(次)、=100%、≤1.10(万元/次)；符号用 ≥ ≤ = > <。定性指标直接写文字：提升、进一步净化。只写数字、缺单位、区间或 XX 这样的占位符都是错误。',
        type: 'string',
        minLength: 1,
      },
    },
  };
}

export function declarationJsonSchemaText(): string {
  return JSON.stringify(declarationJsonSchema(), null, 2) + '\n';
}
