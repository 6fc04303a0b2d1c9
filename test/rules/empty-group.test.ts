import { declaration, indicators, INDICATORS, posOf, withItems } from '../helpers/fixture.js';
import { ruleTester, type Case } from '../helpers/rule-tester.js';

function emptyLevel2(name: string, items: string | null): Case {
  const code = declaration({ indicators: withItems('产出指标', '时效指标', items) });
  return {
    name,
    code,
    errors: [{ ...posOf(code, '时效指标'), column: 5, path: ['绩效指标', '产出指标', '时效指标'], message: ['「产出指标 › 时效指标」下没有任何三级指标', '多缩进两格'] }],
    otherRules: [],
  };
}

const EMPTY_L1 = declaration({ indicators: indicators({ ...INDICATORS, 效益指标: null }) });
const EMPTY_L1_MAP = declaration({ indicators: indicators({ ...INDICATORS, 效益指标: null }).replace('  效益指标:', '  效益指标: {}') });
const TWO = declaration({ indicators: indicators({ ...INDICATORS, 产出指标: { 数量指标: null, 质量指标: '[]' } }) });

ruleTester('empty-group', {
  valid: [
    { name: 'every group has items', code: declaration(), otherRules: [] },
    { name: 'a one-item flow list', code: declaration({ indicators: withItems('产出指标', '时效指标', '[{完成时间: ≤12 月}]') }), otherRules: [] },
  ],
  invalid: [
    emptyLevel2('`时效指标:` with nothing under it', null),
    emptyLevel2('`时效指标: []`', '[]'),
    emptyLevel2('`时效指标: ~`', '~'),
    {
      name: 'an empty 一级',
      code: EMPTY_L1,
      errors: [{ ...posOf(EMPTY_L1, '  效益指标:', '效益指标'), path: ['绩效指标', '效益指标'], message: ['一级指标「效益指标」下没有任何二级指标', '删除这一行'] }],
      otherRules: [],
    },
    {
      name: 'an empty 一级 written `{}`',
      code: EMPTY_L1_MAP,
      errors: [{ ...posOf(EMPTY_L1_MAP, '  效益指标:', '效益指标'), path: ['绩效指标', '效益指标'], message: '没有任何二级指标' }],
      otherRules: [],
    },
    {
      name: 'two empty groups',
      code: TWO,
      errors: [
        { ...posOf(TWO, '    数量指标:', '数量指标'), path: ['绩效指标', '产出指标', '数量指标'], message: '数量指标' },
        { ...posOf(TWO, '    质量指标:', '质量指标'), path: ['绩效指标', '产出指标', '质量指标'], message: '质量指标' },
      ],
      otherRules: [],
    },
  ],
});
