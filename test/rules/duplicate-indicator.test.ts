import { declaration, indicatorPos, withItems } from '../helpers/fixture.js';
import { ruleTester } from '../helpers/rule-tester.js';

const ACROSS = declaration({ indicators: withItems('效益指标', '可持续影响指标', [['网络安全意识', '按期完成']]) });
const SAME_GROUP = declaration({ indicators: withItems('产出指标', '数量指标', [['培训次数', '≥4 次'], ['培训次数', '≥5 次']]) });
const SPACES = declaration({ indicators: withItems('效益指标', '可持续影响指标', [['网络安全 意识', '按期完成']]) });
const THRICE = declaration({ indicators: withItems('效益指标', '可持续影响指标', [['网络安全意识', '按期完成'], ['网络安全意识', '按期完成验收']]) });
// Decomposed and invisible spellings of the same name: U+0301 combining accent vs é, a zero-width space, a U+3000 space.
const UNICODE = declaration({ indicators: withItems('效益指标', '可持续影响指标', [['网络安全\u200b意识', '按期完成']]) });
const IDEOGRAPHIC_SPACE = declaration({ indicators: withItems('效益指标', '可持续影响指标', [['网络安全意识\u3000', '按期完成']]) });
const NFC = declaration({ indicators: withItems('产出指标', '数量指标', [['Café培训次数', '≥4 次'], ['Cafe\u0301培训次数', '≥5 次']]) });

const first = (code: string) => ({ ...indicatorPos(code, '效益指标', '社会效益指标', '网络安全意识'), message: '第一次出现在这里' });

ruleTester('duplicate-indicator', {
  valid: [
    { name: 'distinct names', code: declaration(), otherRules: [] },
    { name: 'names that differ by one character', code: declaration({ indicators: withItems('效益指标', '可持续影响指标', [['网络安全意识2', '按期完成']]) }), otherRules: [] },
  ],
  invalid: [
    {
      name: 'the same name in two groups (as in 机关服务费): at the second, note at the first',
      code: ACROSS,
      errors: [
        {
          ...indicatorPos(ACROSS, '效益指标', '可持续影响指标', '网络安全意识'),
          path: ['绩效指标', '效益指标', '可持续影响指标', 0, '网络安全意识'],
          severity: 'warning',
          message: ['三级指标「网络安全意识」在本表中重复出现', '前一处在「效益指标 › 社会效益指标」'],
          notes: [first(ACROSS)],
        },
      ],
      otherRules: [],
    },
    {
      name: 'twice in the same group',
      code: SAME_GROUP,
      errors: [
        {
          line: indicatorPos(SAME_GROUP, '产出指标', '数量指标', '培训次数').line + 1,
          column: 9,
          path: ['绩效指标', '产出指标', '数量指标', 1, '培训次数'],
          message: '前一处在「产出指标 › 数量指标」',
          notes: [{ ...indicatorPos(SAME_GROUP, '产出指标', '数量指标', '培训次数'), message: '第一次出现在这里' }],
        },
      ],
      otherRules: [],
    },
    {
      name: 'whitespace inside the name does not make it different',
      code: SPACES,
      errors: [{ ...indicatorPos(SPACES, '效益指标', '可持续影响指标', '网络安全 意识'), message: '「网络安全 意识」', notes: [first(SPACES)] }],
      otherRules: [],
    },
    {
      name: 'a zero-width space inside the name does not make it different (invisible-character also reports it)',
      code: UNICODE,
      errors: [{ ...indicatorPos(UNICODE, '效益指标', '可持续影响指标', '网络安全\u200b意识'), notes: [first(UNICODE)] }],
      otherRules: ['invisible-character'],
    },
    {
      name: 'nor does a trailing full-width space',
      code: IDEOGRAPHIC_SPACE,
      errors: [{ ...indicatorPos(IDEOGRAPHIC_SPACE, '效益指标', '可持续影响指标', '网络安全意识\u3000'), notes: [first(IDEOGRAPHIC_SPACE)] }],
      otherRules: [],
    },
    {
      name: 'nor does Unicode composition (é as one character or as e + U+0301)',
      code: NFC,
      errors: [{ ...indicatorPos(NFC, '产出指标', '数量指标', 'Cafe\u0301培训次数') }],
      otherRules: [],
    },
    {
      name: 'three times: two findings, both noting the first',
      code: THRICE,
      errors: [
        { ...indicatorPos(THRICE, '效益指标', '可持续影响指标', '网络安全意识'), path: ['绩效指标', '效益指标', '可持续影响指标', 0, '网络安全意识'], notes: [first(THRICE)] },
        { path: ['绩效指标', '效益指标', '可持续影响指标', 1, '网络安全意识'], line: indicatorPos(THRICE, '效益指标', '可持续影响指标', '网络安全意识').line + 1, notes: [first(THRICE)] },
      ],
      otherRules: [],
    },
  ],
});
