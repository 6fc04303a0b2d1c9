import { declaration, funds, goals, posOf } from '../helpers/fixture.js';
import { ruleTester, type Case } from '../helpers/rule-tester.js';

const ROOT = { line: 1, column: 1 };

const missingHead = (key: string): Case => ({
  name: `${key} missing: at the top of the file`,
  code: declaration({ head: { [key]: null } }),
  errors: [{ ...ROOT, path: [key], messageId: 'missing', data: { path: [key] } }],
  otherRules: [],
});

const EMPTY_NAME = declaration({ head: { 项目名称: '' } });
const EMPTY_QUOTED = declaration({ head: { 主管部门: "''" } });
const NO_OTHER = declaration({ funds: funds({ annual: { 其他资金: null } }) });
const EMPTY_CARRYOVER = declaration({ funds: funds({ annual: { 上年结转资金: '' } }) });
const NO_ANNUAL_GOAL = declaration({ goals: '绩效目标:\n  项目总目标: 总目标' });
const NO_INDICATORS = declaration({ indicators: '' });
const EMPTY_INDICATORS = declaration({ indicators: '绩效指标:' });
const NO_ANNUAL_COLUMN = declaration({ funds: '项目资金:\n  项目资金总额:\n    财政资金: 1\n    其他资金: 0' });
const EMPTY_GOAL_BLOCK = declaration({ goals: goals({ annual: '' }) });

ruleTester('required-field', {
  valid: [
    { name: 'single-year without 项目资金总额, 合计 and 项目总目标', code: declaration({ funds: funds({ annual: { 合计: null } }) }), otherRules: [] },
    { name: 'an amount of 0', code: declaration({ funds: funds({ annual: { 合计: null, 其他资金: '0' } }) }), otherRules: [] },
  ],
  invalid: [
    missingHead('年度'),
    missingHead('项目名称'),
    missingHead('项目性质'),
    missingHead('项目类别'),
    missingHead('主管部门'),
    missingHead('实施单位'),
    missingHead('计划开始日期'),
    missingHead('计划完成日期'),
    { name: 'an empty value: at its key', code: EMPTY_NAME, errors: [{ ...posOf(EMPTY_NAME, '项目名称:'), path: ['项目名称'], messageId: 'empty', data: { path: ['项目名称'] }, message: '「项目名称」没有填写内容' }], otherRules: [] },
    { name: "an empty quoted ''", code: EMPTY_QUOTED, errors: [{ ...posOf(EMPTY_QUOTED, '主管部门'), path: ['主管部门'], messageId: 'empty' }], otherRules: [] },
    {
      name: 'a missing amount: at the column heading, with the fill-in-0 hint',
      code: NO_OTHER,
      errors: [{ ...posOf(NO_OTHER, '年度资金申请总额:'), path: ['项目资金', '年度资金申请总额', '其他资金'], message: ['缺少必填项「项目资金 › 年度资金申请总额 › 其他资金」', '没有这项资金时填 0'], en: 'Write 0' }],
      otherRules: [],
    },
    {
      name: 'an amount left blank',
      code: EMPTY_CARRYOVER,
      errors: [{ ...posOf(EMPTY_CARRYOVER, '上年结转资金'), path: ['项目资金', '年度资金申请总额', '上年结转资金'], message: ['没有填写内容', '没有时填 0'] }],
      otherRules: [],
    },
    { name: '年度总体目标 missing', code: NO_ANNUAL_GOAL, errors: [{ ...posOf(NO_ANNUAL_GOAL, '绩效目标:'), path: ['绩效目标', '年度总体目标'], message: '年度总体目标' }], otherRules: [] },
    { name: '年度总体目标 an empty block', code: EMPTY_GOAL_BLOCK, errors: [{ ...posOf(EMPTY_GOAL_BLOCK, '年度总体目标'), path: ['绩效目标', '年度总体目标'], message: '没有填写内容' }], otherRules: [] },
    { name: '绩效指标 missing', code: NO_INDICATORS, errors: [{ ...ROOT, path: ['绩效指标'], message: '缺少必填项「绩效指标」' }], otherRules: [] },
    { name: '绩效指标 empty', code: EMPTY_INDICATORS, errors: [{ ...posOf(EMPTY_INDICATORS, '绩效指标:'), path: ['绩效指标'], message: '「绩效指标」没有填写内容' }], otherRules: [] },
    { name: '年度资金申请总额 missing', code: NO_ANNUAL_COLUMN, errors: [{ ...posOf(NO_ANNUAL_COLUMN, '项目资金:'), path: ['项目资金', '年度资金申请总额'] }], otherRules: [] },
    {
      name: 'several missing fields: one finding each',
      code: declaration({ head: { 项目性质: null, 实施单位: null } }),
      errors: [
        { ...ROOT, path: ['项目性质'] },
        { ...ROOT, path: ['实施单位'] },
      ],
      otherRules: [],
    },
  ],
});
