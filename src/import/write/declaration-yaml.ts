import { formatDeclaration } from '../../fmt/index.js';
import { knownKeysAt } from '../../schema/declaration.js';
import { formatMessage } from '../../messages/index.js';
import type { Draft, DraftField, ImportMessage } from '../map/draft.js';
import { wanToYuan } from '../map/values.js';

/**
 * The first line of a declaration, as the examples have it: where the format
 * is described and how an editor checks the file (docs/editors.md explains
 * why declarations carry no `$schema=` path, which breaks when a file moves).
 */
export const DECLARATION_HEADER = '# 申报文件，格式见 declare 的 docs/format.md；编辑器中的补全和检查见 docs/editors.md。';

export interface WriteOptions {
  /** Comment lines at the top (without the line breaks); DECLARATION_HEADER by default. */
  readonly header?: readonly string[];
  /** How amounts are written (see fmt). */
  readonly amounts?: 'grouped' | 'plain' | 'keep';
}

export interface WrittenDeclaration {
  /** The declaration in the documented format, in the fmt shape. */
  readonly text: string;
  /** 项目名称 as read, for the file name; undefined when it could not be read. */
  readonly name?: string;
  /** Every place something could not be read (each also a `# 未能识别` comment in the text). */
  readonly unreadable: readonly { readonly where: DraftField['where']; readonly message: ImportMessage }[];
}

const MARK = '未能识别';

/**
 * A draft as a declaration file: the documented keys in the form's order,
 * values as printed (YAML-quoted where needed, then put into the canonical
 * shape by the formatter), and `# 未能识别：…` after every key whose value
 * could not be read, so the author sees in the file itself what to fill in.
 */
export function declarationYaml(draft: Draft, options: WriteOptions = {}): WrittenDeclaration {
  const unreadable: { where: DraftField['where']; message: ImportMessage }[] = [];
  const byPath = new Map(draft.fields.map((f) => [f.path.join('.'), f]));
  const lines: string[] = [];
  lines.push(...(options.header ?? [DECLARATION_HEADER]));

  const schemaHasUnit = knownKeysAt([])?.includes('金额单位') ?? false;
  const convert = draft.unit === '万元' && !schemaHasUnit;

  // The comment is part of the file, which is Chinese whatever --lang says (like the keys).
  const flag = (message: ImportMessage, where: DraftField['where']) => {
    unreadable.push({ where, message });
    return `  # ${MARK}：${unreadableText(message)}`;
  };
  const scalar = (f: DraftField): string => {
    if (f.kind === 'year' && f.value !== undefined && /^\d{4}$/.test(f.value)) return f.value;
    if (f.kind === 'amount' && f.value !== undefined && convert) return JSON.stringify(wanToYuan(f.value) ?? f.value);
    return JSON.stringify(f.value);
  };
  const entry = (indent: string, keyName: string, f: DraftField | undefined, required: boolean) => {
    if (!f) return;
    if (f.value !== undefined) {
      const note = f.kind === 'amount' && convert && wanToYuan(f.value) === undefined ? flag({ messageId: 'wan-inexact', data: { amount: f.value } }, f.where) : '';
      lines.push(`${indent}${keyName}: ${scalar(f)}${note}`);
    } else if (f.problem) lines.push(`${indent}${keyName}:${flag(f.problem, f.where)}`);
    else if (required) lines.push(`${indent}${keyName}:${flag({ messageId: 'empty', data: { key: keyName } }, f.where)}`);
  };
  const field = (path: string) => byPath.get(path);

  for (const k of ['年度', '项目名称', '项目性质', '项目类别', '主管部门', '实施单位', '计划开始日期', '计划完成日期']) entry('', k, field(k), true);
  if (draft.unit === '万元' && schemaHasUnit) lines.push('金额单位: 万元');

  lines.push('', '项目资金:');
  if (convert) lines.push('  # 原表金额单位为万元，已换算为元。');
  const wholeLife = ['合计', '财政资金', '其他资金'].map((k) => field(`项目资金.项目资金总额.${k}`));
  if (wholeLife.some((f) => f?.value !== undefined)) {
    lines.push('  项目资金总额:');
    ['合计', '财政资金', '其他资金'].forEach((k, i) => entry('    ', k, wholeLife[i], k !== '合计'));
  }
  lines.push('  年度资金申请总额:');
  for (const k of ['合计', '当年财政拨款', '上年结转资金', '其他资金']) entry('    ', k, field(`项目资金.年度资金申请总额.${k}`), k !== '合计');

  lines.push('', '绩效目标:');
  const overall = field('绩效目标.项目总目标');
  if (overall?.value !== undefined) entry('  ', '项目总目标', overall, false);
  entry('  ', '年度总体目标', field('绩效目标.年度总体目标'), true);

  lines.push('', '绩效指标:');
  const tree = new Map<string, Map<string, typeof draft.indicators[number][]>>();
  for (const ind of draft.indicators) {
    const l2s = tree.get(ind.level1) ?? new Map();
    tree.set(ind.level1, l2s);
    l2s.set(ind.level2, [...(l2s.get(ind.level2) ?? []), ind]);
  }
  if (tree.size === 0) lines[lines.length - 1] += flag({ messageId: 'no-indicators' }, draft.where);
  for (const [l1, l2s] of tree) {
    lines.push(`  ${JSON.stringify(l1)}:`);
    for (const [l2, items] of l2s) {
      lines.push(`    ${JSON.stringify(l2)}:`);
      for (const ind of items) {
        const note = ind.problem ? flag(ind.problem, ind.where) : '';
        lines.push(ind.value !== undefined ? `      - ${JSON.stringify(ind.name)}: ${JSON.stringify(ind.value)}${note}` : `      - ${JSON.stringify(ind.name)}:${note}`);
      }
    }
  }
  for (const p of draft.problems) unreadable.push({ where: p.where, message: p.message });

  const raw = lines.join('\n') + '\n';
  const formatted = formatDeclaration('import.yaml', Buffer.from(raw, 'utf8'), options.amounts ? { amounts: options.amounts } : {});
  const name = field('项目名称')?.value;
  return { text: formatted.ok ? formatted.text : raw, ...(name !== undefined && { name }), unreadable };
}

/** An import message in Chinese, as the `# 未能识别：…` comment writes it. */
export function unreadableText(m: ImportMessage, lang: 'zh' | 'en' = 'zh'): string {
  return formatMessage(lang, 'import-unreadable', m.messageId, m.data);
}
