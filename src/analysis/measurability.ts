import { foldWidth } from './text.js';

/**
 * Whether a qualitative (定性) 指标值 can be assessed at the end of the year.
 *
 * Reviewers accept a qualitative value when it names something a third party
 * can verify: a grade on a stated scale (优/良/中/差, 良好及以上, A级), a
 * defined state (按期完成, 验收合格, 无重大安全事故, 不超预算), or a
 * quantified proxy (较上年提高5%). They reject values that only point in a
 * direction or praise: 提升, 进一步净化, 有所提升, 明显, 良好, 长期, 是/否, 有/无.
 *
 * Anything not recognised either way is `unclassified` and never reported:
 * a rule built on this must not guess.
 */
export type Measurability =
  | { readonly kind: 'assessable'; readonly why: 'quantified' | 'graded' | 'defined-state' }
  | { readonly kind: 'vague'; readonly why: VagueReason }
  | { readonly kind: 'unclassified' };

export type VagueReason =
  /** 提升, 进一步净化, 有所提升, 持续优化: a direction with no level to reach. */
  | 'direction'
  /** 明显, 显著, 良好, 较好: praise with no scale. */
  | 'praise'
  /** 长期, 长期有效: a duration with no horizon. */
  | 'open-ended'
  /** 是/否, 有/无: says nothing without a criterion in the name. */
  | 'yes-no';

const ADVERB = '(?:得到|有所|进一步|更加|明显|显著|逐步|逐年|不断|持续|稳步|大幅|大幅度|有效|较大|大大|全面|切实|积极|继续|一定程度|一定程度上|较上年|比上年|同比)';
const DIRECTION_VERB =
  '(?:提升|提高|改善|增强|加强|优化|净化|降低|减少|增加|增长|完善|规范|推进|促进|深化|巩固|扩大|发挥|下降|好转|改进|强化|健全|落实|保持|加快|加大)';
const DIRECTION = new RegExp(`^${ADVERB}*(?:${DIRECTION_VERB})+(?:作用|效果|水平|能力|质量)?$`);
const ADVERB_ONLY = new RegExp(`^${ADVERB}+$`);
const PRAISE = /^(?:效果|成效|作用|效益|影响)?(?:较为|较|很|非常|十分|比较)?(?:明显|显著|良好|较好|好|突出|积极|有效|正面|提升明显|效果明显|成效显著)$/;
const OPEN_ENDED = /^(?:长期|长久|长远|持久|持续|长期有效|长期持续|持续有效|长期发挥作用|持续发挥作用|长期受益|可持续)$/;
const YES_NO = /^(?:是|否|有|无|达到|未达到|符合|不符合)$/;

/** 优 / 良 / 中 / 差, 优秀, 良好及以上, A级, 二级, 等级 …: a grade on a scale. */
const GRADED = /(?:^(?:优|优秀|优良|良|中|差|合格|不合格|及格|甲|乙|丙|丁|[A-DＡ-Ｄ])(?:等|级)?$)|(?:(?:良好|良|合格|中等|优|[A-D]级|[一二三四五]级|[一二三四五]星)(?:及以上|以上|或以上))|(?:等级|级别|评级|星级|档次)|(?:^[A-D]级$|^[一二三四五]级$)/;

/** A verifiable state: 按期完成, 验收合格, 无重大安全事故, 不超预算, 正常运行, 全部完成 … */
const DEFINED_STATE =
  /(?:按期|按时|如期|按计划|按要求|全部|全面|已|通过|完成|建成|投入使用|上线|验收|合格|达标|符合.+(?:标准|要求|规定)|不超|未超|不突破|零|无.+(?:事故|事件|投诉|案件|问题|差错|违规|违纪|泄密|故障|中断)|杜绝|正常运行|稳定运行|持续运行|实现|开通|发布|出台|印发|办结)/;

export function classifyQualitative(value: string): Measurability {
  const v = foldWidth(value).trim().replace(/[。.!！]+$/, '');
  if (/\d/.test(v)) return { kind: 'assessable', why: 'quantified' };
  if (YES_NO.test(v)) return { kind: 'vague', why: 'yes-no' };
  if (OPEN_ENDED.test(v)) return { kind: 'vague', why: 'open-ended' };
  if (GRADED.test(v)) return { kind: 'assessable', why: 'graded' };
  if (PRAISE.test(v)) return { kind: 'vague', why: 'praise' };
  if (DIRECTION.test(v) || ADVERB_ONLY.test(v)) return { kind: 'vague', why: 'direction' };
  if (DEFINED_STATE.test(v)) return { kind: 'assessable', why: 'defined-state' };
  return { kind: 'unclassified' };
}
