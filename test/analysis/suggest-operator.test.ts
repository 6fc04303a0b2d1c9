import { describe, expect, it } from 'vitest';
import { suggestOperator } from '../../src/analysis/suggest-operator.js';

describe('suggestOperator', () => {
  it.each([
    ['道路改造长度', '产出指标', '985', '米', '≥985(米)'],
    ['项目完成时间', '产出指标', '1', '年内', '≤1(年)'],
    ['问题整改时限', '产出指标', '30', '(天)以内', '≤30(天)'],
    ['培训场次', '产出指标', '3', '次以上', '≥3(次)'],
    ['公务用车次均成本', '成本指标', '1000', '元/次', '≤1000(元/次)'],
    ['服务响应时间', '产出指标', '15', '分钟', '≤15(分钟)'],
    ['系统故障发生次数', '效益指标', '3', '次', '≤3(次)'],
    ['网民满意度', '满意度指标', '90', '%', '≥90(%)'],
    ['验收合格率', '产出指标', '100', '%以内', '≥100(%)'],
  ])('%s: %s%s → %s', (name, l1, figure, unit, expected) => {
    expect(suggestOperator(name, l1, figure, unit)).toBe(expected);
  });

  it('never puts an operator in front of a year', () => {
    expect(suggestOperator('项目完成时间', '产出指标', '2025', '年12月')).toBeUndefined();
    expect(suggestOperator('建设完成时间', '产出指标', '2025', '年底前')).toBeUndefined();
  });
});
