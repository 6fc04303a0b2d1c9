import { diagnosticMessage } from '../../src/diagnostics/types.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createConfigResolver } from '../../src/config/resolve.js';
import { fixtureDir } from '../helpers/cli.js';

const at = (problems: readonly { file: string; span: { line: number; column: number }; rule: string }[]) => problems.map((p) => `${p.file}:${p.span.line}:${p.span.column} ${p.rule}`);

describe('finding declare.config.yaml', () => {
  it('the nearest file above a declaration wins; the search goes up to the root', () => {
    const dir = fixtureDir({
      'declare.config.yaml': 'rules:\n  unit-mismatch: error\n',
      'a/declare.config.yaml': 'rules:\n  unit-mismatch: off\n',
      'a/b/c/x.yaml': '',
      'd/y.yaml': '',
    });
    const configs = createConfigResolver({ cwd: dir });
    expect(configs.forFile('a/b/c/x.yaml').check.severity).toEqual({ 'unit-mismatch': 'off' });
    expect(configs.forFile('a/b/c/x.yaml').file).toBe(join('a', 'declare.config.yaml'));
    expect(configs.forFile('d/y.yaml').check.severity).toEqual({ 'unit-mismatch': 'error' });
    // The same file is read once and shared.
    expect(configs.forFile('a/z.yaml')).toBe(configs.forFile('a/b/c/x.yaml'));
    expect(configs.problems).toEqual([]);
  });

  it('without any configuration file, the built-in defaults apply', () => {
    const dir = fixtureDir({ 'x.yaml': '' });
    const configs = createConfigResolver({ cwd: dir });
    expect(configs.forFile('x.yaml')).toEqual({ check: {} });
    expect(configs.global).toEqual({ check: {} });
  });

  it('recognises declare.config.yml too, and prefers .yaml when both exist', () => {
    const dir = fixtureDir({ 'a/declare.config.yml': 'lang: en\n', 'b/declare.config.yml': 'lang: en\n', 'b/declare.config.yaml': 'lang: zh\n' });
    const configs = createConfigResolver({ cwd: dir });
    expect(configs.forFile('a/x.yaml').lang).toBe('en');
    expect(configs.forFile('b/x.yaml').lang).toBe('zh');
  });

  it('--config applies to every file and no other configuration is read', () => {
    const dir = fixtureDir({ 'a/declare.config.yaml': 'rules:\n  unit-mismatch: off\n', 'team.yaml': 'rules:\n  unit-mismatch: error\nlang: en\n' });
    const configs = createConfigResolver({ cwd: dir, explicit: 'team.yaml' });
    expect(configs.forFile('a/x.yaml').check.severity).toEqual({ 'unit-mismatch': 'error' });
    expect(configs.global.lang).toBe('en');
  });

  it('global comes from the working directory (or --config)', () => {
    const dir = fixtureDir({ 'declare.config.yaml': 'lang: en\n', 'sub/declare.config.yaml': 'lang: zh\n' });
    expect(createConfigResolver({ cwd: dir }).global.lang).toBe('en');
    expect(createConfigResolver({ cwd: join(dir, 'sub') }).global.lang).toBe('zh');
  });
});

describe('what a configuration sets', () => {
  it('maps rules, allow and lang onto the check options; the font is relative to the configuration file', () => {
    const dir = fixtureDir({
      'units/declare.config.yaml': [
        'lang: en',
        'font: fonts/SimSun.ttf',
        'rules:',
        '  project-nature: off',
        '  recommended-level1: error',
        'allow:',
        '  项目性质:',
        '    - 运转类项目',
        '  二级指标: [支撑服务]',
        '',
      ].join('\n'),
    });
    const c = createConfigResolver({ cwd: dir }).forFile('units/x.yaml');
    expect(c).toEqual({
      file: join('units', 'declare.config.yaml'),
      lang: 'en',
      font: join(dir, 'units', 'fonts', 'SimSun.ttf'),
      check: { severity: { 'project-nature': 'off', 'recommended-level1': 'error' }, ruleOptions: { 'project-nature': { allow: ['运转类项目'] }, 'nonstandard-level2': { allow: ['支撑服务'] } } },
    });
  });

  it('an explicit configuration resolves its font against its own folder, not the working directory', () => {
    const dir = fixtureDir({ 'conf/team.yaml': 'font: ../fonts/a.otf\n' });
    expect(createConfigResolver({ cwd: dir, explicit: 'conf/team.yaml' }).global.font).toBe(join(dir, 'fonts', 'a.otf'));
  });

  it('empty sections and a comments-only file set nothing and are not errors', () => {
    const dir = fixtureDir({ 'a/declare.config.yaml': '# 暂无设置\n', 'b/declare.config.yaml': 'rules:\nallow:\n' });
    const configs = createConfigResolver({ cwd: dir });
    expect(configs.forFile('a/x.yaml').check).toEqual({});
    expect(configs.forFile('b/x.yaml').check).toEqual({});
    expect(configs.problems).toEqual([]);
  });
});

describe('mistakes in a configuration file', () => {
  const broken = (yaml: string) => {
    const dir = fixtureDir({ 'declare.config.yaml': yaml });
    const configs = createConfigResolver({ cwd: dir });
    return configs.problems;
  };

  it('an unknown key is reported at its line and column with a suggestion, at any level', () => {
    const p = broken('lang: zh\nrule:\n  unit-mismatch: off\nallow:\n  二级指数: [x]\n');
    expect(at(p)).toEqual(['declare.config.yaml:2:1 config-unknown-key', 'declare.config.yaml:5:3 config-unknown-key']);
    expect(diagnosticMessage(p[0]!, 'zh')).toContain('您是不是想写“rules”');
    expect(diagnosticMessage(p[0]!, 'en')).toContain('Did you mean "rules"');
    expect(diagnosticMessage(p[1]!, 'zh')).toContain('“二级指标”');
  });

  it('an unknown rule id is an error with the closest id', () => {
    const p = broken('rules:\n  project-natur: off\n  whatever-this-is: off\n');
    expect(at(p)).toEqual(['declare.config.yaml:2:3 config-unknown-rule', 'declare.config.yaml:3:3 config-unknown-rule']);
    expect(diagnosticMessage(p[0]!, 'zh')).toContain('“project-nature”');
    expect(diagnosticMessage(p[1]!, 'zh')).not.toContain('您是不是想写');
  });

  it('bad values: severity, language, types, empty list items', () => {
    const p = broken('lang: chinese\nfont: 12\nrules:\n  project-nature: ignore\nallow:\n  项目性质: 运转类\n  二级指标:\n    - ""\n');
    expect(at(p)).toEqual([
      'declare.config.yaml:1:7 config-invalid',
      'declare.config.yaml:2:7 config-invalid',
      'declare.config.yaml:4:19 config-invalid',
      'declare.config.yaml:6:9 config-invalid',
      'declare.config.yaml:8:7 config-invalid',
    ]);
    expect(diagnosticMessage(p[0]!, 'zh')).toContain('zh 或 en');
    expect(diagnosticMessage(p[2]!, 'zh')).toContain('off（关闭）、warning（警告）或 error（错误）');
    expect(diagnosticMessage(p[2]!, 'zh')).toContain('“ignore”');
  });

  it('the rules that make a file readable cannot be switched off or downgraded', () => {
    const p = broken('rules:\n  yaml-syntax: off\n  unknown-key: warning\n  required-field: error\n');
    expect(at(p)).toEqual(['declare.config.yaml:2:16 config-invalid', 'declare.config.yaml:3:16 config-invalid']);
  });

  it('YAML mistakes are reported like in a declaration', () => {
    const p = broken('rules:\n  project-nature: off\n  project-nature: error\n');
    expect(at(p)).toEqual(['declare.config.yaml:3:3 yaml-duplicate-key']);
    expect(at(broken('- lang: zh\n'))).toEqual(['declare.config.yaml:1:1 config-invalid']);
  });

  it('a missing --config file is a problem, not a silent default', () => {
    const dir = fixtureDir({});
    const configs = createConfigResolver({ cwd: dir, explicit: 'nope.yaml' });
    expect(at(configs.problems)).toEqual(['nope.yaml:1:1 config-invalid']);
    expect(diagnosticMessage(configs.problems[0]!, 'zh')).toContain('找不到配置文件');
  });

  it('problems of configuration files found next to declarations appear once those files are looked up', () => {
    const dir = fixtureDir({ 'a/declare.config.yaml': 'lnag: zh\n' });
    mkdirSync(join(dir, 'a', 'b'));
    writeFileSync(join(dir, 'a', 'b', 'x.yaml'), '');
    const configs = createConfigResolver({ cwd: dir });
    expect(configs.problems).toEqual([]);
    configs.forFile('a/b/x.yaml');
    configs.forFile('a/y.yaml');
    expect(at(configs.problems)).toEqual([`${join('a', 'declare.config.yaml')}:1:1 config-unknown-key`]);
  });
});
