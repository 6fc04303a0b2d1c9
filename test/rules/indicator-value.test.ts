import { diagnosticMessage } from '../../src/diagnostics/types.js';
import { describe, expect, it } from 'vitest';
import { declaration, indicatorPos, posOf, withItems } from '../helpers/fixture.js';
import { run, ruleTester, type Case } from '../helpers/rule-tester.js';

const NAME = '培训次数';
const PATH = ['绩效指标', '产出指标', '数量指标', 0, NAME];
const item = (value: string, name = NAME) => declaration({ indicators: withItems('产出指标', '数量指标', [[name, value]]) });

function bad(name: string, written: string, message: string | string[], otherRules: string[] = []): Case {
  const code = item(written);
  // An empty value has no characters of its own: the position is just after the colon.
  const colon = posOf(code, `- ${NAME}:`, ':');
  const at = { line: colon.line, column: colon.column + (written === '' ? 1 : 2) };
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
    ok('qualitative text', '提升'),
    ok('qualitative text containing digits later', '全年完成4次培训'),
    ok('a number and unit without operator is missing-operator\'s (a warning)', '985次', ['missing-operator']),
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
