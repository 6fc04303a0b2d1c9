import { declaration, posOf } from '../helpers/fixture.js';
import { ruleTester, type Case } from '../helpers/rule-tester.js';

function bad(name: string, written: string, message: string[], absent?: string): Case {
  const code = declaration({ head: { 项目类别: written } });
  return { name, code, errors: [{ ...posOf(code, '项目类别', written), path: ['项目类别'], message, ...(absent && { absent }) }], otherRules: [] };
}

ruleTester('project-category', {
  valid: [
    { name: '特定目标类', code: declaration({ head: { 项目类别: '特定目标类' } }), otherRules: [] },
    { name: '其他运转类', code: declaration({ head: { 项目类别: '其他运转类' } }), otherRules: [] },
    { name: 'quoted', code: declaration({ head: { 项目类别: '"其他运转类"' } }), otherRules: [] },
  ],
  invalid: [
    bad('特定目标 → did you mean 特定目标类', '特定目标', ['项目类别“特定目标”无效', '特定目标类 或 其他运转类', '您是不是想写“特定目标类”']),
    bad('其他运转 → did you mean 其他运转类', '其他运转', ['您是不是想写“其他运转类”']),
    bad('其它运转类 (其它 for 其他)', '其它运转类', ['您是不是想写“其他运转类”']),
    bad('an unrelated value gets no guess', '基本支出', ['“基本支出”无效', '只能是 特定目标类 或 其他运转类'], '您是不是'),
    bad('a trailing space inside quotes is not the same text', "'特定目标类 '", ['无效']),
  ],
});
