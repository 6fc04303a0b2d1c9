import { declaration, funds, goals, multiYear, posOf, WHOLE_LIFE } from '../helpers/fixture.js';
import { ruleTester } from '../helpers/rule-tester.js';

const NO_COLUMN = multiYear({ funds: funds() });
const NO_GOAL = multiYear({ goals: goals() });
const NEITHER = multiYear({ funds: funds(), goals: goals() });
const ACROSS_NEW_YEAR = declaration({ head: { 计划开始日期: '2025-07-01', 计划完成日期: '2026-06-30' } });

ruleTester('multi-year-fields', {
  valid: [
    { name: 'single-year project without either', code: declaration(), otherRules: [] },
    { name: 'multi-year project with both', code: multiYear(), otherRules: [] },
    { name: 'single-year project may still give both', code: declaration({ funds: funds({ wholeLife: WHOLE_LIFE }), goals: goals({ overall: '总目标' }) }), otherRules: [] },
    // An impossible date means the span is unknown; date-format says what is wrong.
    { name: 'unreadable end date: not judged', code: declaration({ head: { 计划完成日期: '2027-02-30' } }), otherRules: ['date-format'] },
  ],
  invalid: [
    {
      name: 'missing the whole-life column',
      code: NO_COLUMN,
      errors: [{ ...posOf(NO_COLUMN, '项目资金:'), path: ['项目资金'], message: ['跨年度项目（2025—2027年）', '项目资金总额'] }],
      otherRules: [],
    },
    {
      name: 'missing 项目总目标',
      code: NO_GOAL,
      errors: [{ ...posOf(NO_GOAL, '绩效目标:'), path: ['绩效目标'], message: ['2025—2027', '项目总目标'] }],
      otherRules: [],
    },
    {
      name: 'missing both',
      code: NEITHER,
      errors: [
        { ...posOf(NEITHER, '项目资金:'), path: ['项目资金'], message: '项目资金总额' },
        { ...posOf(NEITHER, '绩效目标:'), path: ['绩效目标'], message: '项目总目标' },
      ],
      otherRules: [],
    },
    {
      name: 'a project over the new year is multi-year too',
      code: ACROSS_NEW_YEAR,
      errors: [
        { line: posOf(ACROSS_NEW_YEAR, '项目资金:').line, message: '2025—2026' },
        { line: posOf(ACROSS_NEW_YEAR, '绩效目标:').line, message: '2025—2026' },
      ],
      otherRules: [],
    },
  ],
});
