import { describe, expect, it } from 'vitest';
import { formatDecimal } from '../../src/analysis/decimal.js';
import { extractGoalQuantities } from '../../src/analysis/goal-quantities.js';

/** `text|bound|low-high|unit base` for each figure found, in order. */
function read(goal: string): string[] {
  return extractGoalQuantities(goal).map((q) => {
    const range = formatDecimal(q.low) === formatDecimal(q.high) ? formatDecimal(q.low) : `${formatDecimal(q.low)}-${formatDecimal(q.high)}`;
    return `${q.text}|${q.bound}|${range}|${q.unit.base}`;
  });
}

describe('extractGoalQuantities', () => {
  it.each([
    // The seed's 网络宣传工作
    ['对主流主流新媒体调研、检查、督查 20次，压实企业主体责任', ['20次|=|20|次']],
    ['在网络热点舆论中进行引导次数 100次以上。3.加强', ['100次以上|≥|100|次']],
    ['1.履行属地互联网信息内容管理责任。2.更好地动员', []],
    // The seed's 网络安全和信息化工作
    ['目标 2.举办 2025年国家网络安全宣传周上海地区活动。通过举办 5 场网络宣传活动', ['5 场|=|5|场']],
    ['落实上级部门执法通知完成度100%，自主办理行政处罚案件数比上一年增加 10%；', ['100%|=|100|%', '10%|=|10|%']],
    ['组织开展专项执法行动 1-2个，社会公众感知度明显提升', ['1-2个|=|1-2|个']],
    ['覆盖人数不少于 500人，企业好评率超过 90%；', ['不少于 500人|≥|500|人', '超过 90%|>|90|%']],
    ['报道篇次不少于 20篇。', ['不少于 20篇|≥|20|篇']],
    // The seed's 宣传文化发展专项资金项目
    ['计算资源池达到 1400C、3900G、300T 规模，可用性达到 99.95%数据可持续性达到99.9999%', [
      '达到 1400C|≥|1400|核', '3900G|≥|3900|GB', '300T|≥|300|TB', '达到 99.95%|≥|99.95|%', '达到99.9999%|≥|99.9999|%',
    ]],
    // Wording from other forms
    ['培训基层干部300人次，完成6批次抽检', ['300人次|=|300|人次', '6批次|=|6|批次']],
    ['新建高标准农田1.2万亩，项目区粮食产能提高10%以上', ['1.2万亩|=|1.2|亩', '10%以上|≥|10|%']],
    ['投诉率控制在5%以内，办结时间不超过30个工作日', ['控制在5%以内|≤|5|%', '不超过30个工作日|≤|30|工作日']],
    ['惠及群众约3,000人，服务500余户', ['约3,000人|≈|3000|人', '500余户|>|500|户']],
    ['每季度开展检查1次', ['1次|=|1|次']],
    ['覆盖率达９５％', ['达９５％|≥|95|%']],
  ])('%s', (goal, expected) => {
    expect(read(goal)).toEqual(expected);
  });

  it.each([
    ['2025年12月底前完成', 'a date'],
    ['于2025.07-2026.01实施', 'a period'],
    ['3月15日前上线', 'a day'],
    ['第3批项目', 'an ordinal'],
    ['建设5G基站', 'a network name'],
    ['推进IPv6部署，完成H5页面', 'identifiers'],
    ['落实“十四五”规划，一网统管，两个维护', 'Chinese numerals in set phrases'],
    ['（1）加强管理；2、完善制度', 'list markers'],
    ['拨打12345热线', 'a number with no unit'],
  ])('%s is not a quantity (%s)', (goal) => {
    expect(read(goal)).toEqual([]);
  });

  it('keeps offsets in the text as written, also after full-width digits', () => {
    const goal = '目标：举办５场活动，覆盖人数不少于 500人';
    const qs = extractGoalQuantities(goal);
    expect(qs.map((q) => q.text)).toEqual(['５场', '不少于 500人']);
    for (const q of qs) expect(goal.slice(q.start, q.end)).toBe(q.text);
  });

  it('marks changes and figures per period', () => {
    const [inc] = extractGoalQuantities('自主办理行政处罚案件数比上一年增加 10%');
    expect(inc!.change).toBe('increase');
    const [per] = extractGoalQuantities('每季度开展检查1次');
    expect(per!.per).toBe('季度');
  });

  it('gives each figure the words of its clause, and the clause before when its own names little', () => {
    const qs = extractGoalQuantities('组织开展普法培训，覆盖人数不少于 500人，企业好评率超过 90%；');
    expect(qs[0]!.context).toBe('覆盖人数');
    expect(qs[0]!.wider).toContain('普法培训');
    expect(qs[1]!.context).toBe('企业好评率');
    const [act] = extractGoalQuantities('通过举办 5 场网络宣传活动，实现市民网络安全意识水平提升。');
    expect(act!.context).toContain('网络宣传活动');
  });

  it('groups figures listed with 、 and lets the qualifier in front hold for all', () => {
    const qs = extractGoalQuantities('计算资源池达到 1400C、3900G、300T 规模');
    expect(new Set(qs.map((q) => q.group)).size).toBe(1);
    expect(qs.map((q) => q.bound)).toEqual(['≥', '≥', '≥']);
  });
});

describe('a list number run into a date', () => {
  it('2.12月底前 is item 2 and a date, not 2.12 months', () => {
    expect(extractGoalQuantities('1.完成招标；2.12月底前完成验收。')).toEqual([]);
  });
});
