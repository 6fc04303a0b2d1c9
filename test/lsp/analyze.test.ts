import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/lsp/analyze.js';
import { FolderIndex } from '../../src/lsp/folder.js';
import { exampleText, tempDir } from '../helpers/cli.js';
import { checkText } from '../helpers/examples.js';
import { applyEdits } from '../helpers/lsp-client.js';

// The analysis behind the server, in-process: the edge cases of each fix.
const VALID = exampleText('信息化运维项目');

function analysisOf(text: string, name = '项目.yaml') {
  const dir = tempDir();
  const file = join(dir, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, text);
  return analyze({ uri: pathToFileURL(file).href, file, version: 1, text }, new FolderIndex());
}

const fixed = (text: string, title: string) => {
  const fix = analysisOf(text).fixes.find((f) => f.title === title);
  if (!fix) throw new Error(`no fix "${title}" among ${JSON.stringify(analysisOf(text).fixes.map((f) => f.title))}`);
  return applyEdits(text, [...fix.edits]);
};

describe('fixes', () => {
  it('a valid declaration with a 合计 is offered nothing', () => {
    expect(analysisOf(VALID).fixes).toEqual([]);
  });

  it('a missing 合计 is written as the parts are: plain whole numbers stay plain', () => {
    const text = VALID.replace('    合计: 4,134,328.00\n', '').replace('当年财政拨款: 4,134,328.00', '当年财政拨款: 4134328').replace('上年结转资金: 0.00', '上年结转资金: 0').replace('其他资金: 0.00', '其他资金: 1000');
    const out = fixed(text, '填写合计：4135328（当年财政拨款 + 上年结转资金 + 其他资金）');
    expect(out).toContain('  年度资金申请总额:\n    合计: 4135328\n    当年财政拨款: 4134328\n');
    expect(checkText(out).diagnostics).toEqual([]);
  });

  it('in a 万元 file (金额单位: 万元) the 合计 and the hover are in 万元, exact to the decimals written', () => {
    const text = VALID.replace('年度: 2025', '年度: 2025\n金额单位: 万元')
      .replace('    合计: 4,134,328.00\n', '')
      .replace('当年财政拨款: 4,134,328.00', '当年财政拨款: 413.4328')
      .replace('上年结转资金: 0.00', '上年结转资金: 0.000001')
      .replace('其他资金: 0.00', '其他资金: 1');
    const out = fixed(text, '填写合计：414.432801（当年财政拨款 + 上年结转资金 + 其他资金）');
    expect(out).toContain('  年度资金申请总额:\n    合计: 414.432801\n');
    expect(checkText(out).diagnostics.filter((d) => d.rule.startsWith('fund-'))).toEqual([]);
    const hover = analysisOf(out).hovers.find((h) => h.markdown.startsWith('**年度资金申请总额**'))!.markdown;
    expect(hover).toContain('**年度资金申请总额**（万元）');
    expect(hover).toContain('| 上年结转资金 | 0.000001 |');
    expect(hover).toContain('| **各项之和** | **414.432801** |');
    expect(hover).toContain('414.432801 ✓');
  });

  it('no 合计 is offered while a part cannot be read', () => {
    const text = VALID.replace('    合计: 4,134,328.00\n', '').replace('上年结转资金: 0.00', '上年结转资金: 一百');
    expect(analysisOf(text).fixes.map((f) => f.title).filter((t) => t.startsWith('填写合计'))).toEqual([]);
  });

  it('operators in double quotes and the full-width ＞＝ are rewritten; ＞ alone is left (> would start a YAML block)', () => {
    const text = VALID.replace('≥50.00(次)', '"＞＝50.00(次)"').replace('≥20.00(次)', '＞20.00(次)');
    const out = fixed(text, '把“＞＝”改为“≥”');
    expect(out).toContain('- 系统巡检次数: "≥50.00(次)"');
    expect(analysisOf(text).fixes.map((f) => f.title)).toEqual(['把“＞＝”改为“≥”']);
  });

  it('full-width digits in an amount become ASCII, and the result validates', () => {
    const text = VALID.replace('当年财政拨款: 4,134,328.00', '当年财政拨款: ４,１３４,３２８.００');
    const fix = analysisOf(text).fixes.find((f) => f.title.startsWith('改用半角'))!;
    expect(fix.preferred).toBe(true);
    expect(checkText(applyEdits(text, [...fix.edits])).diagnostics).toEqual([]);
  });

  it('code actions name the findings they resolve; a fix that repeats a rule’s suggestion is offered once', () => {
    const a = analysisOf(VALID.replace('≥50.00(次)', '50次').replace('≥20.00(次)', '＝２０次'));
    const i = a.diagnostics.findIndex((d) => d.code === 'missing-operator');
    expect(a.fixes.find((f) => f.title === '改为 ≥50(次)')!.diagnostics).toEqual([i]);
    const titles = a.fixes.map((f) => f.title);
    expect(new Set(titles.map((t) => JSON.stringify(a.fixes.find((f) => f.title === t)!.edits))).size).toBe(titles.length);
  });
});

describe('hovers', () => {
  it('in English with --lang en', () => {
    const dir = tempDir();
    const file = join(dir, 'p.yaml');
    const a = analyze({ uri: pathToFileURL(file).href, file, version: 1, text: VALID, lang: 'en' }, new FolderIndex());
    expect(a.hovers.map((h) => h.markdown).join('\n')).toContain('| **Sum of the lines** | **4,134,328.00** |');
  });
});

describe('which files the editor checks: the ones `declare validate <folder>` would', () => {
  const BAD = VALID.replace('年度: 2025', '年度: 2025x');
  const check = (dir: string, name: string) => {
    const file = join(dir, name);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, BAD);
    return analyze({ uri: pathToFileURL(file).href, file, version: 1, text: BAD }, new FolderIndex()).diagnostics.length;
  };

  it('a file .declareignore excludes, directly or by its folder, gets no findings; its neighbours do', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.declareignore'), '草稿/\n旧-*.yaml\n');
    expect(check(dir, '项目.yaml')).toBeGreaterThan(0);
    expect(check(dir, '旧-项目.yaml')).toBe(0);
    expect(check(dir, '草稿/项目.yaml')).toBe(0);
  });

  it('the `ignore:` list of the declare.config.yaml that applies, relative to its folder', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'declare.config.yaml'), 'ignore:\n  - 模板/\n');
    expect(check(dir, '模板/项目.yaml')).toBe(0);
    expect(check(dir, '申报/项目.yaml')).toBeGreaterThan(0);
  });

  it('inside a repository, dot-folders and tool files on the way are skipped as a walk skips them', () => {
    const dir = tempDir();
    mkdirSync(join(dir, '.git'));
    expect(check(dir, '.github/workflows/ci.yaml')).toBe(0);
    expect(check(dir, 'docker-compose.yml')).toBe(0);
    expect(check(dir, '申报/项目.yaml')).toBeGreaterThan(0);
  });
});
