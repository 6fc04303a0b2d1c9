import { text, type Diagnostic, type Span } from '../diagnostics/types.js';
import { nameKey } from '../model/names.js';

/** What the cross-file rules need of one declaration. */
export interface ProjectIdentity {
  readonly file: string;
  /** 实施单位, 年度, 项目名称 */
  readonly unit: string;
  readonly year: number;
  readonly name: string;
  /** Where each of them is written. */
  readonly spans: { readonly unit: Span; readonly year: Span; readonly name: Span };
}

/**
 * The most frequent value; on a tie, the one that comes first in input order
 * (so the result never depends on anything but the inputs and their order).
 */
export function majority<T>(values: readonly T[]): { value: T; count: number } | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: { value: T; count: number } | undefined;
  for (const [value, count] of counts) if (!best || count > best.count) best = { value, count };
  return best;
}

/**
 * The summary's own rules, across its files (one unit, one year, distinct
 * names), as diagnostics at the offending line of each file, in input order.
 * Severities are the rules' defaults; the caller applies configuration.
 */
export function summaryDiagnostics(projects: readonly ProjectIdentity[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  const n = projects.length;
  // Units and names are compared as a reader sees them (nameKey); messages quote them as written.
  const unitKey = majority(projects.map((p) => nameKey(p.unit)));
  const unit = unitKey && { ...unitKey, value: projects.find((p) => nameKey(p.unit) === unitKey.value)!.unit };
  const year = majority(projects.map((p) => p.year));
  const byName = new Map<string, ProjectIdentity[]>();
  for (const p of projects) {
    const key = nameKey(p.name);
    const same = byName.get(key);
    if (same) same.push(p);
    else byName.set(key, [p]);
  }

  for (const p of projects) {
    if (unit && nameKey(p.unit) !== unitKey!.value) {
      out.push({
        file: p.file,
        span: p.spans.unit,
        severity: 'error',
        rule: 'summary-mixed-unit',
        path: ['实施单位'],
        message: text(
          `实施单位“${p.unit}”与本次汇总的其他申报文件不同：${n} 个文件中有 ${unit.count} 个的实施单位是“${unit.value}”。一份汇总表只汇总一个单位的项目：请核对本文件的实施单位，或把它从这次汇总中移出。`,
          `实施单位 (implementing unit) "${p.unit}" differs from the other declarations of this summary: ${unit.count} of ${n} files name "${unit.value}". A summary covers one unit: correct this file's 实施单位 or leave the file out of this summary.`,
        ),
      });
    }
    if (year && p.year !== year.value) {
      out.push({
        file: p.file,
        span: p.spans.year,
        severity: 'error',
        rule: 'summary-mixed-year',
        path: ['年度'],
        message: text(
          `年度 ${p.year} 与本次汇总的其他申报文件不同：${n} 个文件中有 ${year.count} 个是 ${year.value} 年度。一份汇总表只汇总一个年度的项目：请改正本文件的年度，或把它从这次汇总中移出。`,
          `年度 (year) ${p.year} differs from the other declarations of this summary: ${year.count} of ${n} files are for ${year.value}. A summary covers one year: correct this file's 年度 or leave the file out of this summary.`,
        ),
      });
    }
    const same = byName.get(nameKey(p.name))!;
    if (same.length > 1) {
      // A few places are enough to find the copies; listing every one for every file would grow as the square.
      const all = same.filter((o) => o !== p);
      const shown = all.slice(0, 5).map((o) => `${o.file}:${o.spans.name.line}`);
      const more = all.length > shown.length;
      const othersZh = shown.join('、') + (more ? `…（共 ${all.length} 处）` : '');
      const othersEn = shown.join(', ') + (more ? `… (${all.length} in all)` : '');
      out.push({
        file: p.file,
        span: p.spans.name,
        severity: 'error',
        rule: 'summary-duplicate-name',
        path: ['项目名称'],
        message: text(
          `项目名称“${p.name}”与 ${othersZh} 重复。汇总表中每个项目只能出现一次：如果是同一项目，请删去多余的文件；如果是不同项目，请改用能区分它们的名称。`,
          `项目名称 (project name) "${p.name}" is also used by ${othersEn}. Each project appears once in a summary: remove the extra copy, or give different projects distinct names.`,
        ),
      });
    }
  }
  return out;
}
