import { readLimited } from '../load/read.js';
import { checkFile, type CheckOptions } from '../check/check-file.js';
import { loadFontSet } from '../fonts/font-set.js';
import { layoutSheet, type SheetLayout } from '../layout/layout-sheet.js';
import { OVERVIEW_TITLE, overviewSheet } from '../forms/index.js';
import { numberPages } from '../layout/page.js';
import { A4_LANDSCAPE, A4_PORTRAIT, contentWidth, FORM_TYPOGRAPHY } from '../layout/page-setup.js';
import type { Declaration } from '../model/declaration.js';
import { documentDate } from '../render/document-date.js';
import { layoutDeclaration } from '../render/index.js';
import { digestOf, type ProjectSummary } from './collect.js';
import { StagedFile } from './staged-file.js';

/** The overview's sheet in the workbook; no project sheet may take this name. */
export const SUMMARY_SHEET = '汇总';

export interface SummaryProject extends ProjectSummary {
  /** The project's worksheet (see sheetNames). */
  readonly sheet: string;
}

export interface SummaryOptions {
  /** `<实施单位> <年度>年度项目绩效目标汇总表` */
  readonly title: string;
  readonly projects: readonly SummaryProject[];
  readonly pdfPath: string;
  readonly xlsxPath: string;
  readonly font?: string;
  readonly checkOptions: (file: string) => CheckOptions;
  readonly onProgress?: (done: number, total: number, name: string) => void;
}

/** A file changed between the two passes: what was checked is no longer what would be drawn. */
export class SourceChangedError extends Error {
  constructor(readonly file: string) {
    super(`${file} changed while the summary was being written`);
  }
}

/**
 * Pass two: the overview, then each project's form, read, checked and laid
 * out again one at a time and drawn straight into the PDF and the workbook,
 * both streamed to temporary files beside their targets. Only when both are
 * complete are they renamed into place; on any failure (or Ctrl-C) the
 * temporary files are removed and existing outputs stay as they were.
 */
export async function writeSummary(o: SummaryOptions): Promise<void> {
  const { createPdfStreamWriter } = await import('../render/pdf.js');
  const { addSheet, commitSheet, createStreamingWorkbook, finishStreamingWorkbook } = await import('../render/xlsx.js');
  const { rewriteZipFile } = await import('../render/zip.js');
  const fontOption = o.font === undefined ? {} : { font: o.font };
  const fonts = loadFontSet(fontOption);
  const date = documentDate();

  // The overview is laid out first (its page count is part of the total) and dropped once drawn: for
  // thousands of projects it is the largest thing the summary holds.
  let overview: SheetLayout | undefined = overviewLayout(o);
  const overviewPages = overview.pages.length;
  const total = overviewPages + o.projects.reduce((a, p) => a + p.pages, 0);
  const numbering = (first: number) => ({ first, total, face: fonts.primary.regular });

  const staged: StagedFile[] = [];
  const stage = async (path: string) => {
    const f = await StagedFile.create(path);
    staged.push(f);
    return f;
  };
  try {
    const pdfFile = await stage(o.pdfPath);
    const xlsxFile = await stage(o.xlsxPath);
    // exceljs's own archive (stored, with the current time on every entry), rewritten into xlsxFile at the end.
    const rawFile = await stage(`${o.xlsxPath}.raw`);
    const pdf = createPdfStreamWriter(fonts, { title: o.title, subject: OVERVIEW_TITLE, date }, pdfFile.stream);
    const wb = createStreamingWorkbook(rawFile.stream, date);

    overview.pages.forEach((page, i) => pdf.addPage(numberPages([page], A4_LANDSCAPE, fonts, numbering(i + 1))[0]!, i === 0 ? [OVERVIEW_TITLE] : []));
    await commitSheet(wb, addSheet(wb, overview, { name: SUMMARY_SHEET, fontName: fonts.sheetFontName, orientation: 'landscape' }));
    overview = undefined;
    await pdf.drain();

    let next = overviewPages + 1;
    for (const [i, p] of o.projects.entries()) {
      o.onProgress?.(i, o.projects.length, p.name);
      const { layout } = layoutDeclaration(reload(p, o.checkOptions(p.file)), fontOption);
      if (layout.pages.length !== p.pages) throw new SourceChangedError(p.file);
      numberPages(layout.pages, A4_PORTRAIT, fonts, numbering(next)).forEach((page, k) =>
        pdf.addPage(page, k === 0 ? [p.name] : [], k === 0 ? [p.sheet] : []),
      );
      next += p.pages;
      await commitSheet(wb, addSheet(wb, layout, { name: p.sheet, fontName: fonts.sheetFontName }));
      await pdf.drain();
    }
    o.onProgress?.(o.projects.length, o.projects.length, '');

    await pdf.end();
    await finishStreamingWorkbook(wb);
    await rewriteZipFile(rawFile.tmp, (chunk) => xlsxFile.write(chunk), date);
    await rawFile.discard();
    await pdfFile.close();
    await xlsxFile.close();
    await pdfFile.commit();
    await xlsxFile.commit();
  } catch (e) {
    for (const f of staged) await f.discard();
    throw e;
  }
}

/** The overview table laid out on A4 landscape, each row linking to its project's sheet. */
export function overviewLayout(o: Pick<SummaryOptions, 'title' | 'projects' | 'font'>): SheetLayout {
  const fonts = loadFontSet(o.font === undefined ? {} : { font: o.font });
  const rows = o.projects.map((p) => ({ ...p.row, link: p.sheet }));
  const sheet = overviewSheet(o.title, rows, contentWidth(A4_LANDSCAPE), fonts, FORM_TYPOGRAPHY);
  return layoutSheet(sheet, fonts, { page: A4_LANDSCAPE, typography: FORM_TYPOGRAPHY, fallbackFace: fonts.primary });
}

/** The declaration again, provided the file is byte for byte what pass one checked. */
function reload(p: ProjectSummary, options: CheckOptions): Declaration {
  const read = readLimited(p.file);
  if (read.ok !== true) throw new SourceChangedError(p.file);
  const bytes = read.bytes;
  if (digestOf(bytes) !== p.digest) throw new SourceChangedError(p.file);
  const r = checkFile(p.file, bytes, options);
  if (!r.declaration) throw new SourceChangedError(p.file);
  return r.declaration;
}
