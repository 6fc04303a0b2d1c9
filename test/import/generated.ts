import { LEVEL2_BY_LEVEL1 } from '../../src/model/taxonomy.js';

export interface GeneratedOptions {
  readonly name: string;
  readonly indicators: number;
  readonly goalLength: number;
  readonly multiYear: boolean;
}

/** Values of every kind a form holds: each operator, units with and without brackets, qualitative text, a number without an operator. */
const VALUES = [
  (i: number) => `≥${i}.00(次)`,
  (i: number) => `≤${(i % 9) + 1}.50(万元/次)`,
  (i: number) => `=${90 + (i % 10)}(%)`,
  (i: number) => `>${i}(人次)`,
  (i: number) => `<${i + 1}(小时)`,
  () => '提升',
  () => '进一步净化',
  (i: number) => `${100 + i}米`,
  (i: number) => `≥${i}(次)以上`,
  () => '不超预算',
];

/**
 * Sentences as goal texts are written: full-width punctuation, Latin words
 * and figures inside the text, Latin phrases, a long link. Latin words
 * are written against the Chinese text without spaces: where a line wraps
 * between Chinese and Latin text, a PDF cannot show whether a space was
 * there (see src/import/pdf/cell-text.ts).
 */
const SENTENCES = [
  '围绕年度重点任务，完善工作机制，提升服务质量和效率，确保各项指标按期完成。',
  '完成ICP备案核验和App安全评估不少于120次，系统可用性达到99.95%以上，覆盖iOS和Android客户端，开放数据接口（Open Data API v2 for county level services）。',
  '按照《关于进一步加强财政项目支出绩效管理的通知》要求，细化量化绩效目标。',
  '相关材料统一发布于：https://example.gov.cn/performance/2025/annual-report-and-evaluation-materials/index.html，供社会监督。',
  '推进IPv6规模部署，全年开展专项检查12次，问题整改率100%。',
];

/** Numbered paragraphs of realistic sentences, about `length` characters. */
function goalText(length: number, seed: number): string {
  const paras: string[] = [];
  let n = 0;
  for (let i = 1; n < length; i++) {
    const count = 1 + ((i + seed) % 4);
    const p = `${i}.${Array.from({ length: count }, (_, k) => SENTENCES[(i * 3 + k + seed) % SENTENCES.length]).join('')}`;
    paras.push(p);
    n += p.length;
  }
  return paras.join('\n');
}

const NAMES = ['系统巡检次数', '新闻 app 覆盖数', '重点企业、重点领域的全流程安全评估服务（含生成式人工智能服务备案测试审核）', '满意度', 'ICP 备案核验率', '信息化运维费率'];

/**
 * A declaration as YAML that uses every 一级 and 二级 of the indicator
 * framework, every kind of 指标值, long goal texts with paragraphs and Latin
 * words, and (optionally) several years with the whole-life column.
 */
export function generatedYaml(o: GeneratedOptions): string {
  const groups = Object.entries(LEVEL2_BY_LEVEL1).flatMap(([l1, l2s]) => l2s.map((l2) => [l1, l2] as const));
  const items = groups.map(() => [] as string[]);
  for (let i = 0; i < o.indicators; i++) {
    const g = i % groups.length;
    const name = `${NAMES[i % NAMES.length]}${i + 1}`;
    items[g]!.push(`      - ${JSON.stringify(name)}: ${JSON.stringify(VALUES[i % VALUES.length]!(i + 1))}`);
  }
  const tree: string[] = [];
  let last = '';
  groups.forEach(([l1, l2], g) => {
    if (items[g]!.length === 0) return;
    if (l1 !== last) tree.push(`  ${l1}:`);
    last = l1;
    tree.push(`    ${l2}:`, ...items[g]!);
  });
  const block = (s: string) => s.split('\n').map((l) => `    ${l}`).join('\n');
  const end = o.multiYear ? '2027-12-31' : '2025-12-31';
  return `年度: 2025
项目名称: ${o.name}
项目性质: 经常性项目
项目类别: 特定目标类
主管部门: 上海市徐汇区人民政府办公室
实施单位: 上海市徐汇区大数据中心
计划开始日期: 2025-01-01
计划完成日期: ${end}

项目资金:
${o.multiYear ? '  项目资金总额:\n    合计: 3,000,000.00\n    财政资金: 2,900,000.00\n    其他资金: 100,000.00\n' : ''}  年度资金申请总额:
    当年财政拨款: 900,000.00
    上年结转资金: 50,000.50
    其他资金: 49,999.50

绩效目标:
${o.multiYear ? `  项目总目标: |\n${block(goalText(o.goalLength, 1))}\n` : ''}  年度总体目标: |
${block(goalText(o.goalLength, 2))}

绩效指标:
${tree.join('\n')}
`;
}
