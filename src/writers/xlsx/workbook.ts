import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { FontSet } from '../../fonts/font-set.js';
import type { DocumentOutline, DocumentWriter, LaidSheet } from '../document-writer.js';
import { StyleTable } from './styles.js';
import { worksheetXml } from './worksheet.js';
import { NS, XML_DECLARATION, xmlText } from './xml.js';
import { createZip } from './zip.js';

/**
 * The XLSX DocumentWriter: SpreadsheetML written directly, one worksheet
 * part per sheet as it is added, into a streaming ZIP. Writing the parts
 * ourselves (a few hundred lines) replaced exceljs, whose streaming writer
 * lost hyperlink targets and print options, could only be fixed through its
 * private fields, and made render and summary take two different paths.
 * The parts that need every sheet (workbook, styles) follow the sheets;
 * [Content_Types].xml comes first, as readers that sniff the format expect.
 */
export function createXlsxWriter(out: Writable, outline: DocumentOutline, fonts: FontSet): DocumentWriter {
  let failure: unknown;
  out.on('error', (e) => (failure ??= e));
  const check = () => {
    if (failure !== undefined) throw failure;
  };
  const zip = createZip(out, outline.date);
  const styles = new StyleTable();
  let added = 0;
  const n = outline.sheets.length;

  zip.add('[Content_Types].xml', contentTypes(n));
  zip.add('_rels/.rels', packageRels());
  zip.add('docProps/core.xml', coreProperties(outline));
  zip.add('docProps/app.xml', appProperties());

  return {
    async addSheet(sheet: LaidSheet) {
      check();
      const i = added++;
      const entry = outline.sheets[i];
      if (!entry) throw new Error('internal: more sheets than the outline announced');
      const ws = worksheetXml(sheet, { entry, fontName: fonts.sheetFontName, fontLineHeight: fonts.sheetLineHeight, styles, pageNumbers: outline.pageNumbers ?? false });
      zip.add(`xl/worksheets/sheet${i + 1}.xml`, ws.xml);
      check();
      if (out.writableNeedDrain) await once(out, 'drain');
    },
    async finish() {
      check();
      if (added !== n) throw new Error(`internal: ${added} of ${n} sheets drawn`);
      zip.add('xl/workbook.xml', workbookXml(outline));
      zip.add('xl/_rels/workbook.xml.rels', workbookRels(n));
      zip.add('xl/styles.xml', styles.toXml());
      zip.end();
      out.end();
      await finished(out);
    },
  };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

function contentTypes(sheets: number): string {
  const ct = 'application/vnd.openxmlformats-officedocument';
  return (
    XML_DECLARATION +
    `<Types xmlns="${NS.contentTypes}">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${ct}.spreadsheetml.sheet.main+xml"/>` +
    range(sheets)
      .map((i) => `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="${ct}.spreadsheetml.worksheet+xml"/>`)
      .join('') +
    `<Override PartName="/xl/styles.xml" ContentType="${ct}.spreadsheetml.styles+xml"/>` +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    `<Override PartName="/docProps/app.xml" ContentType="${ct}.extended-properties+xml"/>` +
    '</Types>'
  );
}

function packageRels(): string {
  const t = 'http://schemas.openxmlformats.org';
  return (
    XML_DECLARATION +
    `<Relationships xmlns="${NS.pkgRel}">` +
    `<Relationship Id="rId1" Type="${t}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>` +
    `<Relationship Id="rId2" Type="${t}/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
    `<Relationship Id="rId3" Type="${t}/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>` +
    '</Relationships>'
  );
}

function coreProperties(o: DocumentOutline): string {
  const when = o.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    XML_DECLARATION +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"' +
    ' xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlText(o.title)}</dc:title>` +
    (o.subject !== undefined ? `<dc:subject>${xmlText(o.subject)}</dc:subject>` : '') +
    '<dc:creator>declare</dc:creator><cp:lastModifiedBy>declare</cp:lastModifiedBy>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

function appProperties(): string {
  return (
    XML_DECLARATION +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>declare</Application></Properties>'
  );
}

/**
 * The sheets. No print titles: every row a printed page repeats (a header,
 * a label) is a row of its own on that page, as in the PDF.
 */
function workbookXml(o: DocumentOutline): string {
  const sheets = o.sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  return XML_DECLARATION + `<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}">` + '<bookViews><workbookView/></bookViews>' + `<sheets>${sheets}</sheets>` + '</workbook>';
}

function workbookRels(sheets: number): string {
  const t = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return (
    XML_DECLARATION +
    `<Relationships xmlns="${NS.pkgRel}">` +
    range(sheets)
      .map((i) => `<Relationship Id="rId${i}" Type="${t}/worksheet" Target="worksheets/sheet${i}.xml"/>`)
      .join('') +
    `<Relationship Id="rId${sheets + 1}" Type="${t}/styles" Target="styles.xml"/>` +
    '</Relationships>'
  );
}
