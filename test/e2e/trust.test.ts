import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cli, cliJson, exampleText, expectNoStack, fixtureDir, lineOfText, type CliResult } from '../helpers/cli.js';
import { ROOT } from '../helpers/examples.js';

/**
 * What the user wrote is what is checked and printed, or a finding says why
 * not (issue #9): one case per class, all in one folder and one run of the
 * built CLI, each asserted by rule, line and column. The bulk of the cases
 * lives in the rule tables (test/rules) and model tests (test/model).
 */
const BASE = exampleText('网络宣传工作');
const VALUE = '≥12.00(次)';
const VALUE_LINE = lineOfText(BASE, VALUE);
const col = (text: string, needle: string) => {
  const line = text.split('\n')[lineOfText(text, needle) - 1]!;
  return line.indexOf(needle) + 1;
};
/** One line of BASE changed: `from` (unique on its line) becomes `to`. */
const edit = (from: string, to: string) => {
  if (!BASE.includes(from)) throw new Error(`not in BASE: ${from}`);
  return BASE.replace(from, to);
};

interface Expect {
  readonly rule: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly severity?: 'error' | 'warning';
}

const CASES: Record<string, { content: string | Uint8Array; expect: Expect }> = {
  'full-width-comma.yaml': {
    content: edit(VALUE, '≥1，000次'),
    expect: { rule: 'indicator-value', line: VALUE_LINE, column: col(BASE, VALUE) + 2, message: '请写成 ≥1,000(次) 或 ≥1000(次)' },
  },
  'full-width-digits-amount.yaml': {
    content: edit('    其他资金: 0.00', '    其他资金: １０'),
    expect: { rule: 'amount-format', line: lineOfText(BASE, '    其他资金: 0.00'), column: 11, message: '全角数字“１”' },
  },
  'negative-target.yaml': {
    content: edit(VALUE, '≥-5(%)'),
    expect: { rule: 'indicator-value', line: VALUE_LINE, column: col(BASE, VALUE) + 1, message: '指标值不能为负' },
  },
  'huge-amount.yaml': {
    content: edit('    其他资金: 0.00', `    其他资金: ${'9'.repeat(401)}`),
    expect: { rule: 'amount-format', line: lineOfText(BASE, '    其他资金: 0.00'), column: 11, message: '太大' },
  },
  'zero-width-space.yaml': {
    content: edit('项目名称: 网络宣传工作', '项目名称: 网络\u200b宣传工作'),
    expect: { rule: 'invisible-character', line: 3, column: 9, message: 'U+200B（零宽空格）', severity: 'warning' },
  },
  'bidi-override.yaml': {
    content: edit('项目名称: 网络宣传工作', '项目名称: 网络宣传\u202e工作'),
    expect: { rule: 'control-character', line: 3, column: 11, message: 'U+202E（从右到左覆盖）' },
  },
  'blank-name.yaml': {
    content: edit('项目名称: 网络宣传工作', '项目名称: "\u3000 "'),
    expect: { rule: 'required-field', line: 3, column: 1, message: '「项目名称」没有填写内容' },
  },
  'empty-indicator-name.yaml': {
    content: edit('- 网民满意度: ≥90(%)', '- "": ≥90(%)'),
    expect: { rule: 'required-field', line: lineOfText(BASE, '网民满意度'), column: 9, message: '三级指标没有名称' },
  },
  'year.yaml': {
    content: edit('年度: 2025', '年度: 20255'),
    expect: { rule: 'year-in-range', line: 2, column: 5, message: '不是合理的年份' },
  },
  'timestamp-tag.yaml': {
    content: edit('计划开始日期: 2025-01-01', '计划开始日期: !!timestamp 2025-01-01'),
    expect: { rule: 'yaml-syntax', line: lineOfText(BASE, '计划开始日期'), column: 21, message: '“!!timestamp”' },
  },
  'yaml-directive.yaml': {
    content: '%YAML 1.1\n---\n' + BASE,
    expect: { rule: 'yaml-syntax', line: 1, column: 1, message: '%YAML 1.1' },
  },
  'per-mille.yaml': {
    content: edit(VALUE, '≥5‰'),
    expect: { rule: 'unit-mismatch', line: VALUE_LINE, column: col(BASE, VALUE), message: '单位却是 ‰', severity: 'warning' },
  },
  // The older indicator system: one finding that names it (no profile is configured), and nothing says a category is missing.
  'older-system.yaml': {
    content: edit('  成本指标:\n    经济成本指标:', '  产出指标:\n    成本指标:').replace('  产出指标:\n    数量指标:', '    数量指标:'),
    expect: { rule: 'indicator-system', line: lineOfText(BASE, '绩效指标:'), column: 1, message: '本表按旧版指标体系填写', severity: 'warning' },
  },
  // Keep checking after the first problem: without 项目名称 the value three lines down is still checked.
  'missing-header.yaml': {
    content: edit('项目名称: 网络宣传工作\n', '').replace(VALUE, '≥1，000次'),
    expect: { rule: 'indicator-value', line: VALUE_LINE - 1, column: col(BASE, VALUE) + 2, message: '请写成 ≥1,000(次) 或 ≥1000(次)' },
  },
  'utf-32.yaml': {
    content: (() => {
      const cps = [...BASE].map((c) => c.codePointAt(0)!);
      const b = Buffer.alloc(4 + cps.length * 4);
      b.writeUInt32LE(0xfeff, 0);
      cps.forEach((cp, i) => b.writeUInt32LE(cp, 4 + i * 4));
      return b;
    })(),
    expect: { rule: 'file-encoding', line: 1, column: 1, message: 'UTF-32LE' },
  },
};

describe('trust: every class of issue #9 on the built CLI', () => {
  it('each file gets its finding at the character at fault, exit 1, no stack trace and no internal error', () => {
    const dir = fixtureDir(Object.fromEntries(Object.entries(CASES).map(([name, c]) => [name, c.content])));
    const r = cliJson(['validate', dir]);
    expectNoStack(r);
    expect(r.stderr).not.toContain('内部错误');
    expect(r.code).toBe(1);
    expect(r.json.files).toBe(Object.keys(CASES).length);
    for (const [name, c] of Object.entries(CASES)) {
      const found = r.json.diagnostics.filter((d) => d.file === join(dir, name) && d.rule === c.expect.rule && d.line === c.expect.line);
      expect(found, `${name}: ${JSON.stringify(r.json.diagnostics.filter((d) => d.file === join(dir, name)), null, 1)}`).toHaveLength(1);
      const d = found[0]!;
      expect([d.line, d.column, d.severity], name).toEqual([c.expect.line, c.expect.column, c.expect.severity ?? 'error']);
      expect(d.message, name).toContain(c.expect.message);
    }
    // The missing field itself, at its parent (the top of the file): one finding, beside the value's.
    const missing = r.json.diagnostics.filter((d) => d.file === join(dir, 'missing-header.yaml') && d.rule === 'required-field');
    expect(missing.map((d) => [d.line, d.column, d.message])).toEqual([[2, 1, '缺少必填项「项目名称」。请补上后重试。']]);
    // No self-contradicting findings: the category reported misplaced is not also reported missing.
    const older = r.json.diagnostics.filter((d) => d.file === join(dir, 'older-system.yaml'));
    expect(older.map((d) => d.rule)).not.toContain('recommended-level1');
    expect(older.map((d) => d.rule)).not.toContain('required-level1');
    expect(older.map((d) => d.message).join('\n')).not.toContain('2021 年以前');
  });

  it('keys such as __proto__, constructor and toString are ordinary names: the file validates with all of them', () => {
    const content = edit('- 网民满意度: ≥90(%)', '- 网民满意度: ≥90(%)\n      - __proto__: ≥90(%)\n      - constructor: ≥90(%)\n      - toString: ≥90(%)');
    const dir = fixtureDir({ 'proto.yaml': content });
    const r = cli(['render', join(dir, 'proto.yaml'), '-o', join(dir, 'out'), '--xlsx']);
    expectNoStack(r);
    expect(r.code, r.stderr).toBe(0);
  });
});

describe('trust: only regular files are read', () => {
  /**
   * The built CLI under a 2 GB address-space limit and a 60 s deadline: should
   * a reader ever regress to reading /dev/zero or waiting on a FIFO, this test
   * fails in seconds instead of exhausting the machine's memory or hanging the
   * suite (an earlier regression read /dev/zero until 23 GB).
   */
  const bounded = (args: readonly string[], cwd?: string): CliResult => {
    const r = spawnSync('prlimit', ['--as=2147483648', process.execPath, BIN, ...args], {
      cwd: cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, DECLARE_LANG: undefined, CI: undefined },
      encoding: 'utf8',
      timeout: 60_000,
      killSignal: 'SIGKILL',
    });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  };

  it('a FIFO, /dev/zero and a socket as a declaration, configuration or .declareignore: exit 2 at once, a plain message each, nothing read', async () => {
    const net = await import('node:net');
    const dir = fixtureDir({ 'ok.yaml': BASE });
    const special = fixtureDir({});
    execFileSync('mkfifo', [join(special, 'pipe.yaml')]);
    // A FIFO named .declareignore beside the declarations: skipped, never waited on.
    execFileSync('mkfifo', [join(dir, '.declareignore')]);
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(join(special, 'sock.yaml'), resolve));
    try {
      const r = bounded(['validate', join(special, 'pipe.yaml'), '/dev/zero', join(special, 'sock.yaml'), dir]);
      expectNoStack(r);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain('pipe.yaml”不是普通文件（是命名管道 FIFO）');
      expect(r.stderr).toContain('“/dev/zero”不是普通文件（是字符设备）');
      expect(r.stderr).toContain('sock.yaml”不是普通文件（是套接字）');
      expect(r.stdout).not.toContain('✔');
      // A configuration file is read the same way: /dev/zero is refused, not read forever.
      const c = bounded(['validate', join(dir, 'ok.yaml'), '--config', '/dev/zero']);
      expectNoStack(c);
      expect(c.code).toBe(2);
      expect(c.stdout + c.stderr).toContain('配置文件“/dev/zero”不是普通文件（是字符设备）');
    } finally {
      server.close();
    }
  });
});

describe('trust: settings never crash a later command', () => {
  it('amount-format off: validate passes, render and summary refuse the file with a finding at the amount, never an internal error', () => {
    const content = edit('    其他资金: 0.00', '    其他资金: 1，000');
    const dir = fixtureDir({ 'a.yaml': content, 'declare.config.yaml': 'rules:\n  amount-format: off\n' });
    const file = join(dir, 'a.yaml');
    const line = lineOfText(BASE, '    其他资金: 0.00');
    expect(cli(['validate', file]).code).toBe(0);
    for (const args of [['render', file, '-o', join(dir, 'out')], ['summary', file, '-o', join(dir, 'out')]]) {
      const r = cli(args);
      expectNoStack(r);
      expect(r.stderr, args[0]).not.toContain('内部错误');
      expect(r.code, args[0]).toBe(1);
      expect(r.stderr, args[0]).toContain(`${file}:${line}:11 错误 unprintable-amount`);
    }
  });

  it('a rule that cannot be switched off is refused when the configuration is read, and explain says so', () => {
    const dir = fixtureDir({ 'a.yaml': BASE, 'declare.config.yaml': 'rules:\n  font-missing-glyph: off\n' });
    const r = cli(['validate', join(dir, 'a.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toMatch(/declare\.config\.yaml:2:23 错误 config-invalid/);
    expect(cli(['explain', 'font-missing-glyph']).stdout).toContain('不能关闭或降为警告');
  });
});
