/**
 * The hand reading of the six seed projects' goals (issue #13), as a test:
 * for every figure a goal states, the indicator it is about (or none) and
 * whether a reviewer would flag it. If the analysis changes its mind about
 * any of these, this test says which.
 */
import { describe, expect, it } from 'vitest';
import { costPlan, checkCosts, describeTerms, displayUnit } from '../../src/analysis/cost.js';
import { dec, shift } from '../../src/analysis/decimal.js';
import { quantIndicators } from '../../src/analysis/from-model.js';
import { checkGoal } from '../../src/analysis/goal-consistency.js';
import { fenOf } from '../../src/model/declaration.js';
import { loadExample } from '../helpers/examples.js';

type Reading = readonly [figure: string, verdict: 'agrees' | 'number-differs' | 'unit-differs' | 'unmatched', indicator?: string];

const READING: Readonly<Record<string, Reading[]>> = {
  网络宣传工作: [
    ['20次', 'agrees', '主流新媒体调研、检查、督查次数'],
    ['100次以上', 'agrees', '在网络热点舆论中进行引导次数'],
    ['10篇', 'agrees', '新媒体专题研究报告提交数'],
  ],
  网络安全和信息化工作: [
    // 2025年 (宣传周) is a year, and 目标 1.–6. are numbering: not figures.
    ['5 场', 'agrees', '网络安全宣传各项重要活动举办场数'],
    ['100%', 'agrees', '上级部门执法通知落实率'],
    ['10%', 'agrees', '自主办理行政处罚案件数同比增加率'],
    // The nearest indicator counts support services for special actions in 次; the goal promises 1–2 actions (个).
    ['1-2个', 'unit-differs', '技术治网专项行动支撑服务开展次数'],
    ['不少于 500人', 'agrees', '全年各类培训总人数'],
    // 好评率 is a satisfaction figure; ≥95% keeps the promise of more than 90%.
    ['超过 90%', 'agrees', '普法宣传企业满意度'],
    ['不少于 20篇', 'agrees', '专题普法宣传报道数'],
  ],
  宣传文化发展专项资金项目: [
    // The computing pool's size has no indicator at all.
    ['达到 1400C', 'unmatched'],
    ['3900G', 'unmatched'],
    ['300T', 'unmatched'],
    ['达到 99.95%', 'agrees', '高可用性'],
    // Six nines promised, four measured.
    ['达到99.9999%', 'number-differs', '数据可持续性'],
  ],
  机关服务费: [
    ['100%', 'agrees'],
    ['100%', 'agrees'],
  ],
  信息化运维项目: [],
  重大活动保障: [],
};

describe('the seed projects, read by hand', () => {
  for (const [name, reading] of Object.entries(READING)) {
    it(name, () => {
      const d = loadExample(name);
      const found = [d.goals.overall?.value, d.goals.annual.value].flatMap((g) => (g ? checkGoal(g, quantIndicators(d)) : []));
      expect(found.map((f) => [f.quantity.text, f.kind, ...(f.kind !== 'unmatched' && reading.find((r) => r[0] === f.quantity.text)?.[2] ? [f.match.indicator.name] : [])])).toEqual(
        reading.map((r) => (r[2] ? [r[0], r[1], r[2]] : [r[0], r[1]])),
      );
    });
  }

  it('网络宣传工作: 1.10万元/次 × 100次 + 40万元 + 35万元 + 3.00万元/篇 × 10篇 = 215万元 ≤ 281万元', () => {
    const d = loadExample('网络宣传工作');
    const all = quantIndicators(d);
    const costs = all.filter((i) => i.ref.level1 === '成本指标');
    const plan = costPlan(costs, all.filter((i) => i.ref.level1 !== '成本指标'));
    expect(describeTerms(plan)).toBe('1.10万元/次 × 100.00次 + 40.00万元 + 35.00万元 + 3.00万元/篇 × 10.00篇');
    const show = displayUnit(plan);
    expect(show.inUnit(plan.plannedYuan)).toBe('215万元');
    const limit = shift(dec(fenOf(d.funds.annual.current)!), -2);
    expect(show.inUnit(limit)).toBe('281万元');
    expect(checkCosts(plan, limit)).toEqual([]);
  });

  it('网络安全和信息化工作: 112万元 + 130万元 fit 15,277,696.00 元; the per-person-day and per-case costs have no quantity to multiply', () => {
    const d = loadExample('网络安全和信息化工作');
    const all = quantIndicators(d);
    const plan = costPlan(all.filter((i) => i.ref.level1 === '成本指标'), all.filter((i) => i.ref.level1 !== '成本指标'));
    expect(describeTerms(plan)).toBe('112.00万元 + 130.00万元');
    expect(plan.unmatched.map((u) => u.name)).toEqual(['培训人均成本', '网络执法案件办理支撑平均成本']);
    expect(checkCosts(plan, shift(dec(fenOf(d.funds.annual.current)!), -2))).toEqual([]);
  });
});
