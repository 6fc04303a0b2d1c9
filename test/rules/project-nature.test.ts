import { PROJECT_NATURES } from '../../src/model/taxonomy.js';
import { declaration, posOf } from '../helpers/fixture.js';
import { ruleTester, type Case } from '../helpers/rule-tester.js';

function warns(name: string, written: string, message: string[], absent?: string): Case {
  const code = declaration({ head: { 项目性质: written } });
  return { name, code, errors: [{ ...posOf(code, '项目性质', written), path: ['项目性质'], severity: 'warning', message, ...(absent && { absent }) }], otherRules: [] };
}

ruleTester('project-nature', {
  valid: [
    ...PROJECT_NATURES.map((n) => ({ name: `known value ${n}`, code: declaration({ head: { 项目性质: n } }), otherRules: [] })),
    {
      name: 'a local value allowed by configuration',
      code: declaration({ head: { 项目性质: '民生实事项目' } }),
      options: { ruleOptions: { 'project-nature': { allow: ['民生实事项目'] } } },
      otherRules: [],
    },
  ],
  invalid: [
    warns('an unknown value warns and lists the known ones', '民生实事项目', ['项目性质“民生实事项目”不是常见取值', '一次性项目、经常性项目', 'declare.config.yaml'], '您是不是'),
    warns('typo 一次性项 → 一次性项目', '一次性项', ['您是不是想写“一次性项目”']),
    warns('typo 经常项目 → 经常性项目', '经常项目', ['您是不是想写“经常性项目”']),
    // The rule's own documented example: a truncated 经常性专项业务费.
    warns('truncated 经常性专项 → 经常性专项业务费', '经常性专项', ['您是不是想写“经常性专项业务费”']),
    {
      ...warns('configuration adds values (and suggestions), it does not silence others', '民生实事', ['您是不是想写“民生实事项目”']),
      options: { ruleOptions: { 'project-nature': { allow: ['民生实事项目'] } } },
    },
  ],
});
