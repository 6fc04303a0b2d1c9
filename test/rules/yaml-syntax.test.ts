import { declaration, posOf, replaceLine, VALID } from '../helpers/fixture.js';
import { ruleTester, type Case } from '../helpers/rule-tester.js';
import type { DocPath } from '../../src/diagnostics/types.js';

/** VALID with the one line containing `needle` replaced; the error is expected at `within` on that line. */
function broken(name: string, needle: string, replacement: string, within: string, message: string | string[], path: DocPath = []): Case {
  const code = replaceLine(VALID, needle, replacement);
  return { name, code, errors: [{ ...posOf(code, replacement, within), path, message }], otherRules: [] };
}

const ALIAS = replaceLine(VALID, '项目名称', '项目名称: &a 网络安全宣传培训').replace('实施单位: 中共上海市委网络安全和信息化委员会办公室', '实施单位: *a');
const MERGE = VALID + '模板: &t {其他资金: 0}\n附加:\n  <<: *t\n';
const TWO_DOCS = VALID + '---\n' + VALID;
const LT = '≥';

ruleTester('yaml-syntax', {
  valid: [
    { name: 'the fixture', code: VALID, otherRules: [] },
    { name: "a quoted '>=90%'", code: replaceLine(VALID, '参训人员满意度', "      - 参训人员满意度: '>=90%'"), otherRules: [] },
    // `<` is not a YAML indicator, so <= needs no quotes.
    { name: '<=500 unquoted', code: replaceLine(VALID, '培训人均成本', '      - 培训人均成本: <=500 元/人'), otherRules: [] },
    { name: 'a folded block (>) with content is a legitimate goal text', code: declaration({ goals: '绩效目标:\n  年度总体目标: >\n    完成培训。\n    提升意识。' }), otherRules: [] },
    { name: 'an explicit document start and end', code: '---\n' + VALID + '...\n', otherRules: [] },
    { name: 'flow mappings for the money columns', code: declaration({ funds: '项目资金:\n  年度资金申请总额: { 合计: 100, 当年财政拨款: 100, 上年结转资金: 0, 其他资金: 0 }' }), otherRules: [] },
    { name: 'a !!str tag only says what the value already is', code: replaceLine(VALID, '项目名称', '项目名称: !!str 网络安全宣传培训'), otherRules: [] },
    { name: 'an anchor that is never used', code: replaceLine(VALID, '项目名称', '项目名称: &a 网络安全宣传培训'), otherRules: [] },
  ],
  invalid: [
    // yaml reports the end of the file; the author needs the line where the quote opened.
    broken('unclosed double quote: at the opening quote', '项目名称', '项目名称: "网络安全', '"', ['引号没有闭合', '结束引号']),
    broken('unclosed single quote in an indicator', '培训次数', "      - 培训次数: '≥4 次", "'", '引号没有闭合'),
    broken('tab indentation at the top level', '项目名称', '\t项目名称: 网络安全宣传培训', '\t', ['制表符', '空格']),
    broken('a tab after spaces', '培训次数', '    \t- 培训次数: ≥4 次', '\t', '制表符'),
    broken('`- 满意度: >=90%` gets the ≥ hint', '参训人员满意度', '      - 满意度: >=90%', '=90%', [`把 >= 写成 ${LT}`, "加引号（如 '>=90%'）"]),
    broken('`> 90%` gets the same hint', '参训人员满意度', '      - 满意度: > 90%', '90', '以 > 或 < 开头的值'),
    {
      name: 'an alias *a is refused, at the alias',
      code: ALIAS,
      errors: [{ ...posOf(ALIAS, '实施单位', '*a'), path: ['实施单位'], message: ['不支持 YAML 别名', '直接写出来'], en: 'aliases' }],
      otherRules: [],
    },
    broken('an undefined alias is refused the same way', '主管部门', '主管部门: *部门', '*', '别名', ['主管部门']),
    // An unquoted ** placeholder is an alias named `*` to YAML.
    broken('an unquoted ** placeholder', '培训次数', '      - 培训次数: **', '**', '别名', ['绩效指标', '产出指标', '数量指标', 0, '培训次数']),
    { name: 'a merge key through an alias', code: MERGE, errors: [{ ...posOf(MERGE, '<<', '*t'), message: '别名' }], otherRules: [] },
    {
      name: 'two documents in one file',
      code: TWO_DOCS,
      errors: [{ line: posOf(TWO_DOCS, '---').line, column: 1, path: [], message: ['多个 YAML 文档', '一个文件只写一个项目'] }],
      otherRules: [],
    },
    // Tags and directives change how YAML reads a value: each says to write a plain value instead.
    {
      name: 'a !!timestamp tag on a date: write a plain string',
      code: replaceLine(VALID, '计划开始日期', '计划开始日期: !!timestamp 2025-01-01'),
      errors: [{ ...posOf(replaceLine(VALID, '计划开始日期', '计划开始日期: !!timestamp 2025-01-01'), '计划开始日期', '2025-01-01'), path: ['计划开始日期'], message: ['“!!timestamp”', '直接写值'] }],
      otherRules: [],
    },
    broken('a custom tag', '项目名称', '项目名称: !custom 网络安全宣传培训', '网络', '“!custom”', ['项目名称']),
    broken('a !!binary tag', '项目名称', '项目名称: !!binary 5LiK', '5LiK', '“!!binary”', ['项目名称']),
    {
      name: 'a %YAML directive: it would read no as false and dates as timestamps',
      code: '%YAML 1.1\n---\n' + VALID,
      errors: [{ line: 1, column: 1, path: [], message: ['YAML 指令', '%YAML 1.1', '删掉这一行'] }],
      otherRules: [],
    },
    broken('a value starting with @', '项目名称', '项目名称: @网络', '@', '请给整个值加引号'),
    broken('a bad escape in double quotes', '项目名称', '项目名称: "C:\\q"', '\\', '反斜杠'),
  ],
});
