/**
 * pdf.js, loaded only when a PDF is imported: it is the largest thing
 * declare carries (about 2 MB even minified), and no other command needs it.
 * In Node there is no Web Worker: pdf.js runs its worker code on the main
 * thread when the worker module is provided as `globalThis.pdfjsWorker`,
 * which is its documented way of using a bundled worker (no file path, no
 * second download).
 */
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | undefined;

export function loadPdfjs(): Promise<PdfJs> {
  loading ??= (async () => {
    const [lib, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.min.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.min.mjs')]);
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
    return lib as unknown as PdfJs;
  })();
  return loading;
}

/**
 * While pdf.js loads, before any document can set its verbosity, it looks
 * for the optional `canvas` package to draw pages (we only read them) and
 * says on stdout that it could not find it. Those two lines are dropped;
 * anything else passes. Ended once the first document is open.
 */
export function quietPdfjsLoading(): () => void {
  const log = console.log;
  console.log = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && /^Warning: Cannot polyfill `(DOMMatrix|Path2D)`/.test(args[0])) return;
    log(...args);
  };
  return () => {
    if (console.log !== log) console.log = log;
  };
}
