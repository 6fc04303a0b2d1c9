import { NS, XML_DECLARATION, xmlText } from './xml.js';

/** Everything a cell's look is made of; equal styles share one entry of the workbook's style table. */
export interface XlsxStyle {
  readonly font: { readonly name: string; readonly size: number; readonly bold: boolean };
  readonly hAlign: 'left' | 'center' | 'right';
  readonly vAlign: 'top' | 'middle' | 'bottom';
  readonly wrap: boolean;
  /** A thin black border on all four sides. */
  readonly border: boolean;
  /** Header shading. */
  readonly shade: boolean;
  /** Money: `#,##0.00` (built-in format 4). */
  readonly amount: boolean;
  /** Keep left- or right-aligned text off the border by one indent step. */
  readonly indent: boolean;
}

/** GB2312: tells Excel the font is Chinese, so it matches 宋体 even on non-Chinese systems. */
const GB2312 = 134;
const AMOUNT_FORMAT = 4;

/**
 * The workbook's style table (styles.xml), built as sheets are written. The
 * default font is 宋体 11, as on Chinese forms: column widths are counted in
 * its digit width (half an ideograph, 7 px), alike in Excel, WPS and
 * LibreOffice, where Calibri would be missing or replaced.
 */
export class StyleTable {
  private readonly fonts = [`<font><sz val="11"/><name val="宋体"/><charset val="${GB2312}"/></font>`];
  private readonly xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly fontIds = new Map<string, number>();
  private readonly xfIds = new Map<string, number>();

  /** The index of `s` in cellXfs, what a cell's `s` attribute holds. */
  id(s: XlsxStyle): number {
    const fontKey = `${s.font.name}\0${s.font.size}\0${s.font.bold}`;
    let font = this.fontIds.get(fontKey);
    if (font === undefined) {
      font = this.fonts.length;
      this.fonts.push(`<font>${s.font.bold ? '<b/>' : ''}<sz val="${s.font.size}"/><name val="${xmlText(s.font.name)}"/><charset val="${GB2312}"/></font>`);
      this.fontIds.set(fontKey, font);
    }
    const numFmt = s.amount ? AMOUNT_FORMAT : 0;
    const fill = s.shade ? 2 : 0;
    const border = s.border ? 1 : 0;
    const vertical = s.vAlign === 'middle' ? 'center' : s.vAlign;
    const xf =
      `<xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"` +
      `${s.amount ? ' applyNumberFormat="1"' : ''} applyFont="1"${s.shade ? ' applyFill="1"' : ''}${s.border ? ' applyBorder="1"' : ''} applyAlignment="1">` +
      `<alignment horizontal="${s.hAlign}" vertical="${vertical}"${s.wrap ? ' wrapText="1"' : ''}${s.indent ? ' indent="1"' : ''}/></xf>`;
    let id = this.xfIds.get(xf);
    if (id === undefined) {
      id = this.xfs.length;
      this.xfs.push(xf);
      this.xfIds.set(xf, id);
    }
    return id;
  }

  toXml(): string {
    const thin = (side: string) => `<${side} style="thin"><color rgb="FF000000"/></${side}>`;
    return (
      XML_DECLARATION +
      `<styleSheet xmlns="${NS.main}">` +
      `<fonts count="${this.fonts.length}">${this.fonts.join('')}</fonts>` +
      '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
      '<fill><patternFill patternType="solid"><fgColor rgb="FFEEEEEE"/><bgColor indexed="64"/></patternFill></fill></fills>' +
      `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border>${thin('left')}${thin('right')}${thin('top')}${thin('bottom')}<diagonal/></border></borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${this.xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0"/>' +
      '</styleSheet>'
    );
  }
}
