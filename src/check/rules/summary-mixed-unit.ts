import { text } from '../../diagnostics/types.js';
import { majority } from '../../util/majority.js';
import { nameKey } from '../../model/names.js';
import { defineCrossFileRule } from '../rule.js';

/** Run by `declare summary` across its input files. */
export const summaryMixedUnit = defineCrossFileRule({
  id: 'summary-mixed-unit',
  severity: 'error',
  docs: {
    title: text('汇总的申报文件属于不同的实施单位（生成汇总表时检查）', 'The declarations of a summary name different implementing units (checked by summary)'),
    description: text(
      '一份《项目绩效目标汇总表》汇总一个单位的全部项目，标题和文件名都取自实施单位。汇总时，实施单位与多数文件不同的申报文件会在其“实施单位”一行报告，并写明多数文件的实施单位：请核对该文件的实施单位（常见的是简称、错别字或多余的空格），或把它从这次汇总中移出。',
      'A project performance summary covers one unit; its title and file name come from 实施单位. A declaration whose 实施单位 differs from most of the others is reported at that line, naming the majority value: correct it (abbreviations, typos and stray spaces are common) or leave the file out of this summary.',
    ),
    examples: {
      bad: '# 01-网络宣传工作.yaml\n实施单位: 中共上海市委网络安全和信息化委员会办公室\n# 02-机关服务费.yaml\n实施单位: 上海市委网信办',
      good: '# 01-网络宣传工作.yaml\n实施单位: 中共上海市委网络安全和信息化委员会办公室\n# 02-机关服务费.yaml\n实施单位: 中共上海市委网络安全和信息化委员会办公室',
    },
  },
  check({ projects, report }) {
    // Compared as a reader sees them (nameKey: spaces, invisible characters, composition ignored); quoted as written.
    const unit = majority(projects.map((p) => nameKey(p.unit)));
    if (!unit) return;
    const written = projects.find((p) => nameKey(p.unit) === unit.value)!.unit;
    for (const p of projects) {
      if (nameKey(p.unit) === unit.value) continue;
      report({ file: p.file, span: p.spans.unit, path: ['实施单位'], messageId: 'differs', data: { unit: p.unit, files: projects.length, count: unit.count, majority: written } });
    }
  },
});
