import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { systemErrorText } from '../../src/cli/system-error.js';

const thrown = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('did not throw');
};

describe('an operating-system failure no command expected is said plainly (exit 2), not as an internal error', () => {
  it('names the path and the reason', () => {
    const e = thrown(() => readFileSync('/nonexistent/declare-x.yaml'));
    expect(systemErrorText(e)?.zh).toBe('无法完成对“/nonexistent/declare-x.yaml”的操作：文件或文件夹不存在（ENOENT）。');
    expect(systemErrorText(e)?.en).toBe('Could not access "/nonexistent/declare-x.yaml": it does not exist (ENOENT).');
  });

  it('our own bugs stay internal errors: a plain Error, or one with a code but no system call', () => {
    expect(systemErrorText(new TypeError('x is undefined'))).toBeUndefined();
    expect(systemErrorText(Object.assign(new Error('x'), { code: 'ERR_INVALID_ARG_TYPE' }))).toBeUndefined();
    expect(systemErrorText(Object.assign(new Error('x'), { code: 'ENOENT' }))).toBeUndefined();
  });
});
