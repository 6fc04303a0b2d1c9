import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check/check-file.js';
import { createConfigResolver } from '../../src/config/resolve.js';
import { fixtureDir } from '../helpers/cli.js';
import { declaration } from '../helpers/fixture.js';

const configOf = (yaml: string) => createConfigResolver({ cwd: fixtureDir({ 'declare.config.yaml': yaml }) });
const problems = (yaml: string) => configOf(yaml).problems.map((p) => ({ at: `${p.span.line}:${p.span.column}`, rule: p.rule, messageId: p.messageId, data: p.data }));

describe('rule options, declared by each rule and validated at config load', () => {
  it('a rule takes its level and its options as a mapping', () => {
    const c = configOf('rules:\n  project-nature:\n    level: error\n    allow: [运转类项目]\n').global;
    expect(c.check).toEqual({ severity: { 'project-nature': 'error' }, ruleOptions: { 'project-nature': { allow: ['运转类项目'] } } });
    const code = declaration({ head: { 项目性质: '运转类项目' } });
    expect(checkFile('a.yaml', Buffer.from(code), c.check).diagnostics).toEqual([]);
  });

  it('options without a level keep the default level', () => {
    const c = configOf('rules:\n  nonstandard-level2:\n    allow: [支撑服务]\n').global;
    expect(c.check).toEqual({ ruleOptions: { 'nonstandard-level2': { allow: ['支撑服务'] } } });
  });

  it('the older `allow:` lists set the same options, merged with the rule’s own', () => {
    const c = configOf('rules:\n  project-nature:\n    allow: [甲]\nallow:\n  项目性质: [乙]\n').global;
    expect(c.check.ruleOptions).toEqual({ 'project-nature': { allow: ['甲', '乙'] } });
  });

  it('an option of the wrong type is config-invalid at the option, naming rule and option', () => {
    expect(problems('rules:\n  project-nature:\n    allow: 运转类项目\n')).toEqual([
      { at: '3:12', rule: 'config-invalid', messageId: 'rule-option', data: { rule: 'project-nature', option: 'allow', got: { kind: 'text', text: '运转类项目' } } },
    ]);
  });

  it('an option the rule does not have is config-unknown-key with a did-you-mean', () => {
    expect(problems('rules:\n  project-nature:\n    alow: [甲]\n')).toEqual([
      { at: '3:5', rule: 'config-unknown-key', messageId: 'unknown', data: { key: 'alow', guess: 'allow', parent: ['rules', 'project-nature'], allowed: ['level', 'allow'] } },
    ]);
    expect(problems('rules:\n  unit-mismatch:\n    allow: [甲]\n')[0]).toMatchObject({ rule: 'config-unknown-key', data: { allowed: ['level'] } });
  });

  it('a wrong level inside the mapping is config-invalid at the level', () => {
    expect(problems('rules:\n  unit-mismatch:\n    level: loud\n')).toEqual([
      { at: '3:12', rule: 'config-invalid', messageId: 'rule-level', data: { rule: 'unit-mismatch', got: { kind: 'text', text: 'loud' } } },
    ]);
  });

  it('a rule of the load or schema phase cannot be switched off, in either form', () => {
    expect(problems('rules:\n  yaml-syntax: off\n')[0]).toMatchObject({ rule: 'config-invalid', messageId: 'locked', data: { rule: 'yaml-syntax', level: 'off' } });
    expect(problems('rules:\n  wrong-type:\n    level: warning\n')[0]).toMatchObject({ at: '3:12', messageId: 'locked' });
  });
});
