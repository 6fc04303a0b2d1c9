import { text } from '../../diagnostics/types.js';
import type { DocPath } from '../../diagnostics/types.js';
import { knownKeysAt } from '../../schema/declaration.js';
import { didYouMean } from '../../util/suggest.js';
import { defineSchemaRule } from '../rule.js';

export const unknownKey = defineSchemaRule({
  id: 'unknown-key',
  severity: 'error',
  docs: {
    title: text('未知的键（附“您是不是想写”建议）', 'Unknown key (with a "did you mean")'),
    description: text(
      '文件中只能出现格式规定的键。拼错的键（如“其它资金”“项目资金总数”）否则会被静默忽略，表上该项就成了空白或 0，因此一律报错，并给出最接近的正确写法；如果这个键属于别的位置（如把“财政资金”写在“年度资金申请总额”下），会指出它应在的位置。',
      'Only the keys of the format are allowed. A misspelt key would otherwise be ignored silently and the form would show a blank or 0, so it is always an error, with the closest correct key, or the place where the key belongs.',
    ),
    examples: {
      bad: '项目资金:\n  年度资金申请总额:\n    当年财政拨款: 100\n    上年结转资金: 0\n    其它资金: 0',
      good: '项目资金:\n  年度资金申请总额:\n    当年财政拨款: 100\n    上年结转资金: 0\n    其他资金: 0',
    },
  },
  check({ issues, report }) {
    for (const i of issues) {
      if (i.kind !== 'unknown-key') continue;
      const path = i.path;
      const key = String(path[path.length - 1]);
      const parent = path.slice(0, -1);
      const allowed = knownKeysAt(parent) ?? [];
      const guess = didYouMean(key, allowed);
      if (guess) {
        report({
          path,
          part: 'key',
          messageId: 'did-you-mean',
          data: { key, guess },
          suggestions: [{ messageId: 'suggest-key', data: { key: guess }, edits: [{ path, part: 'key', text: guess }] }],
        });
        continue;
      }
      const home = whereKeyBelongs(key);
      if (home) report({ path, part: 'key', messageId: 'belongs-elsewhere', data: { key, parent, home } });
      else report({ path, part: 'key', messageId: 'unknown', data: { key, parent, allowed } });
    }
  },
});

/** The parent path where `key` is a known field, if it is one somewhere else. */
function whereKeyBelongs(key: string): DocPath | undefined {
  const stack: DocPath[] = [[]];
  while (stack.length) {
    const p = stack.pop()!;
    const keys = knownKeysAt(p) ?? [];
    if (keys.includes(key)) return p;
    for (const k of keys) stack.push([...p, k]);
  }
  return undefined;
}
