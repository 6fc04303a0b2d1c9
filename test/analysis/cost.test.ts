import { describe, expect, it } from 'vitest';
import { checkCosts, costPlan, describeTerms, displayUnit, quantityFor } from '../../src/analysis/cost.js';
import { parseDecimal } from '../../src/analysis/decimal.js';
import { ind } from './helpers.js';

const yuan = (s: string) => parseDecimal(s)!;

describe('cost arithmetic', () => {
  it('pairs a unit cost with the quantity it is for, by its denominator and shared words', () => {
    const cost = ind('在网络热点舆论中进行引导评价成本', '≤1.10 万元/次');
    const counts = [ind('主流新媒体调研、检查、督查次数', '≥20 次'), ind('在网络热点舆论中进行引导次数', '≥100 次')];
    expect(quantityFor(cost, counts)?.name).toBe('在网络热点舆论中进行引导次数');
  });

  it('does not guess between two equally good quantities, or with no shared word among several', () => {
    const cost = ind('培训人均成本', '≤500 元/人');
    expect(quantityFor(cost, [ind('线上培训人数', '≥100 人'), ind('线下培训人数', '≥200 人')])).toBeUndefined();
    expect(quantityFor(ind('公务用车次均成本', '≤1000 元/次'), [ind('文件接收转发数量', '≥2000 件次')])).toBeUndefined();
    expect(quantityFor(ind('次均检测成本', '≤200 元/次'), [ind('网站巡检次数', '≥50 次'), ind('应急演练次数', '≥2 次')])).toBeUndefined();
  });

  it('one quantity in the denominator unit needs only one shared word', () => {
    expect(quantityFor(ind('培训人均成本', '≤500 元/人'), [ind('全年各类培训总人数', '≥500 人')])?.name).toBe('全年各类培训总人数');
  });

  it('a plan over the request is a warning when the costs are ceilings', () => {
    const plan = costPlan(
      [ind('培训人均成本', '≤5,000 元/人'), ind('场地租赁费', '≤20 万元')],
      [ind('培训人数', '≥500 人')],
    );
    expect(describeTerms(plan)).toBe('5,000元/人 × 500人 + 20万元');
    const [f] = checkCosts(plan, yuan('2000000'));
    expect(f).toMatchObject({ kind: 'sum-exceeds', certain: false });
    expect(displayUnit(plan).inUnit(plan.plannedYuan)).toBe('2,700,000元');
  });

  it('fixed costs that already exceed the request are certain', () => {
    const plan = costPlan([ind('普法宣传费', '=130 万元'), ind('网络安全专项检查费', '≥112 万元')], []);
    const [f] = checkCosts(plan, yuan('2000000'));
    expect(f).toMatchObject({ kind: 'sum-exceeds', certain: true });
    expect(displayUnit(plan).inUnit(plan.plannedYuan)).toBe('242万元');
  });

  it('a 总成本 over the request, and parts that add up to more than the 总成本', () => {
    const plan = costPlan([ind('项目总成本', '≤300 万元'), ind('设备购置费', '≤200 万元'), ind('运维服务费', '≤150 万元')], []);
    const findings = checkCosts(plan, yuan('2810000'));
    expect(findings.map((f) => f.kind)).toEqual(['total-exceeds', 'sum-exceeds', 'parts-exceed-total']);
    expect(findings[0]).toMatchObject({ certain: false });
  });

  it('rates (%) and qualitative costs add nothing; exact to the 分 at the limit', () => {
    const plan = costPlan([ind('信息化运维费率', '≤5 %'), ind('网上专项管理费用', '≤28,100.01 元')], []);
    expect(checkCosts(plan, yuan('28100.01'))).toEqual([]);
    expect(checkCosts(plan, yuan('28100.00'))).toHaveLength(1);
  });
});

describe('unit costs per a unit the quantity states in another scale', () => {
  it('28万元/公里 × 12公里 = 336万元; a cost per 米 times 1.2公里 converts exactly', () => {
    const plan = costPlan([ind('每公里改造成本', '≤28 万元/公里')], [ind('农村公路提档升级改造里程', '≥12 公里')]);
    expect(displayUnit(plan).inUnit(plan.plannedYuan)).toBe('336万元');
    const perMetre = costPlan([ind('路面每米改造成本', '≤200 元/米')], [ind('路面改造长度', '≥1.2 公里')]);
    expect(displayUnit(perMetre).inUnit(perMetre.plannedYuan)).toBe('240,000元');
  });
  it('a cost per 亩 and an area in 万亩', () => {
    const plan = costPlan([ind('高标准农田亩均建设成本', '≤1,500 元/亩')], [ind('新建高标准农田面积', '≥1.2 万亩')]);
    expect(displayUnit(plan).inUnit(plan.plannedYuan)).toBe('18,000,000元');
  });
});
