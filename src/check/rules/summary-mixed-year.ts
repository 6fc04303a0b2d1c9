import { text } from '../../diagnostics/types.js';
import { majority } from '../../util/majority.js';
import { defineCrossFileRule } from '../rule.js';

/** Run by `declare summary` across its input files. */
export const summaryMixedYear = defineCrossFileRule({
  id: 'summary-mixed-year',
  severity: 'error',
  docs: {
    title: text('汇总的申报文件属于不同的年度（生成汇总表时检查）', 'The declarations of a summary are for different years (checked by summary)'),
    description: text(
      '一份《项目绩效目标汇总表》只汇总一个年度的项目，标题和文件名都写明年度。汇总时，年度与多数文件不同的申报文件会在其“年度”一行报告，并写明多数文件的年度：请改正该文件的年度（常见的是沿用了上一年的文件），或把它从这次汇总中移出。',
      'A project performance summary covers one year, named in its title and file name. A declaration whose 年度 differs from most of the others is reported at that line, naming the majority year: correct it (often a copy of last year\'s file) or leave the file out of this summary.',
    ),
    examples: {
      bad: '# 01-网络宣传工作.yaml\n年度: 2025\n# 02-机关服务费.yaml\n年度: 2024',
      good: '# 01-网络宣传工作.yaml\n年度: 2025\n# 02-机关服务费.yaml\n年度: 2025',
    },
  },
  check({ projects, report }) {
    const year = majority(projects.map((p) => p.year));
    if (!year) return;
    for (const p of projects) {
      if (p.year === year.value) continue;
      report({ file: p.file, span: p.spans.year, path: ['年度'], messageId: 'differs', data: { year: p.year, files: projects.length, count: year.count, majority: year.value } });
    }
  },
});
