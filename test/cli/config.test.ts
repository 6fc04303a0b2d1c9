import { describe, expect, it } from 'vitest';
import { exampleText, expectNoStack, fixtureDir } from '../helpers/cli.js';
import { runCli, runCliJson } from '../helpers/run.js';
import { replaceLine, VALID } from '../helpers/fixture.js';

/** 网络宣传工作 with an assessable 网络环境 has exactly one finding: a unit-mismatch warning. */
const ONE_WARNING = exampleText('网络宣传工作').replace('网络环境: 进一步净化', '网络环境: 无重大网络安全事件');

describe('declare.config.yaml: rule levels', () => {
  it('turns a warning off, or into an error that fails the run', async () => {
    const off = fixtureDir({ 'declare.config.yaml': 'rules:\n  unit-mismatch: off\n', 'x.yaml': ONE_WARNING });
    expect((await runCliJson(['validate', off])).json).toMatchObject({ errors: 0, warnings: 0 });
    const error = fixtureDir({ 'declare.config.yaml': 'rules:\n  unit-mismatch: error\n', 'x.yaml': ONE_WARNING });
    const r = await runCliJson(['validate', error]);
    expect(r.code).toBe(1);
    expect(r.json.diagnostics.map((d) => `${d.severity} ${d.rule}`)).toEqual(['error unit-mismatch']);
  });

  it('downgrades an error to a warning, and the run passes', async () => {
    const text = VALID.replace('合计: 1,000,000.00', '合计: 999');
    const dir = fixtureDir({ 'declare.config.yaml': 'rules:\n  fund-annual-sum: warning\n', 'x.yaml': text });
    const r = await runCliJson(['validate', dir]);
    expect(r.code).toBe(0);
    expect(r.json.diagnostics.map((d) => `${d.severity} ${d.rule}`)).toEqual(['warning fund-annual-sum']);
  });
});

describe('declare.config.yaml: finding it, and precedence', () => {
  it('the nearest file above each declaration wins, found by walking up', async () => {
    const dir = fixtureDir({
      'declare.config.yaml': 'rules:\n  unit-mismatch: error\n',
      'quiet/declare.config.yaml': 'rules:\n  unit-mismatch: off\n',
      'quiet/deep/er/a.yaml': ONE_WARNING,
      'loud/b.yaml': ONE_WARNING,
    });
    const r = await runCliJson(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.json.diagnostics.map((d) => `${d.file.split('/').slice(-2).join('/')} ${d.severity}`)).toEqual(['loud/b.yaml error']);
  });

  it('--config replaces the search and applies to every file', async () => {
    const dir = fixtureDir({
      'quiet/declare.config.yaml': 'rules:\n  unit-mismatch: off\n',
      'quiet/a.yaml': ONE_WARNING,
      'other/b.yaml': ONE_WARNING,
    });
    const team = fixtureDir({ 'team.yaml': 'rules:\n  unit-mismatch: error\n' });
    const r = await runCliJson(['validate', dir, '--config', `${team}/team.yaml`]);
    expect(r.json.diagnostics.map((d) => d.severity)).toEqual(['error', 'error']);
  });

  it('language: --lang > DECLARE_LANG > --config file > nearest configuration > Chinese', async () => {
    const dir = fixtureDir({ 'declare.config.yaml': 'lang: en\n', 'zh.yaml': 'lang: zh\n', 'x.yaml': ONE_WARNING });
    const summary = async (args: string[], env: Record<string, string> = {}) => {
      const out = (await runCli(['validate', 'x.yaml', ...args], { cwd: dir, env })).stdout;
      return out.includes('Checked 1 file') ? 'en' : out.includes('检查了 1 个文件') ? 'zh' : '?';
    };
    expect(await summary([])).toBe('en'); // nearest configuration
    expect(await summary(['--config', 'zh.yaml'])).toBe('zh'); // --config over the nearest file
    expect(await summary(['--config', 'zh.yaml'], { DECLARE_LANG: 'en' })).toBe('en'); // environment over configuration
    expect(await summary([], { DECLARE_LANG: 'zh' })).toBe('zh');
    expect(await summary(['--lang', 'zh'], { DECLARE_LANG: 'en' })).toBe('zh'); // flag over everything
    expect(await summary(['--lang', 'en'], { DECLARE_LANG: 'zh' })).toBe('en');
    const none = fixtureDir({ 'x.yaml': ONE_WARNING });
    expect((await runCli(['validate', 'x.yaml'], { cwd: none })).stdout).toContain('检查了 1 个文件'); // built-in default
  });

  it('the rules and explain commands follow the configured language too', async () => {
    const dir = fixtureDir({ 'declare.config.yaml': 'lang: en\n' });
    expect((await runCli(['rules'], { cwd: dir })).stdout).toContain('Annual funding total does not add up');
    expect((await runCli(['explain', 'fund-annual-sum'], { cwd: dir })).stdout).toContain('Wrong:');
    expect((await runCli(['explain', 'fund-annual-sum', '--lang', 'zh'], { cwd: dir })).stdout).toContain('错误的写法');
  });
});

describe('declare.config.yaml: the unit’s own vocabulary', () => {
  it('allow › 项目性质 accepts a local 项目性质 without a warning', async () => {
    const decl = replaceLine(VALID, '项目性质', '项目性质: 运转类项目');
    const without = fixtureDir({ 'x.yaml': decl });
    expect((await runCliJson(['validate', without])).json.diagnostics.map((d) => d.rule)).toEqual(['project-nature']);
    const withIt = fixtureDir({ 'declare.config.yaml': 'allow:\n  项目性质:\n    - 运转类项目\n', 'x.yaml': decl });
    expect((await runCliJson(['validate', withIt])).json.diagnostics).toEqual([]);
  });

  it('allow › 二级指标 accepts a local 二级 label (支撑服务 in a real approved form)', async () => {
    const decl = exampleText('宣传文化发展专项资金项目');
    const rules = async (dir: string) => (await runCliJson(['validate', dir])).json.diagnostics.map((d) => d.rule);
    expect(await rules(fixtureDir({ 'x.yaml': decl }))).toContain('nonstandard-level2');
    expect(await rules(fixtureDir({ 'declare.config.yaml': 'allow:\n  二级指标: [支撑服务]\n', 'x.yaml': decl }))).not.toContain('nonstandard-level2');
  });

  it('an empty configuration (rules: {}) changes nothing', async () => {
    const dir = fixtureDir({ 'declare.config.yaml': 'rules: {}\n', 'x.yaml': ONE_WARNING });
    expect((await runCliJson(['validate', dir])).json).toMatchObject({ errors: 0, warnings: 1 });
  });
});

describe('a broken configuration stops the command (exit 2)', () => {
  it('reports an unknown key at file:line:col with a suggestion, and checks nothing', async () => {
    const dir = fixtureDir({ 'declare.config.yaml': 'lang: zh\nrule:\n  unit-mismatch: off\n', 'x.yaml': ONE_WARNING });
    const r = await runCli(['validate', dir, '--format', 'json']);
    expect(r.code).toBe(2);
    expectNoStack(r);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('declare.config.yaml:2:1 错误 config-unknown-key');
    expect(r.stderr).toContain('您是不是想写“rules”');
  });

  it('reports an unknown rule id with the closest id, in English with --lang en', async () => {
    const dir = fixtureDir({ 'declare.config.yaml': 'rules:\n  unit-mismach: off\n', 'x.yaml': ONE_WARNING });
    const r = await runCli(['validate', dir, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('declare.config.yaml:2:3 error config-unknown-rule');
    expect(r.stderr).toContain('Did you mean "unit-mismatch"?');
  });

  it('reports bad values and YAML errors with their positions', async () => {
    const dir = fixtureDir({ 'declare.config.yaml': 'rules:\n  unit-mismatch: maybe\n', 'x.yaml': ONE_WARNING });
    const r = await runCli(['validate', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('declare.config.yaml:2:18 错误 config-invalid');
    const yaml = fixtureDir({ 'declare.config.yaml': 'rules:\n  unit-mismatch: off\n   bad: indent\n', 'x.yaml': ONE_WARNING });
    const y = await runCli(['validate', yaml]);
    expect(y.code).toBe(2);
    expect(y.stderr).toMatch(/declare\.config\.yaml:\d+:\d+ 错误 yaml-syntax/);
  });

  it('a configuration deeper in the tree stops the run too, even when the top one is fine', async () => {
    const dir = fixtureDir({ 'declare.config.yaml': 'lang: zh\n', 'a/declare.config.yaml': 'rules:\n  yaml-syntax: off\n', 'a/x.yaml': ONE_WARNING, 'y.yaml': ONE_WARNING });
    const r = await runCli(['validate', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('config-invalid');
    expect(r.stdout).toBe('');
  });

  it('a missing --config file is exit 2 with the path named', async () => {
    const r = await runCli(['validate', 'examples/网络宣传工作.yaml', '--config', 'no/such/declare.config.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('找不到配置文件“no/such/declare.config.yaml”');
  });
});
