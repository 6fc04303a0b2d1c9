import { readLimited } from '../load/read.js';
import { checkFile, type CheckOptions } from '../check/check-file.js';
import { layoutDeclaration } from '../documents/declaration-layout.js';
import { writeDocument } from '../documents/write-document.js';
import { loadFontSet } from '../fonts/font-set.js';
import { OVERVIEW_TITLE, overviewSheet } from '../forms/index.js';
import { layoutSheet, type SheetLayout } from '../layout/layout-sheet.js';
import { numberPages } from '../layout/page.js';
import { A4_LANDSCAPE, A4_PORTRAIT, contentWidth, FORM_TYPOGRAPHY } from '../layout/page-setup.js';
import type { Declaration } from '../model/declaration.js';
import { documentDate } from '../writers/document-date.js';
import type { DocumentOutline, LaidSheet } from '../writers/document-writer.js';
import { OutputFiles } from '../writers/output-files.js';
import { digestOf, type ProjectSummary } from './collect.js';

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
  /** Defaults to documentDate(). */
  readonly date?: Date;
}

/** A file changed between the two passes: what was checked is no longer what would be drawn. */
export class SourceChangedError extends Error {
  constructor(readonly file: string) {
    super(`${file} changed while the summary was being written`);
  }
}

/**
 * Pass two: the overview, then each project's form, read, checked and laid
 * out again one at a time and drawn into the PDF and the workbook at once,
 * both streamed to temporary files beside their targets. Only when both are
 * complete are they put in place, together (see OutputFiles); on any failure
 * (or Ctrl-C) the temporary files are removed and existing outputs stay as
 * they were.
 */
export async function writeSummary(o: SummaryOptions): Promise<void> {
  const fontOption = o.font === undefined ? {} : { font: o.font };
  const fonts = loadFontSet(fontOption);

  // The overview is laid out first (its page count is part of the total) and dropped once drawn: for
  // thousands of projects it is the largest thing the summary holds.
  let overview: SheetLayout | undefined = overviewLayout(o);
  const overviewPages = overview.pages.length;
  const total = overviewPages + o.projects.reduce((a, p) => a + p.pages, 0);
  const numbering = (first: number) => ({ first, total, face: fonts.primary.regular });

  const outline: DocumentOutline = {
    title: o.title,
    subject: OVERVIEW_TITLE,
    date: o.date ?? documentDate(),
    sheets: [
      { name: SUMMARY_SHEET, bookmark: OVERVIEW_TITLE, orientation: 'landscape' },
      ...o.projects.map((p) => ({ name: p.sheet, bookmark: p.name, linkTarget: true, orientation: 'portrait' as const })),
    ],
  };

  async function* sheets(): AsyncGenerator<LaidSheet> {
    const first = overview!;
    overview = undefined;
    yield { layout: first, pages: first.pages.map((page, i) => numberPages([page], A4_LANDSCAPE, fonts, numbering(i + 1))[0]!) };
    let next = overviewPages + 1;
    for (const [i, p] of o.projects.entries()) {
      o.onProgress?.(i, o.projects.length, p.name);
      const { layout } = layoutDeclaration(reload(p, o.checkOptions(p.file)), fontOption);
      if (layout.pages.length !== p.pages) throw new SourceChangedError(p.file);
      yield { layout, pages: numberPages(layout.pages, A4_PORTRAIT, fonts, numbering(next)) };
      next += p.pages;
    }
    o.onProgress?.(o.projects.length, o.projects.length, '');
  }

  const files = await OutputFiles.open([o.pdfPath, o.xlsxPath]);
  try {
    await writeDocument(
      outline,
      fonts,
      [
        { format: 'pdf', out: files.stream(0) },
        { format: 'xlsx', out: files.stream(1) },
      ],
      sheets(),
    );
  } catch (e) {
    throw await files.abandon(e);
  }
  await files.commit();
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
