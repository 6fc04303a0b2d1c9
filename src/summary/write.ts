import { readLimited } from '../load/read.js';
import { checkFile, type CheckOptions } from '../check/check-file.js';
import { layoutDeclaration } from '../documents/declaration-layout.js';
import { writeDocument } from '../documents/write-document.js';
import { loadFontSet } from '../fonts/font-set.js';
import { DEFAULT_FORM, OVERVIEW_TITLE, overviewSheet } from '../forms/index.js';
import type { HeadingLine } from '../layout/grid.js';
import { layoutSheet, type SheetLayout } from '../layout/layout-sheet.js';
import { numberPages, type LaidPage } from '../layout/page.js';
import { A4_LANDSCAPE, contentWidth, FORM_TYPOGRAPHY, type PageGeometry } from '../layout/page-setup.js';
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
  /** The overview table (with its totals and links) before the forms; the published 汇总表 has none. */
  readonly overview?: boolean;
  /** 第 N 页 共 M 页 at the foot of every page. */
  readonly pageNumbers?: boolean;
}

/** The summary's title as the published 汇总表 prints it: one line above the first form. */
export function titleLine(title: string): HeadingLine {
  return { text: title, size: SUMMARY_TITLE_SIZE, weight: 'bold', path: ['实施单位'], gapAfter: 10 };
}

/** Small enough for a unit's full name and the title to fit on one line of A4, as printed. */
const SUMMARY_TITLE_SIZE = 15;

/** A file changed between the two passes: what was checked is no longer what would be drawn. */
export class SourceChangedError extends Error {
  constructor(readonly file: string) {
    super(`${file} changed while the summary was being written`);
  }
}

/**
 * Pass two: the title and each project's form (or, with `overview`, the
 * overview and then the forms), read, checked and laid out again one at a time and drawn into the PDF and the workbook at once,
 * both streamed to temporary files beside their targets. Only when both are
 * complete are they put in place, together (see OutputFiles); on any failure
 * (or Ctrl-C) the temporary files are removed and existing outputs stay as
 * they were.
 */
export async function writeSummary(o: SummaryOptions): Promise<void> {
  const fontOption = o.font === undefined ? {} : { font: o.font };
  const fonts = loadFontSet(fontOption);
  const formPage = DEFAULT_FORM.page;

  // The overview is laid out first (its page count is part of the total) and dropped once drawn: for
  // thousands of projects it is the largest thing the summary holds. Without it, the title line goes
  // above the first form, as in the published 汇总表: that form is laid out first, for the same reason.
  let overview: SheetLayout | undefined = o.overview ? overviewLayout(o) : undefined;
  const [firstProject] = o.projects;
  let firstForm: SheetLayout | undefined =
    !o.overview && firstProject ? layoutDeclaration(reload(firstProject, o.checkOptions(firstProject.file)), { ...fontOption, prefix: [titleLine(o.title)] }).layout : undefined;
  const overviewPages = overview?.pages.length ?? 0;
  const total = overviewPages + (firstForm ? firstForm.pages.length - firstProject!.pages : 0) + o.projects.reduce((a, p) => a + p.pages, 0);
  const numbered = (pages: readonly LaidPage[], geometry: PageGeometry, first: number) =>
    o.pageNumbers ? numberPages(pages, geometry, fonts, { first, total, face: fonts.primary.regular }) : pages;

  const outline: DocumentOutline = {
    title: o.title,
    subject: OVERVIEW_TITLE,
    date: o.date ?? documentDate(),
    pageNumbers: o.pageNumbers ?? false,
    sheets: [
      ...(o.overview ? [{ name: SUMMARY_SHEET, bookmark: OVERVIEW_TITLE, orientation: 'landscape' as const }] : []),
      ...o.projects.map((p) => ({ name: p.sheet, bookmark: p.name, linkTarget: o.overview === true, orientation: 'portrait' as const })),
    ],
  };

  async function* sheets(): AsyncGenerator<LaidSheet> {
    let next = 1;
    if (overview) {
      const laid = overview;
      overview = undefined;
      yield { layout: laid, pages: numbered(laid.pages, A4_LANDSCAPE, next) };
      next += overviewPages;
    }
    for (const [i, p] of o.projects.entries()) {
      o.onProgress?.(i, o.projects.length, p.name);
      let layout: SheetLayout;
      if (i === 0 && firstForm) {
        layout = firstForm;
        firstForm = undefined;
      } else {
        layout = layoutDeclaration(reload(p, o.checkOptions(p.file)), fontOption).layout;
        if (layout.pages.length !== p.pages) throw new SourceChangedError(p.file);
      }
      yield { layout, pages: numbered(layout.pages, formPage, next) };
      next += layout.pages.length;
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
