import { pick, type Lang } from '../diagnostics/types.js';
import type { IoProblem } from '../load/discover.js';

export function printProblems(problems: readonly IoProblem[], lang: Lang): void {
  for (const p of problems) process.stderr.write(`${lang === 'zh' ? '无法读取' : 'cannot read'}: ${pick(p.message, lang)}\n`);
}

/** Colour only for a terminal; NO_COLOR and FORCE_COLOR as https://no-color.org and chalk define them. */
export function useColor(stream: NodeJS.WriteStream): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return Boolean(stream.isTTY) && process.env.TERM !== 'dumb';
}
