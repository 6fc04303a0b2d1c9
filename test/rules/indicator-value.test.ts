import { diagnosticMessage } from '../../src/diagnostics/types.js';
import { describe, expect, it } from 'vitest';
import { declaration, indicatorPos, posOf, withItems } from '../helpers/fixture.js';
import { run, ruleTester, type Case } from '../helpers/rule-tester.js';

const NAME = '培训次数';
const PATH = ['绩效指标', '产出指标', '数量指标', 0, NAME];
const item = (value: string, name = NAME) => declaration({ indicators: withItems('产出指标', '数量指标', [[name, value]]) });

/** `offset`: the finding points at that character of the value (the one at fault), else at the value's start. */
function bad(name: string, written: string, message: string | string[], otherRules: string[] = [], offset = 0): Case {
  const code = item(written);
  // An empty value has no characters of its own: the position is just after the colon.
  const colon = posOf(code, `- ${NAME}:`, ':');
  const at = { line: colon.line, column: colon.column + (written === '' ? 1 : 2) + offset };
  return { name, code, errors: [{ ...at, path: PATH, message: [`「${NAME}」`, ...[message].flat()] }], otherRules };
}
const ok = (name: string, written: string, otherRules: string[] = []): Case => ({ name, code: item(written), otherRules });

const TWO = declaration({ indicators: withItems('产出指标', '数量指标', [['培训次数', 'XX'], ['培训人数', '≥abc']]) });

ruleTester('indicator-value', {
  valid: [
    ok('≥20 次', '≥20 次'),
    ok('official style ≥20.00(次)', '≥20.00(次)'),
    ok('full-width parentheses ≥20.00（次）', '≥20.00（次）'),
    ok('space after the operator', '≥ 20 次'),
    ok('thousands separators', '≥1,000 次'),
    ok('quoted >= (YAML would otherwise read a block header)', "'>=20 次'"),
    ok('quoted > ', '">20 次"'),
    ok('full-width ＞＝', '＞＝20次'),
    ok('≧ and ≦ spellings', '≧20次'),
    ok('full-width ＝', '＝4 次'),
    ok('=100% (the name says count, so unit-mismatch warns)', '=100%', ['unit-mismatch']),
    ok('qualitative text', '按期完成'),
    ok('qualitative text that measures nothing is unmeasurable-value\'s (a warning)', '提升', ['unmeasurable-value']),
    ok('qualitative text containing digits later', '全年完成4次培训'),
    ok('a number and unit without operator is missing-operator\'s (a warning)', '985次', ['missing-operator']),
    ok('per mille ≥5‰ (a count in ‰: unit-mismatch warns, naming ‰)', '≥5‰', ['unit-mismatch']),
    ok('a leading dot ≥.5 次', '≥.5 次'),
    ok('a numbered list is text: 1.完成培训；2.完成考核', '1.完成培训；2.完成考核'),
    // Time values (时效指标) are left as written until they are read (see IndicatorValue 'time').
    ok('a deadline 2025年12月31日前', '2025年12月31日前'),
    ok('a period 2025.07-2026.01 (it ends after the project: time-value-outside-plan)', '2025.07-2026.01', ['time-value-outside-plan']),
    ok('a month 12月底前', '12月底前'),
    ok('a date 2025-12-31', "'2025-12-31'"),
  ],
  invalid: [
    bad('empty value', '', '没有填写指标值'),
    bad("empty quoted ''", "''", '没有填写指标值'),
    bad('null', 'null', '没有填写指标值'),
    bad('placeholder XX', 'XX', ['“XX”是模板占位符', '实际的目标值']),
    bad("placeholder '**' (quoted: unquoted ** is a YAML alias)", "'**'", '模板占位符'),
    bad('placeholder 待定', '待定', '模板占位符'),
    bad('placeholder …', '…', '模板占位符'),
    bad('placeholder 无', '无', '模板占位符'),
    bad('the indicator\'s own name', NAME, '与指标名称相同'),
    bad('bare number 95 (a YAML number)', '95', ['“95”只有数字', '≥95 次', '=95%']),
    bad("bare number '95' (quoted text)", "'95'", '“95”只有数字'),
    bad('bare decimal', "'0.5'", '只有数字'),
    bad('operator and words ≥abc', '≥abc', ['“≥abc”以比较符号开头，后面却不是数字']),
    bad('operator alone', '≥', '后面却不是数字'),
    bad('=100 without a unit', '=100', ['“=100”缺少计量单位', '≥20 次']),
    bad('empty parentheses for a unit', '≥20()', '缺少计量单位'),
    bad('range 1-2个', '1-2个', ['“1-2个”是一个区间', '拆成两个指标']),
    bad('range after an operator ≥1~2 个', '≥1~2 个', '区间'),
    bad('range with 至', '1至2个', '区间'),
    // YAML reads `>5` as a folded block header with no content: an empty value. The message says why.
    bad('>5 read by YAML as an empty block', '>5', ['没有填写指标值', '文件中写的是“>5”', 'YAML 把以 > 或 | 开头的值当作块标记读成了空值', "'>5'"]),
    bad('| read by YAML as an empty block', '|', ['文件中写的是“|”', '块标记']),
    // A number typed with a Chinese input method, or in a notation of its own: never read as a shorter number.
    // Each names the character, points at it and shows the value to write.
    bad('full-width comma ≥1，000次 (not ≥1)', '≥1，000次', ['“≥1，000次”', '全角逗号“，”', '请写成 ≥1,000(次) 或 ≥1000(次)'], [], 2),
    bad('full-width dot ≥99．5%', '≥99．5%', ['全角句点“．”', '请写成 ≥99.5(%)'], [], 3),
    bad('ideographic full stop as a decimal point ≥99。5%', '≥99。5%', ['中文句号“。”', '请写成 ≥99.5(%)'], [], 3),
    bad('full-width digits ≥５０次', '≥５０次', ['全角数字“５”', '请写成 ≥50(次)'], [], 1),
    bad('a space inside the number ≥1 000 次', '≥1 000 次', ['“≥1 000 次”中的数字中间有空格：', '请写成 ≥1,000(次) 或 ≥1000(次)'], [], 2),
    bad('an ideographic space (U+3000) inside the number', '≥1\u3000000 次', ['全角空格', '≥1,000(次)'], [], 2),
    bad('a misplaced comma ≥1,00次', '≥1,00次', ['逗号位置不对', '请改写成一个普通数字'], [], 2),
    bad('two decimal points', '≥1.2.3次', '不止一个小数点', [], 4),
    bad('a dot with nothing after it ≥1.次', '≥1.次', ['小数点后面没有数字', '请写成 ≥1(次)'], [], 2),
    bad('an exponent ≥1e3 次', '≥1e3 次', ['科学计数法', '请写成 ≥1000(次)'], [], 2),
    bad('hexadecimal ≥0x10 次', '≥0x10 次', ['十六进制', '请写成 ≥16(次)'], [], 1),
    bad('a fraction ≥1/2 次', '≥1/2 次', ['分数', '请写成 ≥0.5(次)'], [], 2),
    bad('a fraction with no short decimal ≥1/3 次', '≥1/3 次', ['分数', '请改写成一个普通数字'], [], 2),
    bad('a plus sign ≥+5 次', '≥+5 次', ['正号', '请写成 ≥5(次)'], [], 1),
    bad('a YAML number in exponent form (1e3): judged as typed, not as 1000', '1e3', ['“1e3”', '科学计数法', '数值请写成 1000，并写上比较符号和计量单位'], [], 1),
    bad('without an operator too: 1，000次', '1，000次', ['全角逗号', '请写成 1,000次 或 1000次'], [], 1),
    bad('negative target ≥-5(%)', '≥-5(%)', ['“≥-5(%)”是负数', '指标值不能为负'], [], 1),
    bad('negative with a full-width minus ≥－5%', '≥－5%', '负数', [], 1),
    {
      name: 'two bad values, each named, in order',
      code: TWO,
      errors: [
        { ...posOf(TWO, '- 培训次数', 'XX'), path: ['绩效指标', '产出指标', '数量指标', 0, '培训次数'], message: '「培训次数」' },
        { ...posOf(TWO, '- 培训人数', '≥abc'), path: ['绩效指标', '产出指标', '数量指标', 1, '培训人数'], message: '「培训人数」' },
      ],
      otherRules: [],
    },
  ],
});

describe('indicator-value: values the schema refuses first', () => {
  it('an unquoted ** is a YAML alias, refused by the loader', () => {
    const code = item('**');
    const ds = run({ code });
    expect(ds.map((d) => d.rule)).toEqual(['yaml-syntax']);
    expect(ds[0]!.span).toMatchObject(posOf(code, `- ${NAME}:`, '**'));
    expect(diagnosticMessage(ds[0]!, 'zh')).toContain('别名');
  });

  it('true is a boolean, refused as wrong-type at the value', () => {
    const code = item('true');
    const ds = run({ code });
    expect(ds.map((d) => d.rule)).toEqual(['wrong-type']);
    expect(ds[0]!.path).toEqual(PATH);
    expect(ds[0]!.span.line).toBe(indicatorPos(code, '产出指标', '数量指标', NAME).line);
  });
});
