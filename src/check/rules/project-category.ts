import { text } from '../../diagnostics/types.js';
import { PROJECT_CATEGORIES } from '../../model/taxonomy.js';
import { didYouMean } from '../../util/suggest.js';
import { defineModelRule } from '../rule.js';

export const projectCategory = defineModelRule({
  id: 'project-category',
  severity: 'error',
  docs: {
    title: text('项目类别只能是 特定目标类 或 其他运转类', 'Invalid 项目类别'),
    description: text(
      '需要填报绩效目标的项目支出分为两类：特定目标类 和 其他运转类。项目类别只能是这两者之一，用字必须完全一致。',
      'Project expenditure that carries a performance form is either 特定目标类 or 其他运转类; nothing else is accepted.',
    ),
    examples: { bad: '项目类别: 特定目标', good: '项目类别: 特定目标类' },
  },
  needs: ['category'],
  check({ decl, report }) {
    const { value, path } = decl.category;
    if ((PROJECT_CATEGORIES as readonly string[]).includes(value)) return;
    const guess = didYouMean(value, PROJECT_CATEGORIES);
    report({
      path,
      messageId: 'invalid',
      data: { value, ...(guess && { guess }) },
      ...(guess && { suggestions: [{ messageId: 'suggest-category', data: { value: guess }, edits: [{ path, text: guess }] }] }),
    });
  },
});
