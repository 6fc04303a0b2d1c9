import type { DocPath } from '../diagnostics/types.js';
import { missingGlyphs, type MissingGlyph } from '../fonts/coverage.js';
import { loadFontSet, type FontSet } from '../fonts/font-set.js';
import { declarationSheet, FORM_TITLE } from '../forms/index.js';
import { layoutSheet, type SheetLayout } from '../layout/layout-sheet.js';
import { A4_PORTRAIT, contentWidth, FORM_TYPOGRAPHY } from '../layout/page-setup.js';
import type { Declaration } from '../model/declaration.js';
import { sheetName, sheetsPdf, sheetsXlsx } from './documents.js';

export type { MissingGlyph } from '../fonts/coverage.js';
export { FontLoadError } from '../fonts/load-face.js';

export interface RenderOptions {
  readonly pdf: boolean;
  readonly xlsx: boolean;
  /** `--font PATH` (TTF/OTF, or TTC with `#FaceName`); the bundled Noto Serif SC fills in missing characters. */
  readonly font?: string;
}

export interface RenderResult {
  readonly pdf?: Buffer;
  readonly xlsx?: Buffer;
  /** Characters no font covers; when there are any, no documents are produced. */
  readonly missingGlyphs: readonly { readonly char: string; readonly codePoint: number; readonly path: DocPath }[];
}

export interface DeclarationLayout {
  readonly fonts: FontSet;
  readonly layout: SheetLayout;
  readonly missingGlyphs: readonly MissingGlyph[];
}

/**
 * The form's layout, computed once; both documents are drawn from it.
 * Throws FontLoadError when `font` cannot be used.
 */
export function layoutDeclaration(decl: Declaration, options: { font?: string } = {}): DeclarationLayout {
  const fonts = loadFontSet(options.font === undefined ? {} : { font: options.font });
  const sheet = declarationSheet(decl, contentWidth(A4_PORTRAIT));
  const missing = missingGlyphs(sheet, fonts);
  const layout = layoutSheet(sheet, fonts, { page: A4_PORTRAIT, typography: FORM_TYPOGRAPHY, fallbackFace: fonts.primary });
  return { fonts, layout, missingGlyphs: missing };
}

/**
 * The official 申报表 of one validated declaration as PDF and/or XLSX.
 * Throws FontLoadError when `font` cannot be used.
 */
export async function renderDeclaration(decl: Declaration, options: RenderOptions): Promise<RenderResult> {
  const { fonts, layout, missingGlyphs } = layoutDeclaration(decl, options.font === undefined ? {} : { font: options.font });
  if (missingGlyphs.length > 0) return { missingGlyphs };
  const [pdf, xlsx] = await Promise.all([
    options.pdf ? sheetsPdf([layout], fonts, { title: decl.name, subject: FORM_TITLE, page: A4_PORTRAIT }) : undefined,
    options.xlsx ? sheetsXlsx([{ layout, name: sheetName(decl.name) }], fonts) : undefined,
  ]);
  return { ...(pdf && { pdf }), ...(xlsx && { xlsx }), missingGlyphs: [] };
}
