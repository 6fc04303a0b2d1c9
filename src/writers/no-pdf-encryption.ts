/**
 * Stands in for `@noble/ciphers/aes` in the bundle (scripts/bundle.mjs):
 * pdfkit uses AES only to encrypt a PDF with a password, which declare never
 * does, and the module builds its lookup tables when loaded (~8 ms of every
 * render).
 */
function refuse(): never {
  throw new Error('internal: declare does not encrypt PDFs');
}

export const cbc = refuse;
export const ecb = refuse;
