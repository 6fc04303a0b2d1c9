import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { createProgress, progressLine, progressWanted } from '../../src/summary/progress.js';

function fakeStream(isTTY = true, columns = 60) {
  const out: string[] = [];
  return { isTTY, columns, out, write: (s: string) => out.push(s) };
}

describe('the progress bar', () => {
  it('draws label, count, bar and the current name', () => {
    expect(progressLine('汇总', 5, 10, '网络宣传工作', 80)).toBe('汇总 5/10 ▕██████████░░░░░░░░░░▏ 网络宣传工作');
    expect(progressLine('汇总', 0, 10, '', 80)).toBe('汇总 0/10 ▕░░░░░░░░░░░░░░░░░░░░▏ ');
  });

  it('fits the terminal width, shortening the name', () => {
    const line = progressLine('汇总', 123, 1000, '很长的项目名称'.repeat(10), 50);
    expect(stringWidth(line)).toBeLessThanOrEqual(50);
    expect(line.endsWith('…')).toBe(true);
  });

  it('is shown only on a terminal, outside CI, unless --no-progress', () => {
    const tty = { isTTY: true, write: () => true };
    expect(progressWanted(undefined, tty, {})).toBe(true);
    expect(progressWanted(true, tty, {})).toBe(true);
    expect(progressWanted(false, tty, {})).toBe(false);
    expect(progressWanted(undefined, { isTTY: false, write: () => true }, {})).toBe(false);
    expect(progressWanted(undefined, tty, { CI: 'true' })).toBe(false);
    expect(progressWanted(undefined, tty, { CI: '1' })).toBe(false);
    expect(progressWanted(undefined, tty, { CI: 'false' })).toBe(true);
    expect(progressWanted(undefined, tty, { TERM: 'dumb' })).toBe(false);
  });

  it('redraws in place, keeps printed text above it, and clears the line at the end', () => {
    const s = fakeStream();
    let now = 0;
    const p = createProgress(s, true, () => now);
    p.update('汇总', 1, 3, 'a');
    now += 10;
    p.update('汇总', 2, 3, 'b'); // too soon: not drawn
    p.print('警告……\n');
    now += 100;
    p.update('汇总', 3, 3, 'c');
    p.clear();
    expect(s.out).toEqual([
      '\r汇总 1/3 ▕███████░░░░░░░░░░░░░▏ a\x1b[K',
      '\r\x1b[K',
      '警告……\n',
      '\r汇总 2/3 ▕█████████████░░░░░░░▏ b\x1b[K',
      '\r汇总 3/3 ▕████████████████████▏ c\x1b[K',
      '\r\x1b[K',
    ]);
  });

  it('when disabled, writes only what is printed', () => {
    const s = fakeStream(false);
    const p = createProgress(s, false);
    p.update('汇总', 1, 3, 'a');
    p.print('x\n');
    p.clear();
    expect(s.out).toEqual(['x\n']);
  });
});
