import { missingGlyphs, type MissingGlyph } from '../fonts/coverage.js';
import { loadFontSet, type FontSet } from '../fonts/font-set.js';
import { DEFAULT_FORM, fillForm, type FormTemplate } from '../forms/index.js';
import type { HeadingLine } from '../layout/grid.js';
import { layoutSheet, type SheetLayout } from '../layout/layout-sheet.js';
import type { Declaration } from '../model/declaration.js';

/** One declaration laid out on pages once, for every writer to draw: the pages, the fonts, and any characters no font covers. */
export interface DeclarationLayout {
  readonly fonts: FontSet;
  readonly layout: SheetLayout;
  /** Characters no font covers; while there are any, no document may be written. */
  readonly missingGlyphs: readonly MissingGlyph[];
}

export interface DeclarationLayoutOptions {
  /** `--font PATH` (TTF/OTF, or TTC with `#FaceName`); the bundled Noto Serif SC fills in missing characters. */
  readonly font?: string;
  /** The form to fill; the Shanghai 申报表 by default. */
  readonly template?: FormTemplate<Declaration>;
  /** Lines above the form's own heading (a summary's title above its first form). */
  readonly prefix?: readonly HeadingLine[];
}

/**
 * One declaration's form, filled and laid out once on the template's paper: every
 * document of it (PDF, XLSX, a summary's page) is drawn from this.
 * Throws FontLoadError when `font` cannot be used.
 */
export function layoutDeclaration(decl: Declaration, options: DeclarationLayoutOptions = {}): DeclarationLayout {
  const fonts = loadFontSet(options.font === undefined ? {} : { font: options.font });
  const template = options.template ?? DEFAULT_FORM;
  const filled = fillForm(template, decl);
  const sheet = options.prefix ? { ...filled, heading: [...options.prefix, ...filled.heading] } : filled;
  const missing = missingGlyphs(sheet, fonts);
  const layout = layoutSheet(sheet, fonts, { page: template.page, typography: template.typography, fallbackFace: fonts.primary });
  return { fonts, layout, missingGlyphs: missing };
}
