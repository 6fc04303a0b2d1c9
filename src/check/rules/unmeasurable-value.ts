import { z } from 'zod';
import { text } from '../../diagnostics/types.js';
import { classifyQualitative } from '../../analysis/measurability.js';
import { comparable } from '../../analysis/text.js';
import { allIndicators } from '../../model/declaration.js';
import { defineModelRule } from '../rule.js';

/**
 * Qualitative values that measure nothing (提升, 进一步净化, 长期, 是): nobody
 * can say at the end of the year whether they were met. What counts as
 * assessable is in analysis/measurability.ts; values it cannot judge are
 * never reported.
 */
export const unmeasurableValue = defineModelRule({
  id: 'unmeasurable-value',
  severity: 'warning',
  docs: {
    title: text('定性指标值无法考核', 'A qualitative value that cannot be assessed'),
    description: text(
      '定性指标值要能在年底判断是否达成。只说方向（提升、进一步净化、有所提升、持续优化）、只有评价词（明显、良好、显著）、没有期限（长期）或只答是/否、有/无的值都无法考核，评审常要求修改。可考核的定性值是：评价等级（良及以上，等级为 优/良/中/差）、明确的状态（按期完成验收、无重大安全事故、不超预算），或可量化的替代指标（较上年提高 ≥5(%)、≥5(年)）。不能判断的其他文字不会报告。本单位认可的写法可以在 declare.config.yaml 中用 rules › unmeasurable-value › accept 列出。',
      'A qualitative value must let someone decide at the end of the year whether it was met. A direction only (提升, 进一步净化, 有所提升), praise (明显, 良好), no horizon (长期) or a bare yes/no (是, 有) cannot be assessed, and reviewers ask for changes. Assessable values are grades (良及以上 on 优/良/中/差), defined states (按期完成验收, 无重大安全事故, 不超预算) or quantified proxies (较上年提高 ≥5(%)). Text the rule cannot judge is never reported. Values the unit accepts can be listed under rules › unmeasurable-value › accept in declare.config.yaml.',
    ),
    examples: { bad: '- 网络环境: 进一步净化\n- 安全性: 提升', good: '- 网络环境: 无重大网络安全事件\n- 等级保护测评结果: 良及以上' },
  },
  needs: ['indicators'],
  /** `accept`: values the unit treats as assessable (compared ignoring spacing and punctuation). */
  options: z.strictObject({ accept: z.array(z.string().trim().min(1)).default([]) }),
  check({ decl, options, report }) {
    const accepted = new Set(options.accept.map(comparable));
    for (const ind of allIndicators(decl)) {
      if (ind.value.kind !== 'qualitative') continue;
      const value = ind.value.text;
      if (accepted.has(comparable(value))) continue;
      const m = classifyQualitative(value);
      if (m.kind === 'vague') report({ path: ind.path, messageId: 'vague', data: { name: ind.name, value, why: m.why } });
    }
  },
});
