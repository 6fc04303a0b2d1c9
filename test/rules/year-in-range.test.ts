import { declaration, multiYear, posOf } from '../helpers/fixture.js';
import { ruleTester } from '../helpers/rule-tester.js';

const LATE = declaration({ head: { 年度: '2026' } });
const EARLY = multiYear({ head: { 年度: '2024' } });
const AFTER_SPAN = multiYear({ head: { 年度: '2028' } });
const FAR = declaration({ head: { 年度: '20255' } });
const NEG = declaration({ head: { 年度: '-5' } });
const OLD = declaration({ head: { 年度: '1900', 计划开始日期: '2025年1月1日' } });

ruleTester('year-in-range', {
  valid: [
    { name: 'single year', code: declaration(), otherRules: [] },
    { name: 'first year of a multi-year project', code: multiYear(), otherRules: [] },
    { name: 'a middle year', code: multiYear({ head: { 年度: '2026' } }), otherRules: [] },
    { name: 'the last year', code: multiYear({ head: { 年度: '2027' } }), otherRules: [] },
    { name: 'slash dates', code: declaration({ head: { 计划开始日期: '2025/1/1', 计划完成日期: '2025/12/31' } }), otherRules: [] },
    { name: 'unreadable date: not judged', code: declaration({ head: { 年度: '2030', 计划开始日期: '2025年1月1日' } }), otherRules: ['date-format'] },
  ],
  invalid: [
    {
      name: '年度 after a single-year project (last year\'s file copied, only 年度 changed)',
      code: LATE,
      errors: [{ ...posOf(LATE, '年度', '2026'), path: ['年度'], message: ['申报年度 2026', '2025-01-01 至 2025-12-31'] }],
      otherRules: [],
    },
    { name: '年度 before the start', code: EARLY, errors: [{ ...posOf(EARLY, '年度', '2024'), path: ['年度'], message: '2024' }], otherRules: [] },
    // Outside 1949–2100 the year itself is wrong, whatever the dates say (and even when they are unreadable).
    { name: '年度 20255: not a plausible year', code: FAR, errors: [{ ...posOf(FAR, '年度', '20255'), path: ['年度'], message: ['申报年度 20255 不是合理的年份', '1949–2100'] }], otherRules: [] },
    { name: '年度 -5', code: NEG, errors: [{ ...posOf(NEG, '年度', '-5'), message: '1949–2100' }], otherRules: [] },
    { name: '年度 1900 with unreadable dates: still said', code: OLD, errors: [{ ...posOf(OLD, '年度', '1900'), message: '1949–2100' }], otherRules: ['date-format'] },
    { name: '年度 after the end of a multi-year span', code: AFTER_SPAN, errors: [{ ...posOf(AFTER_SPAN, '年度', '2028'), message: '2025-01-01 至 2027-12-31' }], otherRules: [] },
  ],
});
