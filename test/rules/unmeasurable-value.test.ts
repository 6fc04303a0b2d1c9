import { oneIndicator } from '../helpers/fixture.js';
import { ruleTester, type Case } from '../helpers/rule-tester.js';

const ok = (name: string, value: string, otherRules: string[] = []): Case => ({ name: `${name}: ${value}`, code: oneIndicator(name, value, '效益指标', '社会效益指标').code, otherRules });
function vague(name: string, value: string, why: string, message: string[] = []): Case {
  const o = oneIndicator(name, value, '效益指标', '社会效益指标');
  return { name: `${name}: ${value}`, code: o.code, errors: [{ ...o.value, path: o.path, messageId: 'vague', data: { name, value, why }, message: [`「${name}」的指标值“${value}”`, ...message] }] };
}

ruleTester('unmeasurable-value', {
  valid: [
    // Assessable: a defined state, a grade on a scale, a quantified proxy.
    ok('预算刚性约束', '不超预算'),
    ok('项目验收', '按期完成验收'),
    ok('网络安全事件', '无重大网络安全事件'),
    ok('等级保护测评结果', '良及以上'),
    ok('服务质量评价', '优'),
    ok('群众知晓率', '较上年提高5个百分点'),
    // Not recognised either way: never reported.
    ok('群众出行', '更加便利'),
    // A quantity is never this rule's.
    ok('网民满意度', '≥90%'),
    {
      name: 'a value the unit accepts in its configuration',
      code: oneIndicator('安全性', '提升', '效益指标', '社会效益指标').code,
      options: { ruleOptions: { 'unmeasurable-value': { accept: ['提升'] } } },
      otherRules: [],
    },
  ],
  invalid: [
    // As in the seed: 网络宣传工作, 宣传文化发展专项资金项目, 网络安全和信息化工作.
    vague('网络环境', '进一步净化', 'direction', ['只说了方向', '评价等级', '明确的状态', '可量化的替代指标']),
    vague('评估能力', '提升', 'direction'),
    vague('市民网络安全意识水平', '提升', 'direction'),
    // From other published forms.
    vague('群众出行条件', '明显改善', 'direction'),
    vague('社会公众感知度', '有所提升', 'direction'),
    vague('宣传效果', '明显', 'praise', ['评价性的词语']),
    vague('系统运行状况', '良好', 'praise'),
    vague('项目持续发挥作用', '长期', 'open-ended', ['没有期限']),
    vague('是否按期完成', '是', 'yes-no', ['只回答了是或否']),
  ],
});
