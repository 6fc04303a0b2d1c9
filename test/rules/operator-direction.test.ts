import { oneIndicator } from '../helpers/fixture.js';
import { ruleTester, type Case } from '../helpers/rule-tester.js';

function ok(name: string, value: string, level1?: string, level2?: string, otherRules: string[] = []): Case {
  return { name: `${level1 ?? '产出指标'} › ${name}: ${value}`, code: oneIndicator(name, value, level1, level2).code, otherRules };
}
function warns(name: string, value: string, message: string[], level1?: string, level2?: string): Case {
  const o = oneIndicator(name, value, level1, level2);
  return { name: `${level1 ?? '产出指标'} › ${name}: ${value}`, code: o.code, errors: [{ ...o.value, path: o.path, severity: 'warning', message: [`「${name}」`, ...message] }], otherRules: [] };
}
const HIGHER = ['越高越好', '请改为 ≥ 或 ='];
const CEILING = ['是成本上限', '成本指标应写 ≤ 或 ='];

ruleTester('operator-direction', {
  valid: [
    ok('网民满意度', '≥90%'),
    ok('网民满意度', '=90%'),
    ok('验收合格率', '=100%'),
    ok('系统运行率', '≥99%'),
    // Lower is better for failures: ≤ is right.
    ok('故障率', '≤1%'),
    ok('服务响应时间', '≤15 分钟'),
    ok('公务用车次均成本', '≤1000 元/次', '成本指标', '经济成本指标'),
    // 130 万元 fixed is more than this fixture's 100 万元 request: cost-exceeds-budget's, not this rule's.
    ok('普法宣传费', '=130 万元', '成本指标', '经济成本指标', ['cost-exceeds-budget']),
    ok('预算刚性约束', '不超预算', '成本指标', '经济成本指标'),
    // A rate to reach under 成本指标 is not a ceiling.
    ok('预算执行率', '≥95%', '成本指标', '经济成本指标'),
    ok('费率', '≥1%'),
    ok('培训次数', '≥4 次'),
  ],
  invalid: [
    warns('网民满意度', '≤90%', [...HIGHER, '≤90(%)']),
    warns('验收合格率', '<100%', [...HIGHER, '<100(%)']),
    warns('系统运行率', '≤99%', HIGHER),
    warns('问题整改率', '＜100%', ['<100(%)']),
    warns('公务用车次均成本', '≥1000 元/次', [...CEILING, '≥1000(元/次)']),
    warns('办公费', '＞1 万元', ['>1(万元)', ...CEILING]),
    // Under 成本指标 every quantity is a ceiling, whatever its name.
    warns('预算控制数', '≥100 万元', CEILING, '成本指标', '经济成本指标'),
    warns('培训人均投入', "'>=500 元/人'", CEILING, '成本指标', '社会成本指标'),
  ],
});
