import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleText, expectNoStack, fixtureDir, lineOfText } from '../helpers/cli.js';
import { runCli, runCliJson } from '../helpers/run.js';

const BASE = exampleText('机关服务费');

describe('declare validate on the examples', () => {
  it('passes the six approved forms with exit 0 and reports their real flaws as warnings at the right lines', async () => {
    const r = await runCliJson(['validate', 'examples/']);
    expect(r.code).toBe(0);
    expectNoStack(r);
    expect(r.json).toMatchObject({ files: 6, errors: 0, warnings: 13 });
    const found = r.json.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}`);
    expect(found).toEqual([
      // Each a true flaw a reviewer would raise (see test/model/examples.test.ts).
      'examples/宣传文化发展专项资金项目.yaml:13:9 warning whole-life-equals-annual',
      'examples/宣传文化发展专项资金项目.yaml:27:10 warning goal-indicator-mismatch',
      'examples/宣传文化发展专项资金项目.yaml:27:51 warning goal-indicator-mismatch',
      'examples/宣传文化发展专项资金项目.yaml:45:5 warning nonstandard-level2',
      'examples/宣传文化发展专项资金项目.yaml:49:15 warning unmeasurable-value',
      'examples/宣传文化发展专项资金项目.yaml:54:14 warning unmeasurable-value',
      'examples/机关服务费.yaml:42:9 warning duplicate-indicator',
      'examples/网络安全和信息化工作.yaml:23:61 warning goal-indicator-mismatch',
      'examples/网络安全和信息化工作.yaml:63:21 warning unmeasurable-value',
      'examples/网络宣传工作.yaml:33:23 warning unit-mismatch',
      'examples/网络宣传工作.yaml:54:15 warning unmeasurable-value',
      'examples/重大活动保障.yaml:22:1 warning recommended-level1',
      'examples/重大活动保障.yaml:22:1 warning recommended-level1',
    ]);
    const dup = r.json.diagnostics.find((d) => d.rule === 'duplicate-indicator')!;
    expect(dup.path).toEqual(['绩效指标', '效益指标', '可持续影响指标', 0, '车辆安全保障天数']);
    expect(dup.message).toContain('车辆安全保障天数');
  });

  it('prints a readable report with a code frame, in Chinese by default and English with --lang en', async () => {
    const zh = await runCli(['validate', 'examples/网络宣传工作.yaml']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('examples/网络宣传工作.yaml:33:23 警告 unit-mismatch');
    expect(zh.stdout).toMatch(/> 33 \|\s+- 网上专项管理检查督导次数: =100\.00\(%\)/);
    expect(zh.stdout).toContain('检查了 1 个文件：0 个错误，2 个警告。');
    const en = await runCli(['validate', 'examples/网络宣传工作.yaml', '--lang', 'en']);
    expect(en.stdout).toContain('warning unit-mismatch');
    expect(en.stdout).toContain('is a count but its unit is %');
    expect(en.stdout).toContain('Checked 1 file: 0 errors, 2 warnings.');
  });

  it('DECLARE_LANG=en switches the language too; --lang wins over it', async () => {
    expect((await runCli(['validate', 'examples/网络宣传工作.yaml'], { env: { DECLARE_LANG: 'en' } })).stdout).toContain('Checked 1 file');
    expect((await runCli(['validate', 'examples/网络宣传工作.yaml', '--lang', 'zh'], { env: { DECLARE_LANG: 'en' } })).stdout).toContain('检查了 1 个文件');
  });

  it('--max-warnings turns too many warnings into a failure, as ESLint does', async () => {
    expect((await runCli(['validate', 'examples/', '--max-warnings', '13'])).code).toBe(0);
    const over = await runCli(['validate', 'examples/', '--max-warnings', '12']);
    expect(over.code).toBe(1);
    expect(over.stdout).toContain('警告数超过了 --max-warnings 12 的上限');
    expect((await runCli(['validate', 'examples/', '--max-warnings', 'x'])).code).toBe(2);
  });

  it('--quiet reports errors only', async () => {
    const r = await runCli(['validate', 'examples/', '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('警告 ');
  });

  it('the JSON report always carries the summary counts, also when everything passes', async () => {
    const dir = fixtureDir({ 'ok.yaml': exampleText('信息化运维项目') });
    const r = await runCliJson(['validate', dir]);
    expect(r.code).toBe(0);
    expect(r.json).toEqual({ files: 1, errors: 0, warnings: 0, diagnostics: [] });
  });

  it('mixes files and folders, walks folders recursively in a stable order and skips non-YAML files', async () => {
    const dir = fixtureDir({
      'b/deep/x.yml': exampleText('信息化运维项目'),
      'a.yaml': exampleText('重大活动保障'),
      'notes.txt': 'not a declaration',
      'declare.config.yaml': 'rules: {}\n',
    });
    const r = await runCliJson(['validate', dir, 'examples/网络宣传工作.yaml']);
    expect(r.code).toBe(0);
    expect(r.json.files).toBe(3);
    const files = [...new Set(r.json.diagnostics.map((d) => d.file))];
    expect(files[0]).toMatch(/a\.yaml$/);
    expect(files[1]).toBe('examples/网络宣传工作.yaml');
  });
});

describe('declare validate on bad input', () => {
  const cases: { name: string; content: string | Uint8Array; rule: string; line: number; column?: number; path?: (string | number)[]; message: string }[] = [
    {
      name: 'a YAML syntax error',
      content: BASE.replace('项目名称: 机关服务费', '项目名称: "机关服务费'),
      rule: 'yaml-syntax',
      line: lineOfText(BASE, '项目名称'),
      message: 'YAML 语法错误',
    },
    {
      name: 'a YAML indentation error',
      content: BASE.replace('项目类别: 其他运转类', '项目类别: 其他运转类\n  缩进: 错误'),
      rule: 'yaml-syntax',
      line: lineOfText(BASE, '项目类别'), // yaml notices where the value starts running into the next line
      message: '多半是下一行多缩进了',
    },
    {
      name: 'an unquoted >= (YAML block scalar) with a hint to write ≥',
      content: BASE.replace('≥95.00(%)', '>=95%'),
      rule: 'yaml-syntax',
      line: lineOfText(BASE, '≥95.00(%)'),
      message: '≥',
    },
    {
      name: 'a duplicate key',
      content: BASE.replace('项目性质: 其他经常性项目', '项目性质: 其他经常性项目\n项目性质: 经常性项目'),
      rule: 'yaml-duplicate-key',
      line: lineOfText(BASE, '项目性质') + 1,
      message: '重复',
    },
    {
      name: 'an alias bomb',
      content: 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n',
      rule: 'yaml-syntax',
      line: 2,
      message: '别名',
    },
    { name: 'an empty file', content: '', rule: 'file-empty', line: 1, message: '文件为空' },
    { name: 'a file with only comments', content: '# 待填写\n\n# 稍后补充\n', rule: 'file-empty', line: 1, message: '文件为空' },
    { name: 'a top-level list', content: '- 项目名称: x\n- 年度: 2025\n', rule: 'wrong-type', line: 1, path: [], message: '文件顶层' },
    {
      name: 'a GBK-encoded file',
      content: new Uint8Array(Buffer.concat([Buffer.from('年度: 2025\n', 'utf8'), Buffer.from([0xcf, 0xee, 0xc4, 0xbf, 0xc3, 0xfb, 0xb3, 0xc6])])), // 项目名称 in GBK
      rule: 'file-encoding',
      line: 2,
      column: 1,
      message: 'GBK',
    },
    {
      name: 'an unknown key with a suggestion',
      content: BASE.replace('    其他资金: 0.00', '    其它资金: 0.00'),
      rule: 'unknown-key',
      line: lineOfText(BASE, '    其他资金: 0.00'),
      column: 5,
      path: ['项目资金', '年度资金申请总额', '其它资金'],
      message: '您是不是想写「其他资金」',
    },
    {
      name: 'a sum that does not add up',
      content: BASE.replace('    合计: 700,000.00', '    合计: 710,000.00'),
      rule: 'fund-annual-sum',
      line: lineOfText(BASE, '    合计: 700,000.00'),
      column: 9,
      path: ['项目资金', '年度资金申请总额', '合计'],
      message: '合计写的是 710,000.00，但 当年财政拨款 700,000.00 + 上年结转资金 0.00 + 其他资金 0.00 = 700,000.00，相差 10,000.00 元',
    },
    {
      name: 'a missing field',
      content: BASE.replace(/^主管部门: .*\n/m, ''),
      rule: 'required-field',
      line: 2, // a missing top-level key points at the first key of the file
      path: ['主管部门'],
      message: '缺少必填项「主管部门」',
    },
    {
      name: 'a malformed indicator value',
      content: BASE.replace('=365.00(天)', '≥abc'),
      rule: 'indicator-value',
      line: lineOfText(BASE, '=365.00(天)'),
      message: '≥abc',
    },
    {
      name: 'a 二级 under the wrong 一级',
      content: BASE.replace('  效益指标:\n    社会效益指标:', '  效益指标:\n    数量指标:'),
      rule: 'indicator-level2-placement',
      line: lineOfText(BASE, '社会效益指标:'),
      message: '属于「产出指标」',
    },
  ];

  for (const c of cases) {
    it(`reports ${c.name} with file, line and rule, exit 1`, async () => {
      const dir = fixtureDir({ 'bad.yaml': c.content });
      const file = join(dir, 'bad.yaml');
      const r = await runCliJson(['validate', file]);
      expectNoStack(r);
      expect(r.code).toBe(1);
      const d = r.json.diagnostics.find((x) => x.rule === c.rule);
      expect(d, JSON.stringify(r.json.diagnostics, null, 1)).toBeDefined();
      expect(d!.file).toBe(file);
      expect(d!.severity).toBe('error');
      expect(d!.line).toBe(c.line);
      if (c.column !== undefined) expect(d!.column).toBe(c.column);
      if (c.path) expect(d!.path).toEqual(c.path);
      expect(d!.message).toContain(c.message);
      // The pretty report carries the same finding and never a stack trace.
      const pretty = await runCli(['validate', file]);
      expect(pretty.code).toBe(1);
      expectNoStack(pretty);
      expect(pretty.stdout).toContain(`${file}:${c.line}:`);
      expect(pretty.stdout).toContain(c.rule);
    });
  }

  it('accepts a UTF-8 BOM and CRLF line endings, with correct line numbers', async () => {
    const crlf = '\uFEFF' + BASE.replace('=365.00(天)', '≥abc').replace(/\n/g, '\r\n');
    const dir = fixtureDir({ 'crlf.yaml': crlf, 'ok.yaml': '\uFEFF' + BASE.replace(/\n/g, '\r\n') });
    const r = await runCliJson(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.json.files).toBe(2);
    const d = r.json.diagnostics.find((x) => x.rule === 'indicator-value')!;
    expect(d.file).toMatch(/crlf\.yaml$/);
    expect(d.line).toBe(lineOfText(BASE, '=365.00(天)'));
    expect(d.column).toBe(BASE.split('\n')[d.line - 1]!.indexOf('=365') + 1);
    expect(r.json.diagnostics.filter((x) => x.file.endsWith('ok.yaml') && x.severity === 'error')).toEqual([]);
  });

  it('reports every file, good and bad, in one run', async () => {
    const dir = fixtureDir({ 'a.yaml': BASE, 'b.yaml': '', 'c.yaml': BASE.replace('年度: 2025', '年度: 二〇二五') });
    const r = await runCliJson(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.json.files).toBe(3);
    expect(r.json.errors).toBe(2);
  });
});

describe('usage and I/O problems exit 2', () => {
  it('a path that does not exist', async () => {
    const r = await runCli(['validate', 'no/such/file.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('找不到“no/such/file.yaml”');
    expectNoStack(r);
  });

  it('an unknown flag, a bad --format, a missing argument and an unknown command', async () => {
    for (const args of [['validate', 'examples/', '--frobnicate'], ['validate', 'examples/', '--format', 'xml'], ['validate'], ['frobnicate']]) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('用法错误');
      expectNoStack(r);
    }
  });

  it('a folder with no declarations is an error, not a silent pass', async () => {
    const dir = fixtureDir({ 'readme.txt': 'x' });
    const r = await runCli(['validate', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('没有找到 .yaml 或 .yml 申报文件');
  });

  it('a run that cannot finish writes no machine report and no count line; the findings it made still show (#9)', async () => {
    const dir = fixtureDir({ 'a.yaml': BASE.replace('=365.00(天)', '≥abc') });
    for (const format of ['json', 'sarif', 'gitlab']) {
      const r = await runCli(['validate', dir, 'missing.yaml', '--format', format]);
      expect([r.code, r.stdout], format).toEqual([2, '']);
      expect(r.stderr).toContain('找不到“missing.yaml”');
    }
    const pretty = await runCli(['validate', dir, 'missing.yaml']);
    expect(pretty.code).toBe(2);
    expect(pretty.stdout).toContain('indicator-value');
    expect(pretty.stdout).not.toContain('检查了');
    expect(pretty.stderr).toContain('校验没有完成（已检查 1 个文件）');
    const github = await runCli(['validate', dir, 'missing.yaml', '--format', 'github']);
    expect(github.stdout).toMatch(/^::error /);
    expect(github.stdout).not.toContain('declare：检查了');
  });

  it('symlink loops are not followed', async () => {
    const dir = fixtureDir({ 'sub/a.yaml': BASE });
    symlinkSync(dir, join(dir, 'sub', 'loop'));
    mkdirSync(join(dir, 'other'));
    writeFileSync(join(dir, 'other', 'b.yaml'), BASE);
    const r = await runCliJson(['validate', dir]);
    expect(r.code).toBe(0);
    expect(r.json.files).toBe(2);
  });

  it('--help and --version succeed', async () => {
    const h = await runCli(['--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('validate');
    expect((await runCli(['validate', '--help'])).stdout).toContain('--max-warnings');
    expect((await runCli(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
