import { text } from '../../diagnostics/types.js';
import type { ProjectIdentity } from '../rule.js';
import { nameKey } from '../../model/names.js';
import { defineCrossFileRule } from '../rule.js';

/** Run by `declare summary` across its input files. */
export const summaryDuplicateName = defineCrossFileRule({
  id: 'summary-duplicate-name',
  severity: 'error',
  docs: {
    title: text('汇总中有两个申报文件的项目名称相同（生成汇总表时检查）', 'Two declarations of a summary have the same project name (checked by summary)'),
    description: text(
      '汇总表按项目名称列出每个项目，PDF 书签和 XLSX 工作表也以项目名称命名：同名的两个项目无法区分，往往是同一个文件被复制了两份。每个重复的文件都会在其“项目名称”一行报告，并写明与之重名的文件和行号：如果是同一项目，请删去多余的文件；如果是不同项目，请改用能区分它们的名称。',
      'A summary lists each project by name, and its PDF bookmarks and XLSX sheets are named after it: two projects with one name cannot be told apart, and are often one file copied twice. Each duplicate is reported at its 项目名称 line, naming the other file and line: remove the extra copy, or give different projects distinct names.',
    ),
    examples: {
      bad: '# 01-网络宣传工作.yaml\n项目名称: 网络宣传工作\n# 07-网络宣传工作-副本.yaml\n项目名称: 网络宣传工作',
      good: '# 01-网络宣传工作.yaml\n项目名称: 网络宣传工作\n# 07-网络宣传专项.yaml\n项目名称: 网络宣传专项',
    },
  },
  check({ projects, report }) {
    // Names are compared as a reader sees them (nameKey), as 实施单位 are.
    const byName = new Map<string, ProjectIdentity[]>();
    for (const p of projects) {
      const key = nameKey(p.name);
      const same = byName.get(key);
      if (same) same.push(p);
      else byName.set(key, [p]);
    }
    for (const p of projects) {
      const same = byName.get(nameKey(p.name))!;
      if (same.length < 2) continue;
      // A few places are enough to find the copies; listing every one for every file would grow as the square.
      const all = same.filter((o) => o !== p);
      const others = all.slice(0, 5).map((o) => `${o.file}:${o.spans.name.line}`);
      report({ file: p.file, span: p.spans.name, path: ['项目名称'], messageId: 'duplicate', data: { name: p.name, others, total: all.length } });
    }
  },
});
