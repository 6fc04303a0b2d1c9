import { describe, expect, it } from 'vitest';
import { detached } from '../../src/util/detached.js';

describe('detached', () => {
  it('returns a string equal to its argument, code unit for code unit', () => {
    const file = `实施单位: 中共上海市委网络安全和信息化委员会办公室\n${'x'.repeat(5000)}`;
    const unit = file.slice(6, 26);
    expect(detached(unit)).toBe(unit);
    for (const s of ['', '元', 'a\uD800b lone surrogate here', '\uDC00'.repeat(20), 'tab\tand "quotes" and \\ backslash']) expect(detached(s)).toBe(s);
  });

  it('keeps undefined', () => {
    expect(detached(undefined)).toBeUndefined();
  });
});
