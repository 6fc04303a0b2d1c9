import { describe, expect, it } from 'vitest';
import { checkGoal } from '../../src/analysis/goal-consistency.js';
import { ind } from './helpers.js';

function verdicts(goal: string, indicators: [string, string][]): string[] {
  return checkGoal(goal, indicators.map(([n, v]) => ind(n, v))).map((f) => `${f.quantity.text} ${f.kind}${f.kind === 'unmatched' ? '' : ` ${f.match.indicator.name}${f.match.strong ? '' : ' (nearest)'}`}`);
}

describe('goal ↔ indicator consistency', () => {
  it('a goal counted in 批次 and an indicator in 次: the unit differs', () => {
    expect(verdicts('全年完成食品安全抽检6批次。', [['食品安全抽检次数', '≥6 次']])).toEqual(['6批次 unit-differs 食品安全抽检次数']);
  });

  it('a goal of 300 people and an indicator of at least 280: the number differs', () => {
    expect(verdicts('开展基层干部培训，培训 300 人。', [['基层干部培训人数', '≥280 人']])).toEqual(['300 人 number-differs 基层干部培训人数']);
  });

  it('a loosely related indicator that happens to agree does not hide the one that is about the figure', () => {
    expect(
      verdicts('开展基层干部培训，培训 300 人。', [
        ['基层干部培训人数', '≥280 人'],
        ['基层群众受益人数', '≥300 人'],
      ]),
    ).toEqual(['300 人 number-differs 基层干部培训人数']);
  });

  it('a stricter indicator keeps a lower bound; a weaker one does not', () => {
    expect(verdicts('企业好评率超过 90%', [['普法宣传企业满意度', '≥95%']])).toEqual(['超过 90% agrees 普法宣传企业满意度']);
    expect(verdicts('企业好评率超过 90%', [['普法宣传企业满意度', '≥85%']])).toEqual(['超过 90% number-differs 普法宣传企业满意度']);
    expect(verdicts('投诉率控制在5%以内', [['群众投诉率', '≤3%']])).toEqual(['控制在5%以内 agrees 群众投诉率']);
    expect(verdicts('投诉率控制在5%以内', [['群众投诉率', '≥5%']])).toEqual(['控制在5%以内 number-differs 群众投诉率']);
  });

  it('a rate of another kind is never the figure, however many words it shares', () => {
    expect(verdicts('企业好评率超过 90%', [['企业整改率', '=100%']])).toEqual(['超过 90% unmatched']);
  });

  it('converts scaled units exactly: 1.2万亩 is 12000 亩', () => {
    expect(verdicts('新建高标准农田1.2万亩。', [['新建高标准农田面积', '≥12000 亩']])).toEqual(['1.2万亩 agrees 新建高标准农田面积']);
    expect(verdicts('新建高标准农田1.2万亩。', [['新建高标准农田面积', '≥1.1 万亩']])).toEqual(['1.2万亩 number-differs 新建高标准农田面积']);
  });

  it('a range is kept by a figure inside it', () => {
    expect(verdicts('组织开展专项执法行动 1-2个', [['专项执法行动开展数', '≥2 个']])).toEqual(['1-2个 agrees 专项执法行动开展数']);
    expect(verdicts('组织开展专项执法行动 1-2个', [['专项执法行动开展数', '≥3 个']])).toEqual(['1-2个 number-differs 专项执法行动开展数']);
  });

  it('a figure no indicator is about', () => {
    expect(verdicts('计算资源池达到 1400C 规模', [['网站', '≥80 个']])).toEqual(['达到 1400C unmatched']);
  });

  it('figures per quarter are not compared with the year', () => {
    expect(verdicts('每季度开展安全检查1次', [['安全检查次数', '≥4 次']])).toEqual(['1次 agrees 安全检查次数']);
  });

  it('a duration with no clear indicator is the project period, not a target', () => {
    expect(verdicts('用3个月完成系统建设，上线后运行稳定', [['系统上线时间', '≤6 个月'], ['系统建设数量', '≥1 套']])).toEqual([
      '3个月 agrees 系统上线时间 (nearest)',
    ]);
  });
});
