import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  readonly pages: readonly string[];
  readonly info: Record<string, unknown>;
  readonly outline: readonly string[];
}

/** The text of each page in content-stream order, as a PDF reader extracts it. */
export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  try {
    const pages: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      pages.push(content.items.map((it) => ('str' in it ? it.str : '')).join(''));
    }
    const meta = await doc.getMetadata();
    const outline = ((await doc.getOutline()) ?? []).map((o) => o.title);
    return { pages, info: meta.info as Record<string, unknown>, outline };
  } finally {
    await doc.destroy();
  }
}

export const squash = (s: string) => s.replace(/\s+/g, '');

/** Assert-friendly: the first expected string not found in order (after the previous one), or undefined. */
export function firstOutOfOrder(haystack: string, expected: readonly string[]): string | undefined {
  let at = 0;
  for (const e of expected) {
    const k = haystack.indexOf(squash(e), at);
    if (k < 0) return e;
    at = k + squash(e).length;
  }
  return undefined;
}
