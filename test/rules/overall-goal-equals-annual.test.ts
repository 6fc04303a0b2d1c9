import { declaration, goals, lineOf, multiYear, posOf } from '../helpers/fixture.js';
import { ruleTester } from '../helpers/rule-tester.js';

const GOAL = '建成全市统一的政务数据共享平台，接入各部门业务系统。';
const COPY = multiYear({ goals: goals({ overall: GOAL, annual: GOAL }) });
const REWRAPPED = multiYear({ goals: goals({ overall: GOAL, annual: '建成全市统一的政务数据共享平台,\n接入各部门业务系统' }) });

ruleTester('overall-goal-equals-annual', {
  valid: [
    { name: 'different goals', code: multiYear(), otherRules: [] },
    { name: 'a single-year project may repeat its goal', code: declaration({ goals: goals({ overall: GOAL, annual: GOAL }) }), otherRules: [] },
    { name: 'no 项目总目标 (multi-year-fields reports it)', code: multiYear({ goals: goals() }), otherRules: ['multi-year-fields'] },
  ],
  invalid: [
    {
      name: 'the same text in both: at 项目总目标, with a note at 年度总体目标',
      code: COPY,
      errors: [
        {
          ...posOf(COPY, '项目总目标', '|'),
          path: ['绩效目标', '项目总目标'],
          messageId: 'copy',
          data: { from: 2025, to: 2027 },
          notes: [{ line: lineOf(COPY, '年度总体目标') }],
        },
      ],
    },
    { name: 'the same words wrapped and punctuated differently', code: REWRAPPED, errors: [{ line: lineOf(REWRAPPED, '项目总目标') }] },
  ],
});
