/**
 * Stands in for the `brotli` package when bundling: fontkit imports it only to
 * read WOFF2 fonts, which declare refuses (too slow for PDF subsetting), and
 * decoding its dictionary on load cost ~17 ms of every render.
 */
export default function decompress(): never {
  throw new Error('WOFF2 fonts are not supported; use the TTF/OTF version of the font');
}
