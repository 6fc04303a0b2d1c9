import { diagnosticMessage } from '../../src/diagnostics/types.js';
import { checkText } from '../helpers/examples.js';
import type { Declaration } from '../../src/model/declaration.js';

export interface SyntheticOptions {
  /** Indicators in total, spread over the standard groups. */
  readonly indicators?: number;
  /** Characters of each goal text. */
  readonly goalLength?: number;
  /** Extra YAML lines replacing the defaults (e.g. a different 项目名称). */
  readonly name?: string;
}

const GROUPS: readonly [string, string, string, string][] = [
  ['成本指标', '经济成本指标', '≤', '万元'],
  ['产出指标', '数量指标', '≥', '次'],
  ['产出指标', '质量指标', '=', '%'],
  ['产出指标', '时效指标', '=', '%'],
  ['效益指标', '社会效益指标', '≥', '人次'],
  ['满意度指标', '服务对象满意度指标', '≥', '%'],
];

const SENTENCE = '围绕年度重点任务，完善工作机制，提升服务质量和效率，确保各项指标按期完成。';

/** A long goal text with paragraphs and an unbreakable ASCII run, `length` characters or so. */
export function longText(length: number, label: string): string {
  const paras: string[] = [];
  let n = 0;
  for (let i = 1; n < length; i++) {
    const p = `${label}${i}.${SENTENCE.repeat(1 + (i % 4))}${i % 5 === 0 ? ' https://example.gov.cn/a-very-long-unbreakable-reference-path/' + 'x'.repeat(60) : ''}`;
    paras.push(p);
    n += p.length;
  }
  return paras.join('\n');
}

/** A valid multi-year declaration with many indicators and long goal texts, to stress pagination. */
export function syntheticYaml(o: SyntheticOptions = {}): string {
  const count = o.indicators ?? 150;
  const goalLength = o.goalLength ?? 3000;
  const byGroup = GROUPS.map(() => [] as string[]);
  for (let i = 0; i < count; i++) {
    const g = i % GROUPS.length;
    const [, , op, unit] = GROUPS[g]!;
    const value = unit === '%' ? `${op}${90 + (i % 10)}(%)` : `${op}${(i + 1) * 3}.00(${unit})`;
    byGroup[g]!.push(`      - 第${i + 1}项测试指标${i % 7 === 0 ? '（含较长的说明文字以便换行显示）' : ''}: '${value}'`);
  }
  const indicators: string[] = [];
  let last1 = '';
  GROUPS.forEach(([l1, l2], g) => {
    if (byGroup[g]!.length === 0) return;
    if (l1 !== last1) indicators.push(`  ${l1}:`);
    last1 = l1;
    indicators.push(`    ${l2}:`, ...byGroup[g]!);
  });
  const block = (s: string) => s.split('\n').map((l) => `    ${l}`).join('\n');
  return `年度: 2025
项目名称: ${o.name ?? '综合测试项目'}
项目性质: 经常性项目
项目类别: 特定目标类
主管部门: 测试主管部门
实施单位: 测试实施单位
计划开始日期: 2025-01-01
计划完成日期: 2027-12-31

项目资金:
  项目资金总额:
    合计: 3,000,000.00
    财政资金: 2,900,000.00
    其他资金: 100,000.00
  年度资金申请总额:
    当年财政拨款: 900,000.00
    上年结转资金: 50,000.50
    其他资金: 49,999.50

绩效目标:
  项目总目标: |
${block(longText(goalLength, '总目标'))}
  年度总体目标: |
${block(longText(goalLength, '年度目标'))}

绩效指标:
${indicators.join('\n')}
`;
}

export function syntheticDeclaration(o: SyntheticOptions = {}): Declaration {
  const r = checkText(syntheticYaml(o), 'synthetic.yaml');
  if (!r.declaration) {
    const errors = r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.span.line}: ${d.rule} ${diagnosticMessage(d, 'zh')}`);
    throw new Error(`synthetic declaration does not validate:\n${errors.join('\n')}`);
  }
  return r.declaration;
}
