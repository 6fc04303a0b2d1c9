import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleText, expectNoStack, fixtureDir, tempDir } from '../helpers/cli.js';
import { exampleFiles } from '../helpers/examples.js';
import { runCli } from '../helpers/run.js';

// `declare summary` in this process: refusals, their exit codes and messages.
// What only a process shows (the progress bar on a terminal, Ctrl-C, another
// user's permissions, the same bytes from another process) is in test/e2e/summary.test.ts.

const UNIT = '中共上海市委网络安全和信息化委员会办公室';
const STEM = `${UNIT}2025年度项目绩效目标汇总表`;
const NAMES = exampleFiles().map((f) => f.split('/').pop()!.replace(/\.yaml$/, ''));

/** A copy of the examples (or some of them) in a fresh folder, with edits. */
function examplesDir(edit: Record<string, (yaml: string) => string> = {}, only: readonly string[] = NAMES): string {
  return fixtureDir(Object.fromEntries(only.map((n) => [`${n}.yaml`, (edit[n] ?? ((y: string) => y))(exampleText(n))])));
}

describe('declare summary: refusing (in process)', () => {
  it('errors in a file and across files: exit 1, both counted in the closing line, nothing written', async () => {
    const dir = examplesDir(
      { 机关服务费: (y) => y.replace(`实施单位: ${UNIT}`, '实施单位: 上海市委网信办').replace(/当年财政拨款: .*/, '当年财政拨款: 1,000.00') },
      ['网络宣传工作', '机关服务费', '重大活动保障'],
    );
    const out = join(dir, 'out');
    const r = await runCli(['summary', dir, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(dir, '机关服务费.yaml')}:`);
    expect(r.stderr).toContain('错误 fund-annual-sum');
    expect(r.stderr).toContain('错误 summary-mixed-unit');
    expect(r.stderr).toContain('1 个申报文件存在错误，1 个申报文件不能与其他文件汇总在一起，未生成汇总表。');
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
    expectNoStack(r);
  });

  it('in English with --lang en', async () => {
    const dir = examplesDir({ 机关服务费: (y) => y.replaceAll('2025', '2024') }, ['网络宣传工作', '机关服务费', '重大活动保障']);
    const r = await runCli(['summary', dir, '-o', join(dir, 'out'), '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error summary-mixed-year');
    expect(r.stderr).toContain('1 declaration(s) cannot be summarised with the others; no summary was written.');
  });

  it('a bad --font, a path that does not exist: exit 2, nothing written', async () => {
    const parent = tempDir();
    writeFileSync(join(parent, 'bad.ttf'), 'not a font');
    const font = await runCli(['summary', 'examples/网络宣传工作.yaml', '-o', join(parent, 'out'), '--font', join(parent, 'bad.ttf')]);
    expect(font.code).toBe(2);
    expect(font.stderr).toContain('bad.ttf');
    expectNoStack(font);

    const missing = await runCli(['summary', 'examples', 'nowhere/', '-o', join(parent, 'out')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nowhere');
    expect(existsSync(join(parent, 'out'))).toBe(false);
  });

  it('an output that cannot be replaced exits 2 in plain words, never as an internal error', async () => {
    const out = tempDir();
    mkdirSync(join(out, `${STEM}.pdf`));
    const r = await runCli(['summary', 'examples/网络宣传工作.yaml', '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`无法写出“${join(out, `${STEM}.pdf`)}”：已有同名的文件夹`);
    expect(r.stderr).not.toContain('内部错误');
    expectNoStack(r);
  });
});

