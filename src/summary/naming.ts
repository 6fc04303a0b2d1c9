import { SUMMARY_TITLE_SUFFIX } from '../forms/index.js';
import { sheetNames } from '../writers/sheet-name.js';
import { SUMMARY_SHEET } from './write.js';

/**
 * `<实施单位><年度>年度项目绩效目标汇总表` (no space, unlike the title), the
 * name of both output files. Characters no file system accepts everywhere
 * (/ \ : * ? " < > | and control characters) become `_`; trailing dots and
 * spaces, which Windows drops, are removed.
 */
export function summaryFileStem(unit: string, year: number): string {
  const safeUnit = unit
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, '_')
    .trim()
    .replace(/[. ]+$/, '');
  return visibleName(`${safeUnit}${year}${SUMMARY_TITLE_SUFFIX}`);
}

/** A file name nobody overlooks: leading dots (a hidden file on Linux and macOS) and spaces are dropped. */
export function visibleName(stem: string): string {
  const visible = stem.replace(/^[.\s]+/u, '');
  return visible === '' ? '_' : visible;
}

/** One worksheet name per project, in order, never 汇总 (the overview's sheet). */
export function projectSheetNames(names: readonly string[]): string[] {
  return sheetNames(names, [SUMMARY_SHEET]);
}
