import { amountValues, indicatorValues } from './yaml-nodes.js';
import type { Fix, Fixer } from './types.js';

/** A number with at least one digit: digits, and , or . between digits — ASCII or full-width. */
const NUMBER_RUN = /[0-9０-９](?:[0-9０-９]|[,，.．](?=[0-9０-９]))*/gu;
const FULL_WIDTH = /[０-９，．]/u;

function toAscii(s: string): string {
  return s.replace(/[０-９]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30)).replace(/，/gu, ',').replace(/．/gu, '.');
}

/**
 * `≥１，０００次` → `≥1,000次`, `２,810,000.00` → `2,810,000.00`: full-width
 * digits, commas and points inside a number, as a Chinese input method types
 * them. Only characters inside a number change; the rest stays as written.
 */
export const fullWidthDigits: Fixer = ({ text: doc, source }) => {
  if (!source) return [];
  const out: Fix[] = [];
  const values = [...indicatorValues(source.doc, doc), ...amountValues(source.doc, doc)];
  for (const { value } of values) {
    if (typeof value.node.value !== 'string' || !FULL_WIDTH.test(value.raw)) continue;
    const edits = [...value.raw.matchAll(NUMBER_RUN)]
      .filter((m) => FULL_WIDTH.test(m[0]))
      .map((m) => ({ start: value.start + m.index, end: value.start + m.index + m[0].length, newText: toAscii(m[0]) }));
    if (edits.length === 0) continue;
    let fixed = value.raw;
    for (const e of [...edits].reverse()) fixed = fixed.slice(0, e.start - value.start) + e.newText + fixed.slice(e.end - value.start);
    // Digits alone cannot change meaning; a full-width comma or point might have been meant otherwise, so the user chooses.
    const onlyDigits = edits.every((e) => !/[，．]/u.test(doc.slice(e.start, e.end)));
    out.push({
      title: { messageId: 'use-ascii-digits', data: { value: fixed } },
      at: [value.start, value.end],
      edits,
      preferred: onlyDigits,
    });
  }
  return out;
};
