import { diagnosticMessage } from '../../src/diagnostics/types.js';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDeclaration, type FormatOptions } from '../../src/fmt/index.js';
import { declarationTemplate } from '../../src/templates/declaration.js';
import { checkText, exampleFiles } from '../helpers/examples.js';

function fmt(text: string, options: FormatOptions = {}): string {
  const r = formatDeclaration('t.yaml', Buffer.from(text, 'utf8'), options);
  if (!r.ok) throw new Error(`refused: ${r.diagnostics.map((d) => `${d.rule}: ${diagnosticMessage(d, 'en')}`).join('; ')}`);
  return r.text;
}

const comments = (text: string) => [...text.matchAll(/#[^\n]*/g)].map((m) => m[0].trimEnd()).filter((c) => !/['"]/.test(c));

/** A declaration with every kind of mess fmt must clean up, and comments in every position. */
const MESSY = `# 本单位 2025 年申报

# 基本信息
项目名称: "网络宣传工作"   # 与预算系统一致
年度: 2025
项目性质: '经常性专项业务费'
项目类别: 特定目标类
主管部门: 中国共产党上海市委员会宣传部
实施单位: 中共上海市委网络安全和信息化委员会办公室
计划完成日期: 2025-12-31
计划开始日期: 2025/1/1
绩效目标:
    年度总体目标: "第一段\\n第二段"
项目资金:
    年度资金申请总额:
        当年财政拨款: 2810000
        合计: 2810000.5   # 合计
        上年结转资金: 0
        其他资金: "0.5"
绩效指标:
    成本指标:
        经济成本指标:
        - 在网络热点舆论中进行引导评价成本: '<=1.10(万元/次)'
        - 网上专项管理费用: ≤40 万元   # 费用
          # 费用下的说明
    产出指标:   # 产出
        数量指标:
        - 主流新媒体调研、检查、督查次数: '>=20 次'
        # - 旧指标: ≥1 次
    效益指标:
        社会效益指标:
        - 网络环境: 进一步净化
    # 满意度之前
    满意度指标:
        服务对象满意度指标:
        - 网民满意度: ＞＝90%
# 文件末尾
`;

const MESSY_FORMATTED = `# 本单位 2025 年申报

年度: 2025
# 基本信息
项目名称: 网络宣传工作     # 与预算系统一致
项目性质: 经常性专项业务费
项目类别: 特定目标类
主管部门: 中国共产党上海市委员会宣传部
实施单位: 中共上海市委网络安全和信息化委员会办公室
计划开始日期: 2025/1/1
计划完成日期: 2025-12-31

项目资金:
  年度资金申请总额:
    合计: 2,810,000.50    # 合计
    当年财政拨款: 2,810,000.00
    上年结转资金: 0.00
    其他资金: 0.50

绩效目标:
  年度总体目标: |
    第一段
    第二段

绩效指标:
  成本指标:
    经济成本指标:
      - 在网络热点舆论中进行引导评价成本: ≤1.10(万元/次)
      - 网上专项管理费用: ≤40 万元     # 费用
        # 费用下的说明
  产出指标:     # 产出
    数量指标:
      - 主流新媒体调研、检查、督查次数: ≥20 次
      # - 旧指标: ≥1 次
  效益指标:
    社会效益指标:
      - 网络环境: 进一步净化
  # 满意度之前
  满意度指标:
    服务对象满意度指标:
      - 网民满意度: ≥90%
# 文件末尾
`;

describe('declare fmt: the canonical shape', () => {
  it('leaves the six examples exactly as they are (they are the canonical shape)', () => {
    for (const file of exampleFiles()) {
      const r = formatDeclaration(file, readFileSync(file));
      expect(r.ok && r.changed, basename(file)).toBe(false);
    }
  });

  it('rewrites a messy file: form key order, two-space indent, plain scalars, ≥/≤, amounts, goals as | blocks, comments in place', () => {
    expect(fmt(MESSY)).toBe(MESSY_FORMATTED);
  });

  it('is idempotent', () => {
    expect(fmt(MESSY_FORMATTED)).toBe(MESSY_FORMATTED);
    for (const file of exampleFiles()) {
      const once = fmt(readFileSync(file, 'utf8'));
      expect(fmt(once)).toBe(once);
    }
  });

  it('keeps every comment, in order of appearance within its entry', () => {
    const out = fmt(MESSY);
    expect(comments(out).sort()).toEqual(comments(MESSY).sort());
  });

  it('never changes what the declaration means: validate sees the same values', () => {
    const before = checkText(MESSY);
    const after = checkText(fmt(MESSY));
    expect(after.declaration && before.declaration).toBeTruthy();
    const strip = (v: unknown): unknown => JSON.parse(JSON.stringify(v, (k, x) => (k === 'path' || k === 'written' || k === 'raw' ? undefined : typeof x === 'bigint' ? String(x) : x)));
    expect(strip(after.declaration)).toEqual(strip(before.declaration));
  });

  it("keeps the `declare init` template as it is: aligned comments and commented-out blocks stay", () => {
    const t = declarationTemplate({ name: '测试项目', year: 2026, fileName: '测试项目.yaml' });
    expect(fmt(t)).toBe(t);
  });

  it('moves a comment with the entry it belongs to when keys are reordered', () => {
    const text = '项目名称: 甲\n# 年度的说明\n年度: 2025   # 行尾\n';
    expect(fmt(text)).toBe('# 年度的说明\n年度: 2025   # 行尾\n项目名称: 甲\n');
  });

  it('keeps an aligned trailing comment at its column, and its continuation lines under it', () => {
    const text = '年度: 2025          # 第一行\n                    # 第二行\n项目名称: 甲\n';
    expect(fmt(text)).toBe(text);
    // Grown code pushes the comment out, two spaces after it.
    const grown = fmt('项目资金:\n  年度资金申请总额:\n    合计: 1  # 短\n');
    expect(grown).toBe('项目资金:\n  年度资金申请总额:\n    合计: 1.00  # 短\n');
  });

  it('amounts as configured: grouped (default), plain, or as written', () => {
    const text = '项目资金:\n  年度资金申请总额:\n    合计: 1234567.8\n    当年财政拨款: "1,234,567.80"\n    上年结转资金: 0\n    其他资金: 0\n';
    expect(fmt(text)).toContain('合计: 1,234,567.80\n    当年财政拨款: 1,234,567.80\n    上年结转资金: 0.00');
    expect(fmt(text, { amounts: 'plain' })).toContain('合计: 1234567.80\n    当年财政拨款: 1234567.80\n    上年结转资金: 0.00');
    expect(fmt(text, { amounts: 'keep' })).toContain('合计: 1234567.8\n    当年财政拨款: 1,234,567.80\n    上年结转资金: 0\n');
  });

  it('keeps 万元 amounts to every decimal written, and leaves amounts it cannot read exactly as written', () => {
    const out = fmt('项目资金:\n  年度资金申请总额:\n    合计: 281.123456\n    当年财政拨款: 281万元\n    上年结转资金: 1e3\n    其他资金: -5\n');
    expect(out).toContain('合计: 281.123456\n');
    expect(out).toContain('当年财政拨款: 281万元\n');
    expect(out).toContain('上年结转资金: 1e3\n');
    expect(out).toContain('其他资金: -5\n');
  });

  it('changes only the operator of a 指标值, never its number or unit, and leaves free text alone', () => {
    const out = fmt("绩效指标:\n  产出指标:\n    数量指标:\n      - a: '>= 20.00（次）'\n      - b: ≦5天\n      - c: ＝100%\n      - d: '>5 次'\n      - e: ＝号开头的文字\n      - f: 95\n");
    expect(out).toBe("绩效指标:\n  产出指标:\n    数量指标:\n      - a: ≥ 20.00（次）\n      - b: ≤5天\n      - c: =100%\n      - d: '>5 次'\n      - e: ＝号开头的文字\n      - f: 95\n");
  });

  it('keeps the indicator tree in the order written (the form prints it in that order)', () => {
    const text = '绩效指标:\n  满意度指标:\n    服务对象满意度指标:\n      - z: ≥90%\n  产出指标:\n    质量指标:\n      - b: =100%\n    数量指标:\n      - a: ≥1 次\n';
    expect(fmt(text)).toBe(text);
  });

  it('keeps unknown keys, after the known ones, for validate to report', () => {
    expect(fmt('项目名字: 甲\n年度: 2025\n')).toBe('年度: 2025\n项目名字: 甲\n');
  });

  it('keeps CRLF line endings and a BOM', () => {
    const r = formatDeclaration('t.yaml', Buffer.from('\ufeff项目名称: "甲"\r\n年度: 2025\r\n', 'utf8'));
    expect(r.ok && r.text).toBe('\ufeff年度: 2025\r\n项目名称: 甲\r\n');
  });

  it('refuses a file YAML cannot read, with validate\'s finding, and YAML it does not rewrite', () => {
    const bad = formatDeclaration('t.yaml', Buffer.from('a: [1\n'));
    expect(!bad.ok && bad.diagnostics.map((d) => d.rule)).toEqual(['yaml-syntax']);
    const anchored = formatDeclaration('t.yaml', Buffer.from('a: &x 1\nb: 2\n'));
    expect(!anchored.ok && anchored.diagnostics.map((d) => d.rule)).toEqual(['fmt-refused']);
  });

  it('writes block scalars that keep leading spaces and blank lines', () => {
    const text = '绩效目标:\n  年度总体目标: "  缩进开头\\n\\n第二段\\n"\n';
    const out = fmt(text);
    expect(checkText(out).source?.doc.toJS().绩效目标.年度总体目标).toBe('  缩进开头\n\n第二段\n');
    expect(fmt(out)).toBe(out);
  });
});

describe('fmt settings in declare.config.yaml', () => {
  it('fmt › amounts is read, and a wrong value is a config error with its position', async () => {
    const { loadConfigFile } = await import('../../src/config/load.js');
    const { fixtureDir } = await import('../helpers/cli.js');
    const { join } = await import('node:path');
    const dir = fixtureDir({ 'good.yaml': 'fmt:\n  amounts: plain\n', 'bad.yaml': 'fmt:\n  amounts: 万元\n' });
    expect(loadConfigFile(join(dir, 'good.yaml')).config.fmt).toEqual({ amounts: 'plain' });
    const bad = loadConfigFile(join(dir, 'bad.yaml'));
    expect(bad.problems.map((p) => `${p.rule}@${p.span.line}`)).toEqual(['config-invalid@2']);
    expect(diagnosticMessage(bad.problems[0]!, 'zh')).toContain('grouped');
  });
});
