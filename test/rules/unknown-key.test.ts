import { declaration, funds, insertAfter, INDICATORS, indicators, multiYear, posOf, replaceLine, VALID } from '../helpers/fixture.js';
import { ruleTester } from '../helpers/rule-tester.js';

const TYPO = replaceLine(VALID, '    其他资金: 0', '    其它资金: 0');
const TYPO_COLUMN = declaration({ funds: funds().replace('年度资金申请总额', '年度资金申请总数') });
const WRONG_SECTION = insertAfter(VALID, '当年财政拨款', '    财政资金: 0');
const GOAL_AT_TOP = VALID + '项目总目标: 三年内完成体系建设。\n';
const UNKNOWN_TOP = VALID + '备注: 无\n';
const WITH_BAD_SUM = declaration({ head: { 项目负责人: '张三' }, funds: funds({ annual: { 合计: '999' } }) });
const TWO = insertAfter(insertAfter(VALID, '项目名称', '项目编号: 001'), '完成全年网络安全宣传和培训任务', '  附件: 无');

ruleTester('unknown-key', {
  valid: [
    { name: 'every key of the format, optional ones included', code: multiYear(), otherRules: [] },
    // 绩效指标 labels are free keys: a wrong one is indicator-level1's, not an unknown key.
    { name: 'an unknown 一级 label', code: declaration({ indicators: indicators({ ...INDICATORS, 其他指标: { 数量指标: [['新增', '按期完成']] } }) }), otherRules: ['indicator-level1'] },
    { name: 'an indicator name is never an unknown key', code: declaration({ indicators: indicators({ ...INDICATORS, 产出指标: { 数量指标: [['项目资金总额', '≥1 万元']] } }) }), otherRules: [] },
  ],
  invalid: [
    {
      name: 'typo 其它资金 → did you mean 其他资金 (and 其他资金 is then missing)',
      code: TYPO,
      errors: [{ ...posOf(TYPO, '其它资金'), path: ['项目资金', '年度资金申请总额', '其它资金'], message: ['未知的键「其它资金」', '您是不是想写「其他资金」', '拼错的键会被忽略'], en: 'Did you mean "其他资金"' }],
      otherRules: ['required-field'],
    },
    {
      name: 'typo in a column heading',
      code: TYPO_COLUMN,
      errors: [{ ...posOf(TYPO_COLUMN, '年度资金申请总数'), path: ['项目资金', '年度资金申请总数'], messageId: 'did-you-mean', data: { key: '年度资金申请总数', guess: '年度资金申请总额' } }],
      otherRules: ['required-field'],
    },
    {
      name: 'a key in the wrong column is pointed where it belongs',
      code: WRONG_SECTION,
      errors: [{ ...posOf(WRONG_SECTION, '财政资金'), path: ['项目资金', '年度资金申请总额', '财政资金'], messageId: 'belongs-elsewhere', data: { key: '财政资金', parent: ['项目资金', '年度资金申请总额'], home: ['项目资金', '项目资金总额'] } }],
      otherRules: [],
    },
    {
      name: '项目总目标 at the top level belongs under 绩效目标',
      code: GOAL_AT_TOP,
      errors: [{ ...posOf(GOAL_AT_TOP, '项目总目标'), path: ['项目总目标'], messageId: 'belongs-elsewhere', data: { key: '项目总目标', parent: [], home: ['绩效目标'] }, message: '不应写在「（文件顶层）」下' }],
      otherRules: [],
    },
    {
      name: 'an unknown key with no near match lists what is allowed',
      code: UNKNOWN_TOP,
      errors: [{ ...posOf(UNKNOWN_TOP, '备注'), path: ['备注'], messageId: 'unknown', data: { key: '备注', parent: [] }, message: '年度、项目名称、项目性质' }],
      otherRules: [],
    },
    // Unknown keys do not stop the rules: one typo must not hide a wrong sum elsewhere.
    {
      name: 'an unknown key and a wrong sum are both reported',
      code: WITH_BAD_SUM,
      errors: [{ ...posOf(WITH_BAD_SUM, '项目负责人'), path: ['项目负责人'], messageId: 'unknown', data: { key: '项目负责人' } }],
      otherRules: ['fund-annual-sum'],
    },
    {
      name: 'two unknown keys in different sections',
      code: TWO,
      errors: [
        { ...posOf(TWO, '项目编号'), path: ['项目编号'] },
        { ...posOf(TWO, '附件'), path: ['绩效目标', '附件'], message: '年度总体目标' },
      ],
      otherRules: [],
    },
  ],
});
