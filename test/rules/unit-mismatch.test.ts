import { oneIndicator } from '../helpers/fixture.js';
import { ruleTester, type Case } from '../helpers/rule-tester.js';

function ok(name: string, value: string, level1?: string, level2?: string, otherRules: string[] = []): Case {
  return { name: `${name}: ${value}`, code: oneIndicator(name, value, level1, level2).code, otherRules };
}
function warns(name: string, value: string, message: string[], otherRules: string[] = []): Case {
  const o = oneIndicator(name, value);
  return { name: `${name}: ${value}`, code: o.code, errors: [{ ...o.value, path: o.path, severity: 'warning', message: [`「${name}」`, ...message] }], otherRules };
}

ruleTester('unit-mismatch', {
  valid: [
    ok('检查督导次数', '≥12 次'),
    ok('全年各类培训总人数', '≥500 人'),
    ok('验收合格率', '=100%'),
    ok('好评率', '≥90％'),
    ok('网民满意度', '≥90%'),
    // 频率 is how often: ≥2 周次 is right (as in an approved form).
    ok('系统巡检频率', '≥2.00(周次)'),
    ok('信息化运维费率', '≤5.00(%)', '成本指标', '经济成本指标'),
    // 112 万元 is more than this fixture's 100 万元 request: the cost rule says so, not this one.
    ok('网络安全专项检查费', '≤112.00(万元)', '成本指标', '经济成本指标', ['cost-plan-exceeds-budget']),
    ok('公务用车次均成本', '≤1000 元/次', '成本指标', '经济成本指标'),
    ok('网络执法案件办理支撑平均成本', '≤0.10(万元/案件)', '成本指标', '经济成本指标'),
    ok('网民满意度', '提升', undefined, undefined, ['unmeasurable-value']),
    ok('传输速率', '≥100 Mbps'),
  ],
  invalid: [
    // As in the approved 网络宣传工作 form.
    warns('网上专项管理检查督导次数', '=100.00(%)', ['是一个数量，单位却是 %', '≥20 次']),
    // ‰ is named as ‰, not as %.
    warns('抽查次数', '≥5‰', ['是一个数量，单位却是 ‰']),
    warns('参训人数', '≥90%', ['是一个数量']),
    warns('宣传覆盖人次', '=100%', ['是一个数量']),
    warns('验收合格率', '=100 次', ['是一个比率，单位却是“次”', '以 % 计']),
    warns('网民满意度', '≥90 分', ['是一个比率，单位却是“分”']),
    warns('群众满意度评价', '≥4.5 星', ['单位却是“星”']),
    warns('公务用车成本', '≤3 次', ['是成本或费用，单位却是“次”', '元、万元']),
    warns('网上专项管理费用', '≤40 项', ['是成本或费用']),
    warns('参与人数', '95%', ['是一个数量'], ['missing-operator']),
  ],
});
