import { oneIndicator } from '../helpers/fixture.js';
import { ruleTester, type Case } from '../helpers/rule-tester.js';

const ok = (name: string, value: string, otherRules: string[] = []): Case => ({ name: `${name}: ${value}`, code: oneIndicator(name, value).code, otherRules });
function warns(name: string, value: string, shown: string, otherRules: string[] = []): Case {
  const o = oneIndicator(name, value);
  return { name: `${name}: ${value}`, code: o.code, errors: [{ ...o.value, path: o.path, severity: 'warning', message: [`「${name}」的目标值 ${shown} 超过了 100%`, '核对数值或单位'] }], otherRules };
}

ruleTester('percent-over-100', {
  valid: [
    ok('培训覆盖率', '=100%'),
    ok('培训覆盖率', '=100.00%'),
    ok('培训覆盖率', '≥99.99%'),
    ok('案件数增长率', '≥120%'),
    ok('自主办理行政处罚案件数同比增加率', '≥120%'),
    ok('产量提高比例', '≥150%'),
    ok('培训场次', '≥120 场'),
    // 120‰ is 12%.
    ok('差错率', '≤120‰'),
  ],
  invalid: [
    warns('培训覆盖率', '≥120%', '120%'),
    warns('培训覆盖率', '≥100.01%', '100.01%'),
    warns('培训覆盖率', '=1,000%', '1,000%'),
    warns('培训覆盖率', '≥120％', '120%'),
    warns('培训覆盖率', '≥120.00(%)', '120.00%'),
    warns('培训覆盖率', '120%', '120%', ['missing-operator']),
    warns('差错率', '≤1200‰', '1200‰'),
  ],
});
