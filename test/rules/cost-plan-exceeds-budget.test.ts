import { declaration, funds, indicatorPos, indicators, INDICATORS, lineOf, multiYear, posOf } from '../helpers/fixture.js';
import { ruleTester } from '../helpers/rule-tester.js';

/** The fixture asks for 1,000,000.00 元 (100 万元) this year. */
const form = (costs: [string, string][], counts: [string, string][] = [['培训次数', '≥4 次']], annual?: Record<string, string>) =>
  declaration({
    ...(annual && { funds: funds({ annual }) }),
    indicators: indicators({ ...INDICATORS, 成本指标: { 经济成本指标: costs }, 产出指标: { 数量指标: counts, 质量指标: [['培训验收合格率', '=100%']] } }),
  });

// The seed's 网络宣传工作 at its own request: 1.10万元/次 × 100次 + 40万元 + 35万元 + 3.00万元/篇 × 10篇 = 215万元 ≤ 281万元.
const SEED_COSTS: [string, string][] = [
  ['在网络热点舆论中进行引导评价成本', '≤1.10(万元/次)'],
  ['网上专项管理费用', '≤40.00(万元)'],
  ['重要项目网上正面宣传费', '≤35.00(万元)'],
  ['新媒体研究专题研究报告平均成本', '≤3.00(万元/篇)'],
];
const SEED_COUNTS: [string, string][] = [
  ['在网络热点舆论中进行引导次数', '≥100.00(次)'],
  ['新媒体专题研究报告提交数', '≥10.00(篇)'],
];
const SEED_REQUEST = { 合计: '2,810,000.00', 当年财政拨款: '2,810,000.00' };
const OVER = form(SEED_COSTS, SEED_COUNTS, { 合计: '2,000,000.00', 当年财政拨款: '2,000,000.00' });
const TRAINING = form([['培训人均成本', '≤5,000 元/人'], ['场地租赁费', '≤20 万元']], [['培训人数', '≥500 人']], { 合计: '2,000,000.00', 当年财政拨款: '2,000,000.00' });
const TOTAL = form([['项目总成本', '≤120 万元']]);
const PARTS = form([['项目总成本', '≤90 万元'], ['设备购置费', '≤50 万元'], ['运维服务费', '≤45 万元']]);

ruleTester('cost-plan-exceeds-budget', {
  valid: [
    { name: 'the seed: 215万元 ≤ 281万元', code: form(SEED_COSTS, SEED_COUNTS, SEED_REQUEST), otherRules: [] },
    { name: 'exactly the request, to the 分', code: form([['培训场地费', '≤99.99 万元'], ['资料印刷费', '≤100 元']]), otherRules: [] },
    { name: 'rates (%) and qualitative costs add nothing', code: form([['信息化运维费率', '≤5.00(%)'], ['预算刚性约束', '不超预算']]), otherRules: [] },
    // 公务用车次均成本 has no quantity in 次: nothing to multiply, no guess.
    { name: 'a unit cost with no quantity in its unit', code: form([['公务用车次均成本', '≤1000.00(元/次)']], [['文件接收转发数量', '≥2000.00(件次)']]), otherRules: [] },
    { name: 'a multi-year project is measured against 项目资金总额 (300 万元)', code: multiYear({ indicators: indicators({ ...INDICATORS, 成本指标: { 经济成本指标: [['系统建设费', '≤250 万元']] } }) }), otherRules: [] },
  ],
  invalid: [
    {
      name: 'the seed’s costs against 200万元: the whole computation, a note at each term and at the request',
      code: OVER,
      errors: [
        {
          ...indicatorPos(OVER, '成本指标'),
          path: ['绩效指标', '成本指标'],
          messageId: 'sum',
          data: {
            terms: '1.10万元/次 × 100.00次 + 40.00万元 + 35.00万元 + 3.00万元/篇 × 10.00篇',
            total: '215万元',
            limit: '200万元',
            column: '年度资金申请总额',
            limitYuan: '2,000,000.00',
          },
          message: '1.10万元/次 × 100.00次 + 40.00万元 + 35.00万元 + 3.00万元/篇 × 10.00篇 = 215万元，超过了年度资金申请总额 200万元（2,000,000.00 元）',
          notes: [
            { ...posOf(OVER, '引导评价成本', '≤1.10'), message: '1.10万元/次 × 100.00次 = 110万元' },
            { ...posOf(OVER, '网上专项管理费用', '≤40'), message: '40.00万元 = 40万元' },
            { ...posOf(OVER, '重要项目网上正面宣传费', '≤35'), message: '35.00万元' },
            { ...posOf(OVER, '研究报告平均成本', '≤3.00'), message: '3.00万元/篇 × 10.00篇 = 30万元' },
            { line: lineOf(OVER, '合计: 2,000,000.00'), message: '年度资金申请总额 2,000,000.00 元' },
          ],
        },
      ],
    },
    {
      name: 'amounts in 元 and 万元 mixed: shown in 元',
      code: TRAINING,
      errors: [{ line: indicatorPos(TRAINING, '成本指标').line, data: { terms: '5,000元/人 × 500人 + 20万元', total: '2,700,000元', limit: '2,000,000元' } }],
    },
    {
      name: 'a 总成本 ceiling over the request',
      code: TOTAL,
      errors: [{ ...posOf(TOTAL, '项目总成本', '≤120'), messageId: 'total', data: { indicator: '项目总成本', limit: '100万元' } }],
    },
    {
      name: 'the parts add up to more than the 总成本 (though not more than the request)',
      code: PARTS,
      errors: [
        { ...posOf(PARTS, '项目总成本', '≤90'), messageId: 'parts-over-total', data: { terms: '50万元 + 45万元', total: '95万元', indicator: '项目总成本' } },
      ],
    },
  ],
});
