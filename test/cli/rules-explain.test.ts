import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/rules/index.js';
import { CONFIG_RULES } from '../../src/config/rules.js';
import { expectNoStack } from '../helpers/cli.js';
import { runCli } from '../helpers/run.js';
import { ROOT } from '../helpers/examples.js';

/** Each rule's metadata, flat: id, severity and docs. */
const ALL = [...RULES, ...CONFIG_RULES].map(({ meta }) => ({ id: meta.id, severity: meta.severity, ...meta.docs }));
const strip = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

/** The table lines of `declare rules`: one per rule, in order. */
function ruleLines(out: string): string[] {
  return strip(out)
    .split('\n')
    .filter((l) => ALL.some((r) => l.startsWith(r.id + ' ')));
}

describe('declare rules', () => {
  it('lists every rule with its id, default severity and title, in Chinese by default', async () => {
    const r = await runCli(['rules']);
    expect(r.code).toBe(0);
    const lines = ruleLines(r.stdout);
    expect(lines).toHaveLength(ALL.length);
    lines.forEach((line, i) => {
      const rule = ALL[i]!;
      expect(line.split(/\s{2,}/)).toEqual([rule.id, rule.severity === 'error' ? '错误' : '警告', rule.title.zh]);
    });
    expect(r.stdout).toContain('npx declare explain <编号>');
  });

  it('aligns the columns by display width (Chinese characters are two columns wide), also in colour', async () => {
    for (const env of [{}, { FORCE_COLOR: '1', NO_COLOR: undefined }]) {
      const r = await runCli(['rules'], { env });
      if ('FORCE_COLOR' in env) expect(r.stdout).toMatch(/\x1b\[/);
      const plain = strip(r.stdout).split('\n');
      const header = plain[0]!;
      const titleColumn = stringWidth(header.slice(0, header.indexOf('说明')));
      const severityColumn = stringWidth(header.slice(0, header.indexOf('默认级别')));
      expect(titleColumn).toBeGreaterThan(severityColumn);
      for (const [i, line] of ruleLines(r.stdout).entries()) {
        const rule = ALL[i]!;
        const sev = rule.severity === 'error' ? '错误' : '警告';
        expect(stringWidth(line.slice(0, line.indexOf(sev, rule.id.length))), line).toBe(severityColumn);
        expect(stringWidth(line.slice(0, line.lastIndexOf(rule.title.zh))), line).toBe(titleColumn);
        expect(line).toBe(line.trimEnd());
      }
    }
  });

  it('speaks English with --lang en or DECLARE_LANG=en', async () => {
    for (const r of [await runCli(['rules', '--lang', 'en']), await runCli(['rules'], { env: { DECLARE_LANG: 'en' } })]) {
      const lines = ruleLines(r.stdout);
      lines.forEach((line, i) => expect(line.split(/\s{2,}/)).toEqual([ALL[i]!.id, ALL[i]!.severity, ALL[i]!.title.en]));
    }
  });
});

describe('declare explain', () => {
  const rule = ALL.find((r) => r.id === 'fund-annual-sum')!;

  it('prints the full explanation with the wrong and the right example', async () => {
    const r = await runCli(['explain', 'fund-annual-sum']);
    expect(r.code).toBe(0);
    const out = r.stdout;
    for (const part of [rule.id, '默认级别：错误', rule.title.zh, rule.description.zh, '错误的写法：', '正确的写法：']) expect(out).toContain(part);
    const indented = (s: string) => s.split('\n').map((l) => `    ${l}`).join('\n');
    expect(out.indexOf(indented(rule.examples.bad))).toBeGreaterThan(out.indexOf('错误的写法：'));
    expect(out.indexOf(indented(rule.examples.good))).toBeGreaterThan(out.indexOf('正确的写法：'));
    expect(out).toContain('fund-annual-sum: warning');
    expect(out).toMatch(/file:\/\/\S+\/docs\/rules\/fund-annual-sum\.md/);
  });

  it('prints the same explanation as docs/rules/<id>.md, in English with --lang en', async () => {
    const en = (await runCli(['explain', 'fund-annual-sum', '--lang', 'en'])).stdout;
    expect(en).toContain(rule.title.en);
    expect(en).toContain(rule.description.en);
    expect(en).toContain('Wrong:');
    const doc = readFileSync(join(ROOT, 'docs', 'rules', 'fund-annual-sum.md'), 'utf8');
    for (const part of [rule.description.zh, rule.description.en, rule.examples.bad, rule.examples.good]) expect(doc).toContain(part);
  });

  it('explains every rule, including the configuration-file rules and the ones that cannot be adjusted', async () => {
    for (const r of ALL) {
      const out = await runCli(['explain', r.id]);
      expect(out.code, r.id).toBe(0);
      expect(out.stdout).toContain(r.title.zh);
    }
    expect((await runCli(['explain', 'yaml-syntax'])).stdout).toContain('不能关闭或降为警告');
    expect((await runCli(['explain', 'config-unknown-key'])).stdout).toContain('不能调整');
  });

  it('an unknown id is exit 2 with a did-you-mean, and nothing on stdout', async () => {
    const r = await runCli(['explain', 'fund-anual-sum']);
    expect(r.code).toBe(2);
    expectNoStack(r);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('您是不是想查 fund-annual-sum？');
    const en = await runCli(['explain', 'fund-anual-sum', '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('Did you mean fund-annual-sum?');
    const part = await runCli(['explain', 'annual']);
    expect(part.code).toBe(2);
    expect(part.stderr).toContain('fund-annual-sum');
    const none = await runCli(['explain', 'zzzzzz']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('npx declare rules');
  });

  it('accepts an id in capitals or with stray spaces', async () => {
    expect((await runCli(['explain', ' Fund-Annual-Sum '])).code).toBe(0);
  });
});
