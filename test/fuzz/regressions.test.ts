import { diagnosticMessage } from '../../src/diagnostics/types.js';
import { describe, expect, it } from 'vitest';
import { checkText } from '../helpers/examples.js';
import { exampleText } from '../helpers/cli.js';
import { prettyReporter } from '../../src/report/pretty.js';
import { countDiagnostics } from '../../src/report/types.js';

/** Crashes the fuzzer found, kept as regular tests. */
describe('fuzzer regressions', () => {
  const pretty = (yaml: string) => {
    const r = checkText(yaml);
    const files = [{ file: r.file, diagnostics: r.diagnostics, ...(r.text !== undefined && { text: r.text }) }];
    return { r, out: prettyReporter(files, countDiagnostics(files), { lang: 'zh', color: false }) };
  };

  it('a lone carriage return inside a line does not shift the code frame (babel breaks lines there, yaml does not)', () => {
    const base = exampleText('网络安全和信息化工作');
    const yaml = base.replace('推动网络安全工作', '推动网络安S\u0012\r全工作') + '      - 多余: ≥abc\n';
    const { r, out } = pretty(yaml);
    expect(r.diagnostics.length).toBeGreaterThan(0);
    expect(out).toContain('> ');
    expect(out).not.toContain('undefined');
  });

  it('U+2028 and U+2029 inside a value keep line numbers and frames aligned', () => {
    const base = exampleText('机关服务费');
    const yaml = base.replace('项目名称: 机关服务费', '项目名称: 机关\u2028服务\u2029费').replace('=365.00(天)', '≥abc');
    const { r, out } = pretty(yaml);
    const d = r.diagnostics.find((x) => x.rule === 'indicator-value')!;
    expect(d).toBeDefined();
    expect(out).toMatch(new RegExp(`> ${d.span.line} \\|.*≥abc`));
  });
});

describe('common slips get a specific hint', () => {
  it('a full-width colon after a key', () => {
    const base = exampleText('机关服务费');
    const asKey = checkText(base.replace('项目名称: 机关服务费', '项目名称：机关服务费'));
    expect(asKey.diagnostics[0]!.rule).toBe('yaml-syntax');
    expect(diagnosticMessage(asKey.diagnostics[0]!, 'zh')).toContain('中文冒号');
    const asItem = checkText(base.replace('- 车辆安全保障天数: =365.00(天)', '- 车辆安全保障天数：=365.00(天)'));
    const d = asItem.diagnostics.find((x) => x.rule === 'wrong-type')!;
    expect(diagnosticMessage(d, 'zh')).toContain('中文冒号');
  });

  it('classic Mac (CR-only) line endings are read as lines', () => {
    const r = checkText(exampleText('机关服务费').replace(/\n/g, '\r'));
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.diagnostics.find((d) => d.rule === 'duplicate-indicator')!.span.line).toBe(42);
  });

  it('a unit with its own brackets is printed as written', async () => {
    const { parseIndicatorValue, formatIndicatorValue } = await import('../../src/model/indicator-value.js');
    expect(formatIndicatorValue(parseIndicatorValue('≥20(次)以上', 'x'))).toBe('≥20(次)以上');
    expect(formatIndicatorValue(parseIndicatorValue('≥20 次', 'x'))).toBe('≥20(次)');
  });
});
