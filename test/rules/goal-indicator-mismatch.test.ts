import { declaration, goals, indicators, INDICATORS, multiYear, posOf } from '../helpers/fixture.js';
import { ruleTester, type Case } from '../helpers/rule-tester.js';

/** A declaration whose 年度总体目标 is `goal` and whose 产出指标 › 数量指标 are `items`. */
const form = (goal: string, items: [string, string][], overall?: string) =>
  declaration({
    goals: goals({ annual: goal, ...(overall !== undefined && { overall }) }),
    indicators: indicators({ ...INDICATORS, 产出指标: { 数量指标: items, 质量指标: [['培训验收合格率', '=100%']] } }),
  });

const ok = (name: string, goal: string, items: [string, string][]): Case => ({ name, code: form(goal, items), otherRules: [] });

const NUMBER = form('开展基层干部培训，培训 300 人。', [['基层干部培训人数', '≥280 人']]);
const UNIT = form('全年完成食品安全抽检6批次。', [['食品安全抽检次数', '≥6 次']]);
const NEAREST = form('组织开展专项执法行动 1-2个，社会公众感知度明显提升。', [['技术治网专项行动支撑服务开展次数', '≥2.00(次)']]);
const UNMATCHED = form('计算资源池达到 1400C、3900G、300T 规模，提供视频编转码等应用。', [['网站', '≥80.00(个)']]);
const DURABILITY = form('可用性达到 99.95%，数据可持续性达到99.9999%。', [['高可用性', '≥99.95(%)'], ['数据可持续性', '≥99.99(%)']]);
const OVERALL = form('完成全年培训任务。', [['基层干部培训人数', '≥280 人']], '全年培训基层干部 300 人。');

ruleTester('goal-indicator-mismatch', {
  valid: [
    // The seed's 网络宣传工作: every figure of its goal has its indicator.
    ok('20次, 100次以上 and 10篇, each with its indicator', '对主流新媒体调研、检查、督查 20次；在网络热点舆论中进行引导次数 100次以上；提交新媒体研究专题研究报告 10篇。', [
      ['主流新媒体调研、检查、督查次数', '≥20.00(次)'],
      ['在网络热点舆论中进行引导次数', '≥100.00(次)'],
      ['新媒体专题研究报告提交数', '≥10.00(篇)'],
    ]),
    // 好评率 is a satisfaction figure, and ≥95% keeps the promise of more than 90%.
    ok('a stricter indicator keeps a lower bound', '组织开展普法培训，企业好评率超过 90%。', [['普法宣传企业满意度', '≥95.00(%)']]),
    ok('1.2万亩 is 12000 亩', '新建高标准农田1.2万亩。', [['新建高标准农田面积', '≥12000 亩']]),
    ok('a year, a date and list numbers are not figures', '1.举办 2025年国家网络安全宣传周活动；2.12月底前完成验收。', [['宣传周活动举办场数', '≥1 场']]),
    ok('a goal with no figures', '完成全年网络安全宣传和培训任务。', [['培训次数', '≥4 次']]),
    { name: "a multi-year project's 项目总目标 covers all years and is not compared", code: multiYear({ goals: goals({ overall: '三年内培训基层干部 900 人。', annual: '完成本年度培训任务。' }) }), otherRules: [] },
  ],
  invalid: [
    {
      name: 'goal 300 人, indicator ≥280(人): the figure differs; at the words in the goal, note at the indicator',
      code: NUMBER,
      errors: [
        {
          ...posOf(NUMBER, '培训 300 人', '300 人'),
          path: ['绩效目标', '年度总体目标'],
          messageId: 'number-differs',
          data: { goal: '年度总体目标', stated: '300 人', indicator: '基层干部培训人数', value: '≥280(人)' },
          message: ['年度总体目标写的是“300 人”', '「基层干部培训人数」却是 ≥280(人)'],
          notes: [{ ...posOf(NUMBER, '基层干部培训人数', '≥280'), message: '由这个指标衡量' }],
        },
      ],
    },
    {
      name: 'goal 6批次, indicator 6次: the unit differs',
      code: UNIT,
      errors: [{ ...posOf(UNIT, '6批次'), messageId: 'unit-differs', data: { stated: '6批次', goalUnit: '批次', indicatorUnit: '次' }, message: '都写“批次”或都写“次”' }],
    },
    {
      // The seed's 网络安全和信息化工作: no indicator counts the 1-2 actions; the nearest counts support services in 次.
      name: 'goal 1-2个 and only a loosely related indicator in 次: the nearest, with a message true either way',
      code: NEAREST,
      errors: [{ ...posOf(NEAREST, '1-2个'), messageId: 'nearest-differs', data: { what: 'unit', indicator: '技术治网专项行动支撑服务开展次数' }, message: ['最接近的是', '如果二者是同一件事', '补一个三级指标'] }],
    },
    {
      // The seed's 宣传文化发展专项资金项目: the computing pool's size has no indicator. Listed figures are one finding.
      name: '1400C、3900G、300T with no indicator: one finding for the list',
      code: UNMATCHED,
      errors: [{ ...posOf(UNMATCHED, '达到 1400C'), messageId: 'unmatched', data: { stated: '达到 1400C、3900G、300T', count: 3 } }],
    },
    {
      name: 'six nines promised, four measured (as in the seed)',
      code: DURABILITY,
      errors: [{ ...posOf(DURABILITY, '达到99.9999%'), messageId: 'number-differs', data: { stated: '达到99.9999%', value: '≥99.99(%)' } }],
    },
    {
      name: "a single-year project's 项目总目标 is checked too",
      code: OVERALL,
      errors: [{ ...posOf(OVERALL, '300 人'), path: ['绩效目标', '项目总目标'], messageId: 'number-differs', data: { goal: '项目总目标' } }],
    },
  ],
});
