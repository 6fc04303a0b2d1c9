import { ruleDocUrl } from '../docs/links.js';
import { diagnosticMessage, pick, type Diagnostic, type Lang, type Text } from '../diagnostics/types.js';
import { formatYuan } from '../model/money.js';
import type { SourceFile } from '../load/source-file.js';
import { FUND_COLUMNS, readColumn, type ColumnState } from './fixes/fund-total.js';
import { amountValues, pairAt } from './fixes/yaml-nodes.js';
import { t } from './messages.js';

/** What the editor shows when the pointer rests on [start, end) (offsets). */
export interface HoverEntry {
  readonly start: number;
  readonly end: number;
  readonly markdown: string;
}

/** A finding: its rule, its message and a link to the rule's page. */
export function findingHover(d: Diagnostic, lang: Lang): string {
  const severity = pick(d.severity === 'error' ? t.error : t.warning, lang);
  return [`**${d.rule}** · ${severity}`, diagnosticMessage(d, lang), `[${pick(t.ruleDocs, lang)}: ${d.rule}](${ruleDocUrl(d.rule)}) · \`npx declare explain ${d.rule}\``].join('\n\n');
}

/** Every amount of both columns (and the column keys): the column's lines and what they add up to. */
export function amountHovers(source: SourceFile, lang: Lang): HoverEntry[] {
  const out: HoverEntry[] = [];
  const tables = new Map<string, string>();
  for (const { label } of FUND_COLUMNS) {
    const column = readColumn(source.doc, source.text, label);
    if (column) tables.set(label, columnTable(column, lang));
    const key = pairAt(source.doc, ['项目资金', label])?.key as { range?: [number, number] } | undefined;
    if (column && key?.range) out.push({ start: key.range[0], end: key.range[1], markdown: tables.get(label)! });
  }
  for (const { path, value } of amountValues(source.doc, source.text)) {
    const table = tables.get(String(path[1]));
    if (table) out.push({ start: value.start, end: value.end, markdown: table });
  }
  return out;
}

function columnTable(c: ColumnState, lang: Lang): string {
  const say = (x: Text) => pick(x, lang);
  const rows = c.parts.map((p) => `| ${p.label} | ${p.fen !== undefined ? formatYuan(p.fen) : p.written === undefined ? say(t.missing) : say(t.unreadable(p.written))} |`);
  const sum = c.computed !== undefined ? `**${formatYuan(c.computed)}**` : '—';
  const lines = [`**${c.label}**（${say(t.yuan)}）`, '', `| ${say(t.line)} | ${say(t.amount)} |`, '|---|---:|', ...rows, `| **${say(t.sumOfParts)}** | ${sum} |`];
  if (c.stated) {
    const stated = c.stated.fen !== undefined ? formatYuan(c.stated.fen) : say(t.unreadable(c.stated.written));
    const verdict =
      c.stated.fen === undefined || c.computed === undefined
        ? ''
        : c.stated.fen === c.computed
          ? ' ✓'
          : ` ✗ ${say(t.differsBy(formatYuan(c.stated.fen > c.computed ? c.stated.fen - c.computed : c.computed - c.stated.fen)))}`;
    lines.push(`| ${say(t.statedTotal)} | ${stated}${verdict} |`);
  } else if (c.computed !== undefined) {
    lines.push('', say(t.totalLeftOut));
  }
  return lines.join('\n');
}
