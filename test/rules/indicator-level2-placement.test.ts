import { declaration, indicatorPos, indicators, INDICATORS, withItems, type IndicatorTree } from '../helpers/fixture.js';
import { ruleTester, type Case } from '../helpers/rule-tester.js';

function misplaced(name: string, level1: string, level2: string, home: string): Case {
  const code = declaration({ indicators: withItems(level1, level2, [['新增指标甲', '按期完成']]) });
  return {
    name,
    code,
    errors: [{ ...indicatorPos(code, level1, level2), path: ['绩效指标', level1, level2], message: [`二级指标「${level2}」属于「${home}」，不应写在「${level1}」下`] }],
    otherRules: [],
  };
}

const TWO: IndicatorTree = {
  ...INDICATORS,
  效益指标: { ...INDICATORS.效益指标, 数量指标: [['宣传活动场数', '≥5 场']] },
  满意度指标: { ...INDICATORS.满意度指标, 时效指标: [['响应时间', '≤2 小时']] },
};
const TWO_CODE = declaration({ indicators: indicators(TWO) });

ruleTester('indicator-level2-placement', {
  valid: [
    { name: 'every group under its own 一级', code: declaration(), otherRules: [] },
    {
      name: 'all standard 二级 labels in place',
      code: declaration({
        indicators: indicators({
          成本指标: { 经济成本指标: [['a成本', '≤1 元']], 社会成本指标: [['b', '不超预算']], 生态环境成本指标: [['c', '不超预算']] },
          产出指标: { 数量指标: [['d', '≥1 个']], 质量指标: [['e', '达标']], 时效指标: [['f', '按时']] },
          效益指标: { 经济效益指标: [['g', '按期完成']], 社会效益指标: [['h', '按期完成']], 生态效益指标: [['i', '按期完成']], 可持续影响指标: [['j', '正常运行']] },
          满意度指标: { 服务对象满意度指标: [['k满意度', '≥90%']] },
        }),
      }),
      otherRules: [],
    },
    { name: 'an unknown 二级 label is nonstandard-level2, not this rule', code: declaration({ indicators: withItems('产出指标', '支撑服务', [['报告编制', '≥2 次']]) }), otherRules: ['nonstandard-level2'] },
    {
      name: 'a known 二级 under an unknown 一级: indicator-level1 speaks',
      code: declaration({ indicators: indicators({ ...INDICATORS, 其他指标: { 数量指标: [['新增指标', '≥1 个']] } }) }),
      otherRules: ['indicator-level1'],
    },
  ],
  invalid: [
    misplaced('数量指标 under 效益指标', '效益指标', '数量指标', '产出指标'),
    misplaced('服务对象满意度指标 under 产出指标', '产出指标', '服务对象满意度指标', '满意度指标'),
    misplaced('经济成本指标 under 效益指标', '效益指标', '经济成本指标', '成本指标'),
    misplaced('社会效益指标 under 成本指标', '成本指标', '社会效益指标', '效益指标'),
    {
      name: 'two misplaced groups: two findings in file order',
      code: TWO_CODE,
      errors: [
        { ...indicatorPos(TWO_CODE, '效益指标', '数量指标'), path: ['绩效指标', '效益指标', '数量指标'], message: '属于「产出指标」' },
        { ...indicatorPos(TWO_CODE, '满意度指标', '时效指标'), path: ['绩效指标', '满意度指标', '时效指标'], message: '属于「产出指标」' },
      ],
      otherRules: [],
    },
  ],
});
