import { ruleDocFileUrl } from '../docs/links.js';
import { diagnosticMessage, type Diagnostic, type Lang } from '../diagnostics/types.js';
import { formatAmount, type Fen } from '../model/money.js';
import type { SourceFile } from '../load/source-file.js';
import { FUND_COLUMNS, readColumn, styled, type ColumnState } from './fixes/fund-total.js';
import { amountValues, pairAt } from './fixes/yaml-nodes.js';
import { say as sayIn, type LspMessage } from './messages.js';

/** What the editor shows when the pointer rests on [start, end) (offsets). */
export interface HoverEntry {
  readonly start: number;
  readonly end: number;
  readonly markdown: string;
}

/** A finding: its rule, its message and a link to the rule's page. */
export function findingHover(d: Diagnostic, lang: Lang): string {
  const severity = sayIn(lang, { messageId: d.severity === 'error' ? 'hover-severity-error' : 'hover-severity-warning' });
  return [`**${d.rule}** · ${severity}`, diagnosticMessage(d, lang), `[${sayIn(lang, { messageId: 'hover-rule-docs' })}: ${d.rule}](${ruleDocFileUrl(d.rule)}) · \`npx declare explain ${d.rule}\``].join('\n\n');
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
  const say = (m: LspMessage) => sayIn(lang, m);
  // In the file's unit (万元 amounts as exact as they were written); the default 元 in the official style.
  const money = (fen: Fen) => (c.unit === '元' ? formatAmount(fen, '元') : styled(fen, c));
  const rows = c.parts.map(
    (p) => `| ${p.label} | ${p.fen !== undefined ? money(p.fen) : p.written === undefined ? say({ messageId: 'hover-missing' }) : say({ messageId: 'hover-unreadable', data: { written: p.written } })} |`,
  );
  const sum = c.computed !== undefined ? `**${money(c.computed)}**` : '—';
  const lines = [
    `**${c.label}**（${c.unit === '元' ? say({ messageId: 'hover-yuan' }) : c.unit}）`,
    '',
    `| ${say({ messageId: 'hover-line' })} | ${say({ messageId: 'hover-amount' })} |`,
    '|---|---:|',
    ...rows,
    `| **${say({ messageId: 'hover-sum' })}** | ${sum} |`,
  ];
  if (c.stated) {
    const stated = c.stated.fen !== undefined ? money(c.stated.fen) : say({ messageId: 'hover-unreadable', data: { written: c.stated.written } });
    const verdict =
      c.stated.fen === undefined || c.computed === undefined
        ? ''
        : c.stated.fen === c.computed
          ? ' ✓'
          : ` ✗ ${say({ messageId: 'hover-differs', data: { difference: money(c.stated.fen > c.computed ? c.stated.fen - c.computed : c.computed - c.stated.fen) } })}`;
    lines.push(`| ${say({ messageId: 'hover-stated' })} | ${stated}${verdict} |`);
  } else if (c.computed !== undefined) {
    lines.push('', say({ messageId: 'hover-no-total' }));
  }
  return lines.join('\n');
}
