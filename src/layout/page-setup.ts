/** Page and type measurements, in pt (1/72 in). */
export interface PageGeometry {
  readonly width: number;
  readonly height: number;
  readonly margin: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
  /** Baseline of the page-number line, measured up from the bottom edge. */
  readonly footerBaseline: number;
  readonly footerSize: number;
}

export interface Typography {
  /** Body text size: 10.5 pt is 五号, the size of official forms. */
  readonly size: number;
  /** Line pitch as a multiple of the size. */
  readonly leading: number;
  /** Inner cell padding. */
  readonly padX: number;
  readonly padY: number;
  /** Even a one-line row gets this height, like the rows of a printed form. */
  readonly minRowHeight: number;
}

const MM = 72 / 25.4;

export const A4_PORTRAIT: PageGeometry = {
  width: 595.28,
  height: 841.89,
  margin: { top: 20 * MM, right: 16 * MM, bottom: 20 * MM, left: 16 * MM },
  footerBaseline: 10 * MM,
  footerSize: 9,
};

/** The summary's overview table: ten columns need the width; the forms stay portrait. */
export const A4_LANDSCAPE: PageGeometry = {
  ...A4_PORTRAIT,
  width: A4_PORTRAIT.height,
  height: A4_PORTRAIT.width,
};

export const FORM_TYPOGRAPHY: Typography = {
  size: 10.5,
  leading: 1.4,
  padX: 4,
  padY: 3.5,
  minRowHeight: 22,
};

export function contentWidth(page: PageGeometry): number {
  return page.width - page.margin.left - page.margin.right;
}

export function contentHeight(page: PageGeometry): number {
  return page.height - page.margin.top - page.margin.bottom;
}

/**
 * Where the baseline of a line of CJK text sits in its line box: the
 * ideographic em box (0.88 em above the baseline to 0.12 em below) is centred
 * in the line pitch, so text looks vertically centred whatever the face's
 * ascender and descender say (they differ between SimSun and Noto).
 */
export function baselineOffset(size: number, lineHeight: number): number {
  return (lineHeight - size) / 2 + 0.88 * size;
}
