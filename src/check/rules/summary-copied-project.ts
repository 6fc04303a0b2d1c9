import { text } from '../../diagnostics/types.js';
import { findCopiesByKeys } from '../../analysis/copies.js';
import type { ProjectIdentity } from '../rule.js';
import { defineCrossFileRule } from '../rule.js';

/**
 * Run by `declare summary` (and the editor's folder view) across the files:
 * a project whose goal text or whole set of indicator names repeats another
 * project's. The comparison ignores spacing, line breaks, width and
 * punctuation (analysis/copies.ts) and keeps only digests per project.
 */
export const summaryCopiedProject = defineCrossFileRule({
  id: 'summary-copied-project',
  severity: 'warning',
  docs: {
    title: text('两个项目的绩效目标或全部指标相同（生成汇总表时检查）', 'Two projects share their goal text or their whole set of indicators (checked by summary)'),
    description: text(
      '同一单位的两个项目，年度总体目标（或项目总目标）一字不差，或者三级指标的名称完全相同（至少 3 个），多半是复制了另一个项目的申报表而没有改写：评审会认为目标没有针对本项目。比较时不计空格、换行、全角半角和标点。每个重复的项目在其目标或“绩效指标”处报告一次，并写明最先出现的文件和行号。',
      "Two projects of one unit with the same 年度总体目标 (or 项目总目标), or exactly the same indicator names (at least 3), were usually copied from one another without rewriting; reviewers read that as goals not made for the project. Spacing, line breaks, width and punctuation are ignored. Each copy is reported once, at its goal or 绩效指标, naming the file and line where the text first appears.",
    ),
    examples: {
      bad: '# 01-信息化运维项目.yaml\n年度总体目标: 通过对信息化系统进行维护，保障系统运行稳定。\n# 05-机房运维.yaml\n年度总体目标: 通过对信息化系统进行维护，保障系统运行稳定。',
      good: '# 01-信息化运维项目.yaml\n年度总体目标: 通过对信息化系统进行维护，保障系统运行稳定。\n# 05-机房运维.yaml\n年度总体目标: 完成机房空调和 UPS 的年度维保，全年无停机事故。',
    },
  },
  check({ projects, report }) {
    const withContent = projects.filter((p): p is ProjectIdentity & { content: NonNullable<ProjectIdentity['content']> } => p.content !== undefined);
    const found = findCopiesByKeys(withContent.map((p) => ({ ref: p, keys: p.content.keys })));
    for (const f of found) {
      const copy = f.copy.content;
      if (f.kind === 'same-goal') {
        const goal = copy.goals[f.goalIndex]!;
        const originalGoal = f.original.content.goals.find((_, i) => f.original.content.keys.goals[i] === copy.keys.goals[f.goalIndex])!;
        report({ file: f.copy.file, span: goal.span, path: goal.path, messageId: 'same-goal', data: { goal: goal.label, other: `${f.original.file}:${originalGoal.span.line}` } });
      } else {
        report({
          file: f.copy.file,
          span: copy.indicators.span,
          path: copy.indicators.path,
          messageId: 'same-indicators',
          data: { count: copy.keys.indicatorCount, other: `${f.original.file}:${f.original.content.indicators.span.line}` },
        });
      }
    }
  },
});
