import { describe, expect, it } from 'vitest';
import { sheetKey, sheetName, sheetNames, SHEET_NAME_MAX } from '../../src/writers/sheet-name.js';
import { projectSheetNames } from '../../src/summary/naming.js';

/** Excel's rules, checked on every name the functions return. */
function expectValid(names: readonly string[], reserved: readonly string[] = []) {
  const keys = new Set(reserved.map(sheetKey));
  keys.add(sheetKey('History'));
  for (const n of names) {
    expect(n.length, n).toBeGreaterThan(0);
    expect(n.length, n).toBeLessThanOrEqual(SHEET_NAME_MAX);
    expect(n, n).not.toMatch(/[[\]:*?/\\]/);
    expect(n, n).not.toMatch(/^'|'$/);
    expect(n, n).not.toMatch(/[\uD800-\uDBFF]$/); // never ends inside a surrogate pair
    expect(keys.has(sheetKey(n)), `${n} clashes`).toBe(false);
    keys.add(sheetKey(n));
  }
}

describe('sheet names', () => {
  it('keeps a short, clean name as it is', () => {
    expect(sheetName('网络宣传工作')).toBe('网络宣传工作');
    expect(sheetName('  Project A  ')).toBe('Project A');
  });

  it('replaces the characters Excel forbids and drops apostrophes at either end', () => {
    expect(sheetName('a/b:c?[d]*')).toBe('a_b_c__d__');
    expect(sheetName('\\数据/统计')).toBe('_数据_统计');
    expect(sheetName("'引用的名称'")).toBe('引用的名称');
    expect(sheetName("项目'一'")).toBe("项目'一");
    expect(sheetName('多行\n名称')).toBe('多行 名称');
    expect(sheetName("''")).toBe('Sheet');
    expect(sheetName('   ')).toBe('Sheet');
  });

  it('shortens a long name to 31 characters, marking the cut with …', () => {
    const long = '上海市网络安全和信息化委员会办公室关于重点网络平台内容安全评估服务的专项经费项目';
    const n = sheetName(long);
    expect(n).toHaveLength(31);
    expect(n).toBe(long.slice(0, 30) + '…');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
    expect(sheetName('x'.repeat(31))).toBe('x'.repeat(31));
    // No apostrophe or space left before the mark.
    expect(sheetName('a'.repeat(29) + " 'bcdef")).toBe('a'.repeat(29) + '…');
  });

  it('counts UTF-16 units as Excel does and never cuts a character in two', () => {
    const rare = '𠀀'.repeat(20); // CJK Extension B: two UTF-16 units each
    const n = sheetName(rare);
    expect(n.length).toBeLessThanOrEqual(31);
    expect(n).toBe('𠀀'.repeat(15) + '…');
    expectValid([n]);
  });

  it('numbers a clash, compared ignoring case and full/half width', () => {
    expect(sheetName('网络宣传工作', new Set(['网络宣传工作']))).toBe('网络宣传工作(2)');
    expect(sheetName('网络宣传工作', new Set(['网络宣传工作', '网络宣传工作(2)']))).toBe('网络宣传工作(3)');
    expect(sheetName('Project', new Set(['PROJECT']))).toBe('Project(2)');
    expect(sheetName('ＡＢＣ', new Set(['abc']))).toBe('ＡＢＣ(2)');
  });

  it('never uses History, which Excel reserves', () => {
    expect(sheetName('History')).toBe('History(2)');
    expect(sheetName('history')).toBe('history(2)');
    expect(sheetName('Historyx')).toBe('Historyx');
  });

  it('shortens further to fit the number of a long name that clashes', () => {
    const long = '重点网络平台内容安全评估服务专项经费项目（第一期）的延续与扩展工作';
    const [a, b, c] = sheetNames([long + '甲', long + '乙', long]);
    expect(a).toBe(long.slice(0, 30) + '…');
    expect(b).toBe(long.slice(0, 27) + '…(2)');
    expect(c).toBe(long.slice(0, 27) + '…(3)');
    expectValid([a!, b!, c!]);
  });

  it('names a summary’s project sheets: unique, valid, never 汇总, in order', () => {
    const wanted = [
      '汇总',
      '网络宣传工作',
      '网络宣传工作',
      'History',
      '[草稿] 机关服务费 / 2025',
      '很长的项目名称'.repeat(6),
      '很长的项目名称'.repeat(6) + '二',
      "'引号'",
    ];
    const names = projectSheetNames(wanted);
    expect(names).toHaveLength(wanted.length);
    expectValid(names, ['汇总']);
    expect(names[0]).toBe('汇总(2)');
    expect(names.slice(1, 4)).toEqual(['网络宣传工作', '网络宣传工作(2)', 'History(2)']);
    expect(names[4]).toBe('_草稿_ 机关服务费 _ 2025');
    expect(names[7]).toBe('引号');
  });

  it('stays valid and unique for thousands of similar long names', () => {
    const wanted = Array.from({ length: 3000 }, (_, i) => `上海市网络安全和信息化委员会办公室重点项目（第${i % 700}号）`);
    const names = projectSheetNames(wanted);
    expectValid(names, ['汇总']);
  });
});
