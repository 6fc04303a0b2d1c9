import { layoutDeclaration, type DeclarationLayout } from '../documents/declaration-layout.js';
import { collectBytes, writeDocument, type DocumentOutput } from '../documents/write-document.js';
import type { FontSet } from '../fonts/font-set.js';
import { DEFAULT_FORM, type FormTemplate } from '../forms/index.js';
import type { SheetLayout } from '../layout/layout-sheet.js';
import { numberPages } from '../layout/page.js';
import type { Declaration } from '../model/declaration.js';
import { documentDate } from '../writers/document-date.js';
import type { DocumentFormat, DocumentOutline, LaidSheet } from '../writers/document-writer.js';
import { OutputFiles } from '../writers/output-files.js';
import { sheetName } from '../writers/sheet-name.js';

export type { MissingGlyph } from '../fonts/coverage.js';
export { FontLoadError } from '../fonts/load-face.js';
export { OutputError } from '../writers/output-files.js';
export { DocumentDateError } from '../writers/document-date.js';
export { layoutDeclaration, type DeclarationLayout } from '../documents/declaration-layout.js';

/** Which documents render makes, with which font, form and date. */
export interface RenderOptions {
  /** Which documents to make; both when neither is given. */
  readonly pdf?: boolean;
  readonly xlsx?: boolean;
  /** `--font PATH` (TTF/OTF, or TTC with `#FaceName`); the bundled Noto Serif SC fills in missing characters. */
  readonly font?: string;
  /** The form to fill; the Shanghai 申报表 by default. */
  readonly template?: FormTemplate<Declaration>;
  /** The documents' date; SOURCE_DATE_EPOCH or a fixed date by default, so equal input gives equal bytes. */
  readonly date?: Date;
  /** 第 N 页 共 M 页 at the foot of every page; the published forms have none. */
  readonly pageNumbers?: boolean;
}

/** What render returns: the laid-out form, its fonts, and the bytes of each document asked for. */
export interface RenderedForm extends DeclarationLayout {
  /** The form laid out on pages, as both documents draw it. */
  readonly layout: SheetLayout;
  readonly fonts: FontSet;
  /** Only when no character is missing from the fonts (see missingGlyphs). */
  readonly pdf?: Buffer;
  readonly xlsx?: Buffer;
}

/**
 * The official 申报表 of one valid declaration as PDF and XLSX bytes, drawn
 * from one layout. When some character is in no font (missingGlyphs), no
 * document is made: report them as findings at their fields instead.
 * Throws FontLoadError when `font` cannot be used.
 */
export async function render(decl: Declaration, options: RenderOptions = {}): Promise<RenderedForm> {
  const laid = layoutDeclaration(decl, options);
  if (laid.missingGlyphs.length > 0) return laid;
  const wanted = formats(options);
  const sinks = wanted.map((format) => ({ format, ...collectBytes() }));
  await writeForm(decl, laid, options, sinks);
  const bytes = await Promise.all(sinks.map((s) => s.bytes));
  return { ...laid, ...Object.fromEntries(wanted.map((f, i) => [f, bytes[i]])) };
}

/** Where renderToFiles writes: a path per format wanted. */
export interface RenderTargets {
  readonly pdf?: string;
  readonly xlsx?: string;
}

/**
 * render, written straight to files: the PDF and the XLSX of one form are
 * replaced together or not at all (see OutputFiles). Returns the layout and
 * the paths written; nothing is written when glyphs are missing. Throws
 * OutputError when a file cannot be written (EBUSY, ENOSPC, …).
 */
export async function renderToFiles(
  decl: Declaration,
  targets: RenderTargets,
  options: Omit<RenderOptions, 'pdf' | 'xlsx'> = {},
): Promise<DeclarationLayout & { readonly written: readonly string[] }> {
  const laid = layoutDeclaration(decl, options);
  if (laid.missingGlyphs.length > 0) return { ...laid, written: [] };
  const wanted = (['pdf', 'xlsx'] as const).filter((f) => targets[f] !== undefined);
  const paths = wanted.map((f) => targets[f]!);
  const files = await OutputFiles.open(paths);
  try {
    await writeForm(decl, laid, options, wanted.map((format, i) => ({ format, out: files.stream(i) })));
  } catch (e) {
    throw await files.abandon(e);
  }
  await files.commit();
  return { ...laid, written: paths };
}

function formats(o: Pick<RenderOptions, 'pdf' | 'xlsx'>): DocumentFormat[] {
  const both = !o.pdf && !o.xlsx;
  return [...(o.pdf || both ? (['pdf'] as const) : []), ...(o.xlsx || both ? (['xlsx'] as const) : [])];
}

/** The form as a one-sheet document, its pages numbered 第 N 页 共 M 页 when asked. */
async function writeForm(decl: Declaration, { fonts, layout }: DeclarationLayout, options: RenderOptions, outputs: readonly DocumentOutput[]): Promise<void> {
  const template = options.template ?? DEFAULT_FORM;
  const outline: DocumentOutline = {
    title: decl.name.value,
    subject: template.title,
    sheets: [{ name: sheetName(decl.name.value), orientation: 'portrait' }],
    date: options.date ?? documentDate(),
    pageNumbers: options.pageNumbers ?? false,
  };
  const total = layout.pages.length;
  const pages = options.pageNumbers ? numberPages(layout.pages, template.page, fonts, { first: 1, total, face: fonts.primary.regular }) : layout.pages;
  const sheet: LaidSheet = { layout, pages };
  await writeDocument(outline, fonts, outputs, [sheet]);
}
